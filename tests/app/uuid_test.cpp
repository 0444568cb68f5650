// Application UUIDs: version-4 text, the same from the same seed, different from the random source.
#include <doctest/doctest.h>

#include "app/uuid.h"

TEST_CASE("uuid_v4 sets the version and variant and keeps the other bits") {
  const std::string u = app::uuid_v4(0x0123456789abcdefull, 0xfedcba9876543210ull);
  CHECK(u == "01234567-89ab-4def-bedc-ba9876543210");
  CHECK(app::uuid_v4(0, 0) == "00000000-0000-4000-8000-000000000000");
}

TEST_CASE("random_uuid gives a fresh version-4 UUID each time") {
  const std::string a = app::random_uuid(), b = app::random_uuid();
  CHECK(a.size() == 36);
  CHECK(a[14] == '4');
  CHECK(a != b);
}
