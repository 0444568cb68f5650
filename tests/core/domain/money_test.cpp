#include "core/domain/money.h"

#include <doctest/doctest.h>

using namespace core;

TEST_CASE("yuan with up to two decimals become integer fen") {
  CHECK(parse_yuan("528") == 52800);
  CHECK(parse_yuan("528.5") == 52850);
  CHECK(parse_yuan("528.05") == 52805);
  CHECK(parse_yuan("0.01") == 1);
  CHECK_FALSE(parse_yuan("528.123"));
  CHECK_FALSE(parse_yuan("-5"));
  CHECK_FALSE(parse_yuan("5,280"));
  CHECK_FALSE(parse_yuan(""));
  CHECK_FALSE(parse_yuan("12."));
  CHECK_FALSE(parse_yuan(".5"));
  CHECK_FALSE(parse_yuan("999999999999"));
  CHECK(format_yuan(52805) == "528.05");
  CHECK(format_yuan(0) == "0.00");
}
