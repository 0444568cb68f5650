// The packer that places glyphs added after a build into the free space of the font texture.
#include <doctest/doctest.h>

#include <random>
#include <vector>

#include "ui/fonts/shelf_packer.h"

using ui::PackRect;
using ui::ShelfPacker;

namespace {
bool overlap(const PackRect& a, const PackRect& b) {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}
bool inside(const PackRect& a, const PackRect& r) {
  return a.x >= r.x && a.y >= r.y && a.x + a.w <= r.x + r.w && a.y + a.h <= r.y + r.h;
}
}  // namespace

TEST_CASE("glyphs of one size fill a shelf left to right with a padding texel, then open the next shelf") {
  ShelfPacker p(1);
  p.add_region({0, 100, 100, 50});
  // 30 + 1 padding each: three fit in 100 columns.
  auto a = p.place(30, 20), b = p.place(30, 20), c = p.place(30, 20), d = p.place(30, 20);
  REQUIRE(a);
  REQUIRE(b);
  REQUIRE(c);
  REQUIRE(d);
  CHECK(a->x == 1);
  CHECK(a->y == 101);
  CHECK(b->x == 32);
  CHECK(c->x == 63);
  CHECK(b->y == 101);
  CHECK(d->x == 1);
  CHECK(d->y == 122);  // the second shelf: 21 rows below the first
  CHECK(a->w == 30);
  CHECK(a->h == 20);
  CHECK(p.free_rows() == 50 - 42);
  // No third shelf of 21 rows fits in the 8 rows left.
  CHECK(p.place(30, 20).has_value());  // still room on the second shelf
  CHECK(p.place(30, 20).has_value());
  CHECK_FALSE(p.place(30, 20).has_value());
  // A small glyph still fits in what is left.
  CHECK(p.place(5, 5).has_value());
}

TEST_CASE("a glyph wider than every region or taller than what is left does not fit") {
  ShelfPacker p(1);
  p.add_region({0, 0, 64, 64});
  CHECK_FALSE(p.place(64, 10).has_value());  // 64 + padding > 64
  CHECK_FALSE(p.place(10, 64).has_value());
  CHECK(p.place(63, 63).has_value());
  CHECK_FALSE(p.place(1, 1).has_value());
  p.reset();
  CHECK_FALSE(p.place(1, 1).has_value());
  CHECK(p.free_texels() == 0);
}

TEST_CASE("when the first region is full the next one is used, and regions too small to hold padding are ignored") {
  ShelfPacker p(1);
  p.add_region({0, 0, 1, 1});
  p.add_region({0, 0, 40, 21});
  p.add_region({0, 500, 200, 100});
  auto a = p.place(30, 20);
  REQUIRE(a);
  CHECK(a->y == 1);
  auto b = p.place(30, 20);
  REQUIRE(b);
  CHECK(b->y == 501);
}

TEST_CASE("many glyphs of mixed sizes never overlap and stay inside their regions") {
  ShelfPacker p(1);
  const std::vector<PackRect> regions = {{0, 0, 1023, 256}, {0, 700, 1024, 324}};
  for (const auto& r : regions) p.add_region(r);
  std::mt19937 rng(3);
  std::uniform_int_distribution<int> side(8, 74);
  std::vector<PackRect> placed;
  long before = p.free_texels();
  for (int i = 0; i < 2000; ++i) {
    const int w = side(rng), h = side(rng);
    auto at = p.place(w, h);
    if (!at) continue;
    // The box with its padding must lie in one region.
    const PackRect box{at->x - 1, at->y - 1, w + 1, h + 1};
    bool in_one = false;
    for (const auto& r : regions) in_one = in_one || inside(box, r);
    CHECK(in_one);
    for (const auto& q : placed) REQUIRE_FALSE(overlap(box, {q.x - 1, q.y - 1, q.w + 1, q.h + 1}));
    placed.push_back(*at);
    const long now = p.free_texels();
    CHECK(now < before);
    before = now;
  }
  // Most of the space was handed out, and every placement was checked.
  CHECK(placed.size() > 150);
  CHECK(p.free_texels() < (1023L * 256 + 1024L * 324) / 4);
}

TEST_CASE("a short glyph opens a snug shelf instead of wasting a tall one while there is room") {
  ShelfPacker p(1);
  p.add_region({0, 0, 1000, 300});
  auto tall = p.place(70, 70);
  auto small = p.place(20, 20);
  REQUIRE(tall);
  REQUIRE(small);
  CHECK(small->y == 72);  // a new shelf below the tall one
  auto small2 = p.place(20, 20);
  REQUIRE(small2);
  CHECK(small2->y == 72);
  CHECK(small2->x == 22);
}
