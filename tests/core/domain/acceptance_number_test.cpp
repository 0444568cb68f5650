#include "core/domain/acceptance_number.h"

#include <doctest/doctest.h>

using namespace core;

TEST_CASE("acceptance numbers format and parse back") {
  AcceptanceNumber n{"320102", 1, 2026, 11, 23, 42};
  CHECK(format_acceptance_number(n) == "320102-01-20261123-0042");
  auto p = parse_acceptance_number("320102-01-20261123-0042");
  REQUIRE(p.ok());
  CHECK(*p == n);
  CHECK(format_acceptance_number(AcceptanceNumber{"320102", 12, 2026, 1, 5, 9999}) == "320102-12-20260105-9999");
}

TEST_CASE("malformed acceptance numbers are refused with the reason") {
  CHECK_FALSE(parse_acceptance_number("320102-01-20261123-042").ok());
  CHECK_FALSE(parse_acceptance_number("320102-01-20261131-0042").ok());  // 31 November
  CHECK_FALSE(parse_acceptance_number("320102-00-20261123-0042").ok());
  CHECK_FALSE(parse_acceptance_number("320102-01-20261123-0000").ok());
  CHECK_FALSE(parse_acceptance_number("32010A-01-20261123-0042").ok());
  auto r = parse_acceptance_number("320102_01_20261123_0042");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().message.find("320102-01-20261123-0042") != std::string::npos);
}
