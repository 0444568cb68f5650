#include <doctest/doctest.h>

#include "core/domain/civil_time.h"

using namespace core;

TEST_CASE("civil dates round-trip through day numbers, weekdays are right") {
  CHECK(base::days_from_civil(1970, 1, 1) == 0);
  const long d = base::days_from_civil(2026, 11, 23);
  int y = 0, m = 0, dd = 0;
  base::civil_from_days(d, y, m, dd);
  CHECK(y == 2026);
  CHECK(m == 11);
  CHECK(dd == 23);
  CHECK(base::weekday_from_days(d) == 1);  // a Monday
  CHECK(base::weekday_from_days(base::days_from_civil(2024, 2, 29)) == 4);
}

TEST_CASE("valid_date knows leap years") {
  CHECK(base::valid_date(2024, 2, 29));
  CHECK_FALSE(base::valid_date(2023, 2, 29));
  CHECK_FALSE(base::valid_date(1900, 2, 29));
  CHECK(base::valid_date(2000, 2, 29));
  CHECK_FALSE(base::valid_date(2026, 13, 1));
  CHECK_FALSE(base::valid_date(2026, 4, 31));
}
