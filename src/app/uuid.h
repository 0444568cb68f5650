#pragma once
// Applications' UUIDs, their idempotency key: RFC 4122 version-4 text made from 128 bits — from the
// system's random source for a counter's new form, or from a seeded generator where the same
// applications must come out on every run (demo data, the intake soak, benchmarks).
#include <cstdint>
#include <string>

namespace app {

// "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx" from `high` and `low` (version and variant bits set).
std::string uuid_v4(std::uint64_t high, std::uint64_t low);

// From libsodium's random source.
std::string random_uuid();

// From a seeded generator with next() → std::uint64_t; draws high, then low.
template <class Rng>
std::string seeded_uuid(Rng& rng) {
  const std::uint64_t high = rng.next();
  return uuid_v4(high, rng.next());
}

}  // namespace app
