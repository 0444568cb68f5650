#include "core/domain/payment_roster.h"

#include <doctest/doctest.h>

using namespace core;

namespace {

PaymentSource src(std::string name, std::string id, BenefitType t, Fen fen, std::string account, std::string address) {
  return PaymentSource{std::move(name), std::move(id), t, fen, std::move(account), account.empty() ? "" : "惠农一卡通",
                       std::move(address)};
}

}  // namespace

TEST_CASE("payment roster: lines by village, ID number and category, with totals per category and in all") {
  const auto r = make_payment_roster(
      "2026-12", {src("甲", "320102195001010002", BenefitType::OldAgeAllowance, 10000, "6217", "锁金村街道锁金一村1幢"),
                  src("乙", "320102195001010001", BenefitType::RuralDibao, 35917, "", "孝陵卫街道卫岗2幢"),
                  src("甲", "320102195001010002", BenefitType::RuralDibao, 35917, "6217", "锁金村街道锁金一村1幢"),
                  src("丙", "320102195001010003", BenefitType::Youfu, 0, "", "")});
  REQUIRE(r.lines.size() == 4);
  CHECK(r.lines[0].village.empty());  // no address: the empty village sorts first
  CHECK(r.lines[1].village == "孝陵卫街道");  // no 村 or 社区: the township names it
  CHECK(r.lines[2].type == BenefitType::RuralDibao);  // same person: category order
  CHECK(r.lines[3].type == BenefitType::OldAgeAllowance);
  CHECK(r.line_count == 4);
  CHECK(r.total_fen == 81834);
  CHECK(r.without_account == 2);
  REQUIRE(r.totals.size() == 3);
  CHECK(r.totals[0].type == BenefitType::RuralDibao);
  CHECK(r.totals[0].lines == 2);
  CHECK(r.totals[0].amount_fen == 71834);
  CHECK(r.totals[0].without_account == 1);
  CHECK(r.totals[2].type == BenefitType::Youfu);
  CHECK(payment_roster_file_name("2026-12", "xlsx") == "发放花名册-2026-12.xlsx");
}

TEST_CASE("payment roster: CSV fields are quoted where needed, a line without account is marked, the total last") {
  const auto r = make_payment_roster("2026-12", {src("A,\"B\"", "320102195001010001", BenefitType::Tekun, 103000, "", "")});
  const std::string csv = payment_roster_csv(r, false);
  CHECK(csv ==
        "姓名,身份证号,救助类别,发放月份,金额（元）,账号,开户银行,村（社区）,备注\r\n"
        "\"A,\"\"B\"\"\",320102195001010001,特困供养,2026-12,1030.00,,,,无账号\r\n"
        "合计,,,,1030.00,,,,\r\n");
  CHECK(payment_roster_csv(make_payment_roster("2026-12", {}), true) ==
        "\xEF\xBB\xBF姓名,身份证号,救助类别,发放月份,金额（元）,账号,开户银行,村（社区）,备注\r\n合计,,,,0.00,,,,\r\n");
}
