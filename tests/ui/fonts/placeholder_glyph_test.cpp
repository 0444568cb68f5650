// The U+FFFD glyph drawn by us when no face has one: a diamond one em wide with a '?' cut out.
#include <doctest/doctest.h>

#include "ui/fonts/placeholder_glyph.h"

TEST_CASE("the placeholder is a diamond about one em wide, placed like an ideograph") {
  const ui::GlyphBitmap g = ui::placeholder_glyph(50, nullptr);
  CHECK(g.advance == 50);
  CHECK(g.w == 46);
  CHECK(g.h == 46);
  CHECK(g.top == 42);
  REQUIRE(g.alpha.size() == 46u * 46u);
  auto at = [&](int x, int y) { return g.alpha[static_cast<std::size_t>(y * g.w + x)]; };
  CHECK(at(23, 23) == 255);  // centre: ink
  CHECK(at(0, 0) == 0);      // corners of the box: none
  CHECK(at(45, 45) == 0);
  CHECK(at(1, 23) > 128);    // the diamond's tips touch the box's edges
  CHECK(at(23, 1) > 128);
}

TEST_CASE("the question mark is cut out of the diamond's middle") {
  ui::GlyphBitmap q;
  q.w = 4;
  q.h = 6;
  q.alpha.assign(24, 255);
  const ui::GlyphBitmap g = ui::placeholder_glyph(50, &q);
  const int ox = (g.w - 4) / 2, oy = (g.h - 6) / 2;
  int cut = 0;
  for (int y = 0; y < 6; ++y)
    for (int x = 0; x < 4; ++x) cut += g.alpha[static_cast<std::size_t>((oy + y) * g.w + ox + x)] == 0;
  CHECK(cut == 24);
  CHECK(g.alpha[static_cast<std::size_t>((oy - 3) * g.w + ox)] == 255);  // ink right above it
}

TEST_CASE("a tiny em still gives a drawable glyph") {
  const ui::GlyphBitmap g = ui::placeholder_glyph(1, nullptr);
  CHECK(g.w > 0);
  CHECK(g.alpha.size() == static_cast<std::size_t>(g.w * g.h));
}
