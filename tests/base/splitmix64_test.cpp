#include "base/splitmix64.h"

#include <doctest/doctest.h>

#include <array>

TEST_CASE("splitmix64 gives the reference outputs, so a seed names the same data everywhere") {
  // Vigna's splitmix64.c seeded with 1234567.
  base::SplitMix64 rng(1234567);
  CHECK(rng.next() == 6457827717110365317ull);
  CHECK(rng.next() == 3203168211198807973ull);
  CHECK(rng.next() == 9817491932198370423ull);
}

TEST_CASE("splitmix64 draws below a bound by modulo, in the bound's own type") {
  base::SplitMix64 a(42), b(42);
  for (int i = 0; i < 1000; ++i) {
    const int r = a.below(7);
    CHECK(r >= 0);
    CHECK(r < 7);
    CHECK(static_cast<std::uint64_t>(r) == b.next() % 7);
  }
  base::SplitMix64 c(1);
  CHECK(c.chance(10000));
  CHECK_FALSE(c.chance(0));
  constexpr std::array<int, 3> options = {10, 20, 30};
  base::SplitMix64 e(9), f(9);
  CHECK(e.pick(options) == options[f.next() % 3]);
  base::SplitMix64 g(5), h(5);
  CHECK(g.one_in(4) == (h.next() % 4 == 0));
}
