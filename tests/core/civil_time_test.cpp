#include <doctest/doctest.h>

#include "core/civil_time.h"

using namespace core;

TEST_CASE("civil dates round-trip through day numbers, weekdays are right") {
  CHECK(days_from_civil(1970, 1, 1) == 0);
  const long d = days_from_civil(2026, 11, 23);
  int y = 0, m = 0, dd = 0;
  civil_from_days(d, y, m, dd);
  CHECK(y == 2026);
  CHECK(m == 11);
  CHECK(dd == 23);
  CHECK(weekday_from_days(d) == 1);  // a Monday
  CHECK(weekday_from_days(days_from_civil(2024, 2, 29)) == 4);
}

TEST_CASE("valid_date knows leap years") {
  CHECK(valid_date(2024, 2, 29));
  CHECK_FALSE(valid_date(2023, 2, 29));
  CHECK_FALSE(valid_date(1900, 2, 29));
  CHECK(valid_date(2000, 2, 29));
  CHECK_FALSE(valid_date(2026, 13, 1));
  CHECK_FALSE(valid_date(2026, 4, 31));
}
