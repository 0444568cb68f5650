// GB 11643-1999 check character (ISO 7064 MOD 11-2).
#include <doctest/doctest.h>

#include "base/id_number.h"

using namespace base;

TEST_CASE("check character: the standard's worked example and an X") {
  // The example number of GB 11643-1999: 11010519491231002X.
  CHECK(base::id_check_character("11010519491231002") == 'X');
  CHECK(base::is_valid_id_number("11010519491231002X"));
  CHECK(base::is_valid_id_number("11010519491231002x"));
  CHECK(base::normalize_id_number("11010519491231002x") == "11010519491231002X");
  CHECK(base::id_check_character("44052418800101001") == '4');
  CHECK(base::is_valid_id_number("440524188001010014"));
}

TEST_CASE("each kind of bad number gets its own reason") {
  auto p = base::check_id_number("1101051949123100");
  REQUIRE(p);
  CHECK(p->kind == base::IdNumberProblem::Kind::Length);
  p = base::check_id_number("11010519491231A02X");
  REQUIRE(p);
  CHECK(p->kind == base::IdNumberProblem::Kind::Characters);
  p = base::check_id_number("110105194913310021");  // month 13
  REQUIRE(p);
  CHECK(p->kind == base::IdNumberProblem::Kind::BirthDate);
  p = base::check_id_number("110105194912310025");
  REQUIRE(p);
  CHECK(p->kind == base::IdNumberProblem::Kind::CheckCharacter);
  CHECK(p->message == "check character expected X got 5");
}

TEST_CASE("permit and 2023 foreigner numbers pass on checksum and date alone") {
  std::string hk = "81000019900101001";
  hk += base::id_check_character(hk);
  CHECK(base::is_valid_id_number(hk));
  std::string y = "93315619850615123";
  y += base::id_check_character(y);
  CHECK(base::is_valid_id_number(y));
  auto b = base::birth_date_of(y);
  REQUIRE(b);
  CHECK(b->year == 1985);
  CHECK(b->month == 6);
  CHECK(b->day == 15);
}
