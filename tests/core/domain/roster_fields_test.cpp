// Roster cells in the forms offices type (issue 16): dates, months, amounts, ID numbers, headers.
#include "core/domain/roster_fields.h"

#include <doctest/doctest.h>

#include "core/domain/roster.h"

using namespace core;

TEST_CASE("roster dates: the forms Excel and county systems write") {
  for (const char* s : {"2026-03-01", "2026/3/1", "2026-3-1", "2026.3.1", "20260301", "2026年3月1日", "2026-03-01 00:00:00",
                        "2026/3/1 0:00", "２０２６－０３－０１", " 2026/03/01\xC2\xA0", "2026-03-01T00:00:00"}) {
    CAPTURE(s);
    CHECK(parse_roster_date(s) == std::optional<std::string>("2026-03-01"));
  }
  for (const char* s : {"2026-02-30", "2026/13/1", "2026-3", "26/3/1", "2026-3/1", "20260230", "2026-03-01 25:00",
                        "", "2026年3月", "1899-01-01", "2026-03-01 x"}) {
    CAPTURE(s);
    CHECK_FALSE(parse_roster_date(s));
  }
}

TEST_CASE("roster months: 2026-9, 2026/09, 202609, 2026年9月") {
  for (const char* s : {"2026-09", "2026-9", "2026/09", "2026.9", "202609", "2026年9月", "２０２６年９月"}) {
    CAPTURE(s);
    CHECK(parse_roster_month(s) == std::optional<std::string>("2026-09"));
  }
  for (const char* s : {"2026-13", "2026-0", "2026", "26-9", "2026-09-01", "20269"}) {
    CAPTURE(s);
    CHECK_FALSE(parse_roster_month(s));
  }
}

TEST_CASE("roster amounts: grouped thousands, currency signs, 元, full-width digits") {
  CHECK(parse_roster_amount("1,150.00") == 115000);
  CHECK(parse_roster_amount("￥528") == 52800);
  CHECK(parse_roster_amount("¥528") == 52800);
  CHECK(parse_roster_amount("528元") == 52800);
  CHECK(parse_roster_amount("５２８．５") == 52850);
  CHECK(parse_roster_amount(" 1,234,567.8 ") == 123456780);
  for (const char* s : {"1,15.00", ",528", "528,", "1,1500", "-1", "528.123", "五百", "", "1,,150"}) {
    CAPTURE(s);
    CHECK_FALSE(parse_roster_amount(s));
  }
}

TEST_CASE("ID cells: Excel's text marker and full-width digits, and headers: every space, any case") {
  CHECK(clean_id_cell("'320102194501011236") == "320102194501011236");
  CHECK(clean_id_cell("３２０１０２１９４５０１０１１２３６") == "320102194501011236");
  CHECK(trim_spaces("\xE3\x80\x80姓名\xC2\xA0 \t") == "姓名");
  CHECK(header_key(" ID_Number ") == "id_number");
}

TEST_CASE("roster: aliases, trailing empty columns, blank rows, tab separation and the forms above") {
  RosterOptions o;
  o.benefit_aliases.emplace("城市最低生活保障", BenefitType::UrbanDibao);
  auto r = parse_roster(
      "\xE3\x80\x80身份证号\t姓名\tBENEFIT_TYPE\t发放月份\t金额\t发放日期\t发放渠道\t发放状态\t\t\n"
      "'320102194501011236\t张老四\t城市最低生活保障\t2026/9\t1,150.00\t2026/9/10\t银行卡\t已发放\t\t\n"
      "\t\t\t\t\t\t\t\t\t\n",
      o);
  REQUIRE_MESSAGE(r.ok(), (r.problems.empty() ? "" : describe(r.problems[0], "f")));
  REQUIRE(r.roster.payments.size() == 1);
  const auto& p = r.roster.payments[0].payment;
  CHECK(p.type == BenefitType::UrbanDibao);
  CHECK(p.period == "2026-09");
  CHECK(p.amount_fen == 115000);
  CHECK(p.paid_on == "2026-09-10");
  CHECK(p.id_number == "320102194501011236");
}

TEST_CASE("roster names: trimmed, 1-50 characters, no control characters") {
  std::string name;
  CHECK(check_person_name("  张三\xE3\x80\x80", name).empty());
  CHECK(name == "张三");
  CHECK(check_person_name(" ", name) == "empty");
  CHECK(check_person_name("张\n三", name).find("control character") != std::string::npos);
  CHECK(check_person_name(std::string("张\0三", 4), name).find("control character") != std::string::npos);
  std::string long_name;
  for (int i = 0; i < 51; ++i) long_name += "张";
  CHECK(check_person_name(long_name, name).find("longer than 50") != std::string::npos);
}
