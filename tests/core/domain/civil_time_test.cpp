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

TEST_CASE("ISO dates read and write through day numbers, and malformed or impossible dates are refused") {
  CHECK(parse_iso_date("1970-01-01").value() == 0);
  CHECK(parse_iso_date("2026-11-23").value() == base::days_from_civil(2026, 11, 23));
  CHECK(format_iso_date(base::days_from_civil(2026, 11, 23)) == "2026-11-23");
  CHECK(format_iso_date(parse_iso_date("2024-02-29").value() + 1) == "2024-03-01");
  CHECK_FALSE(parse_iso_date("2026/02/03").ok());
  CHECK_FALSE(parse_iso_date("2026-02-30").ok());
  CHECK_FALSE(parse_iso_date("2026-2-3").ok());
  CHECK_FALSE(parse_iso_date("2026-02-0x").ok());
  CHECK_FALSE(parse_iso_date("2026-02-03 ").ok());
}
