#include "app/text_encoding.h"

#include <doctest/doctest.h>

TEST_CASE("UTF-8 with and without BOM, and GB18030 incl. rare characters, are detected") {
  const std::string text = "姓名,刘䶮,王𠀾华\n";
  auto plain = app::decode_text(text);
  REQUIRE(plain.ok());
  CHECK(plain->encoding == app::TextEncoding::Utf8);
  auto bom = app::decode_text("\xEF\xBB\xBF" + text);
  REQUIRE(bom.ok());
  CHECK(bom->encoding == app::TextEncoding::Utf8Bom);
  CHECK(bom->utf8 == text);
  auto gb = app::to_gb18030(text);
  REQUIRE(gb.ok());
  CHECK(gb.value() != text);
  CHECK_FALSE(app::is_valid_utf8(gb.value()));
  auto back = app::decode_text(gb.value());
  REQUIRE(back.ok());
  CHECK(back->encoding == app::TextEncoding::Gb18030);
  CHECK(back->utf8 == text);
}

TEST_CASE("UTF-8 validation refuses overlong forms and surrogates") {
  CHECK(app::is_valid_utf8("abc"));
  CHECK_FALSE(app::is_valid_utf8("\xC0\xAF"));
  CHECK_FALSE(app::is_valid_utf8("\xED\xA0\x80"));
  CHECK_FALSE(app::is_valid_utf8("\xF0\x9F"));
  auto junk = app::decode_text(std::string("ok\xFF\xFF", 4));
  REQUIRE_FALSE(junk.ok());
  CHECK(junk.error().message.find("byte offset 2") != std::string::npos);
}

TEST_CASE("lossy conversion to UTF-8 replaces each bad byte and keeps what follows") {
  auto gb = app::to_gb18030("受理");
  REQUIRE(gb.ok());
  CHECK(app::convert_text_to_utf8_lossy(*gb + "\xFF" + *gb, "GB18030") == "受理\xEF\xBF\xBD受理");
  CHECK(app::convert_text_to_utf8_lossy("ok\x81", "GB18030") == "ok\xEF\xBF\xBD");  // cut at the end
  CHECK(app::convert_text_to_utf8_lossy("\x9C", "IBM437") == "£");
  auto refused = app::convert_text("刘䶮", "UTF-8", "GBK");
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().message == "bad bytes at byte offset 3");
}
