#include "core/domain/roster.h"

#include <doctest/doctest.h>

#include "core/text/csv.h"

using namespace core;

TEST_CASE("CSV records keep their starting physical line, quotes, CRLF and blank lines") {
  auto p = parse_csv("a,b\r\n\"x,1\",\"two\nlines\"\r\n\n\"q\"\"uote\",z\n");
  REQUIRE(p.problems.empty());
  REQUIRE(p.records.size() == 3);
  CHECK(p.records[1].line == 2);
  CHECK(p.records[1].fields[0] == "x,1");
  CHECK(p.records[1].fields[1] == "two\nlines");
  CHECK(p.records[2].line == 5);
  CHECK(p.records[2].fields[0] == "q\"uote");
  auto open = parse_csv("a,b\n\"never closed,x\n");
  REQUIRE(open.problems.size() == 1);
  CHECK(open.problems[0].line == 2);
  CHECK(open.problems[0].reason.find("never closed") != std::string::npos);
}

TEST_CASE("a benefit roll in Chinese and a payment roster in English with columns reordered") {
  auto b = parse_roster(
      "身份证号,姓名,救助类别,状态,月标准金额,起始日期,下次年审日期\n"
      "320102194501011236,张老四,农村低保,在保,359.17,2024-01-01,2026-12-31\n");
  REQUIRE(b.ok());
  CHECK(b.roster.kind == RosterKind::BenefitRoll);
  REQUIRE(b.roster.benefits.size() == 1);
  CHECK(b.roster.benefits[0].benefit.monthly_amount_fen == 35917);
  CHECK(b.roster.benefits[0].line == 2);
  auto p = parse_roster(
      "name,id_number,benefit_type,period,amount,paid_on,channel,status\n"
      "张老四,320102194501011236,农村低保,2026-10,359.17,2026-10-10,惠农一卡通,已发放\n");
  REQUIRE(p.ok());
  CHECK(p.roster.kind == RosterKind::PaymentRoster);
  CHECK(p.roster.payments[0].payment.period == "2026-10");
  CHECK(p.roster.payments[0].name == "张老四");
}

TEST_CASE("roster problems: every one reported, the roster left empty") {
  auto r = parse_roster(
      "身份证号,姓名,救助类别,发放月份,金额,发放日期,发放渠道,发放状态\n"
      "320102194501011236,张老四,农村低保,2026-13,359.17,2026-10-10,惠农一卡通,已发放\n"
      "320102194501011236,,农村低保,2026-10,-1,2026-10-10,,发了\n");
  REQUIRE_FALSE(r.ok());
  CHECK(r.roster.payments.empty());
  REQUIRE(r.problems.size() == 5);
  CHECK(describe(r.problems[0], "f.csv") == "f.csv:2: column 发放月份: '2026-13' is not a month (2026-09, 2026/9, 202609, 2026年9月)");
  CHECK(r.problems[1].column == "姓名");
  CHECK(r.problems[2].column == "金额");
  CHECK(r.problems[3].column == "发放渠道");
  CHECK(r.problems[4].column == "发放状态");
}
