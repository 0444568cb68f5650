#include <doctest/doctest.h>

#include <algorithm>

#include "base/utf8.h"

using namespace base;

TEST_CASE("UTF-8 decodes 1- to 4-byte characters") {
  auto cps = base::decode_utf8("a张䶮𠀾");
  REQUIRE(cps.size() == 4);
  CHECK(cps[0] == U'a');
  CHECK(cps[1] == 0x5F20);
  CHECK(cps[2] == 0x4DAE);
  CHECK(cps[3] == 0x2003E);
  CHECK(base::encode_utf8(std::u32string(cps.begin(), cps.end())) == "a张䶮𠀾");
}

TEST_CASE("malformed UTF-8 becomes replacement characters and loses nothing after it") {
  auto cps = base::decode_utf8(std::string("a\xE5\x90") + "b\xFF" + "c");  // truncated 3-byte, stray byte
  REQUIRE(cps.size() >= 4);
  CHECK(cps.front() == U'a');
  CHECK(cps.back() == U'c');
  CHECK(std::count(cps.begin(), cps.end(), base::kReplacementChar) >= 2);
  CHECK(std::find(cps.begin(), cps.end(), U'b') != cps.end());
  // Overlong encodings and surrogates are refused.
  CHECK(base::decode_utf8("\xC0\xAF")[0] == base::kReplacementChar);
  CHECK(base::decode_utf8("\xED\xA0\x80")[0] == base::kReplacementChar);
}

TEST_CASE("UTF-8 validation: well-formed text passes, every kind of malformed text fails") {
  CHECK(base::is_valid_utf8(""));
  CHECK(base::is_valid_utf8("a张䶮𠀾"));
  CHECK_FALSE(base::is_valid_utf8("\xC0\xAF"));          // overlong '/'
  CHECK_FALSE(base::is_valid_utf8("\xED\xA0\x80"));      // surrogate
  CHECK_FALSE(base::is_valid_utf8("\xF4\x90\x80\x80"));  // beyond U+10FFFF
  CHECK_FALSE(base::is_valid_utf8("\xE5\x90"));          // truncated
  CHECK_FALSE(base::is_valid_utf8("a\x80"));             // stray continuation byte
  CHECK_FALSE(base::is_valid_utf8("\xFF"));
}

TEST_CASE("character boundaries step over whole characters of every length") {
  const std::string s = "a张𠀾b";  // 1 + 3 + 4 + 1 bytes
  CHECK(base::count_chars(s) == 4);
  CHECK(base::next_char_boundary(s, 0) == 1);
  CHECK(base::next_char_boundary(s, 1) == 4);
  CHECK(base::next_char_boundary(s, 4) == 8);
  CHECK(base::next_char_boundary(s, 8) == 9);
  CHECK(base::next_char_boundary(s, 9) == 9);
  CHECK(base::previous_char_boundary(s, 9) == 8);
  CHECK(base::previous_char_boundary(s, 8) == 4);
  CHECK(base::previous_char_boundary(s, 4) == 1);
  CHECK(base::previous_char_boundary(s, 1) == 0);
  CHECK(base::previous_char_boundary(s, 0) == 0);
}
