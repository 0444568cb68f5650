// GB 11643-1999 check character (ISO 7064 MOD 11-2).
#include <doctest/doctest.h>

#include "core/id_number.h"

using namespace core;

TEST_CASE("check character: the standard's worked example and an X") {
  // The example number of GB 11643-1999: 11010519491231002X.
  CHECK(id_check_character("11010519491231002") == 'X');
  CHECK(is_valid_id_number("11010519491231002X"));
  CHECK(is_valid_id_number("11010519491231002x"));
  CHECK(normalize_id_number("11010519491231002x") == "11010519491231002X");
  CHECK(id_check_character("44052418800101001") == '4');
  CHECK(is_valid_id_number("440524188001010014"));
}

TEST_CASE("each kind of bad number gets its own reason") {
  auto p = check_id_number("1101051949123100");
  REQUIRE(p);
  CHECK(p->kind == IdNumberProblem::Kind::Length);
  p = check_id_number("11010519491231A02X");
  REQUIRE(p);
  CHECK(p->kind == IdNumberProblem::Kind::Characters);
  p = check_id_number("110105194913310021");  // month 13
  REQUIRE(p);
  CHECK(p->kind == IdNumberProblem::Kind::BirthDate);
  p = check_id_number("110105194912310025");
  REQUIRE(p);
  CHECK(p->kind == IdNumberProblem::Kind::CheckCharacter);
  CHECK(p->message == "check character expected X got 5");
}

TEST_CASE("permit and 2023 foreigner numbers pass on checksum and date alone") {
  std::string hk = "81000019900101001";
  hk += id_check_character(hk);
  CHECK(is_valid_id_number(hk));
  std::string y = "93315619850615123";
  y += id_check_character(y);
  CHECK(is_valid_id_number(y));
  auto b = birth_date_of(y);
  REQUIRE(b);
  CHECK(b->year == 1985);
  CHECK(b->month == 6);
  CHECK(b->day == 15);
}
