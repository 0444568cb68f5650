#pragma once
// splitmix64 (Steele, Lea and Flood 2014; Vigna's reference C): a small seeded generator with the
// same output for the same seed on every platform and compiler, which std's distributions do not
// promise. Demo data, the intake soak and the benchmarks draw from it so that a seed names one
// data set. Not for secrets: keys and PINs come from libsodium.
#include <array>
#include <concepts>
#include <cstddef>
#include <cstdint>

namespace base {

class SplitMix64 {
 public:
  explicit constexpr SplitMix64(std::uint64_t seed) : state_(seed) {}

  constexpr std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }

  // In [0, n), n > 0, by plain modulo: its tiny bias is part of what a seed produces, so it stays.
  template <std::integral N>
  constexpr N below(N n) {
    return static_cast<N>(next() % static_cast<std::uint64_t>(n));
  }
  constexpr bool one_in(std::size_t n) { return below(n) == 0; }
  constexpr bool chance(int per_10000) { return below(10000) < per_10000; }

  template <class T, std::size_t N>
  constexpr const T& pick(const std::array<T, N>& options) {
    return options[below(N)];
  }

 private:
  std::uint64_t state_;
};

}  // namespace base
