#include <doctest/doctest.h>

#include "core/text/glyph_set.h"
#include "base/utf8.h"

using namespace core;

TEST_CASE("base set: ASCII, CJK punctuation and the placeholder, not the whole Chinese range") {
  auto g = GlyphSet::with_base_ranges();
  CHECK(g.contains(U'A'));
  CHECK(g.contains(U'～'));  // full-width
  CHECK(g.contains(U'，'));
  CHECK(g.contains(U'。'));
  CHECK(g.contains(U'、'));
  CHECK(g.contains(base::kReplacementChar));
  CHECK_FALSE(g.contains(U'张'));
  CHECK(g.size() < 400);
}

TEST_CASE("adding text adds exactly its new characters, Extension A and B included") {
  GlyphSet g;
  CHECK(g.add_text("张三") == 2);
  CHECK(g.add_text("张三") == 0);
  // 䶮 U+4DAE is CJK Extension A; 𠀾 U+2003E is Extension B (4 bytes in UTF-8, beyond 16-bit ImWchar).
  CHECK(g.add_text("王䶮𠀾") == 3);
  CHECK(g.contains(0x4DAE));
  CHECK(g.contains(0x2003E));
  CHECK(g.add_text("\n\t") == 0);  // control characters are never drawn
}

TEST_CASE("ranges merge consecutive code points") {
  GlyphSet g;
  for (char32_t c : {U'a', U'b', U'c', U'x', char32_t{0x2003E}}) g.add(c);
  auto r = g.ranges();
  REQUIRE(r.size() == 3);
  CHECK(r[0] == std::pair<char32_t, char32_t>{U'a', U'c'});
  CHECK(r[1] == std::pair<char32_t, char32_t>{U'x', U'x'});
  CHECK(r[2] == std::pair<char32_t, char32_t>{0x2003E, 0x2003E});
}
