#include "core/kiosk/resident_status.h"

#include <doctest/doctest.h>

#include "kiosk_strings.h"

using namespace core;

TEST_CASE("status JSON has the keys of the issue in a fixed order") {
  ResidentStatus s;
  s.name_masked = "张*三";
  s.id_masked = "320102********1234";
  s.benefits.push_back(Benefit{"", BenefitType::RuralDibao, BenefitStatus::Active, 52800, "2024-01-01", "2027-01-01"});
  s.payments.push_back(
      PaymentRecord{"", BenefitType::RuralDibao, "2026-10", 52800, "2026-10-10", "惠农一卡通", PaymentStatus::Paid});
  s.applications.push_back(OpenApplicationSummary{"320102-01-20261123-0042", "gaoling", ApplicationStatus::Reviewing,
                                                  "2026-12-14"});
  s.hints.push_back(EligibilityHint{"gaoling", "年满80周岁\"引号\""});
  CHECK(to_json(s).value() ==
        "{\"name_masked\":\"张*三\",\"id_masked\":\"320102********1234\","
        "\"benefits\":[{\"type\":\"农村低保\",\"status\":\"在保\",\"monthly_amount_fen\":52800,"
        "\"since\":\"2024-01-01\",\"next_review\":\"2027-01-01\"}],"
        "\"payments\":[{\"period\":\"2026-10\",\"type\":\"农村低保\",\"amount_fen\":52800,\"paid_on\":\"2026-10-10\","
        "\"channel\":\"惠农一卡通\",\"status\":\"paid\"}],"
        "\"applications\":[{\"acceptance_no\":\"320102-01-20261123-0042\",\"item\":\"gaoling\",\"status\":"
        "\"reviewing\",\"due\":\"2026-12-14\"}],"
        "\"hints\":[{\"item\":\"gaoling\",\"reason\":\"年满80周岁\\\"引号\\\"\"}]}\n");
  CHECK(to_text(s, test_support::kiosk_strings(), Language::ZhCN).find("农村低保") != std::string::npos);
}

namespace {

// 张老四, born 1945: a 农村低保 recipient with payments and one open application.
ResidentRecords old_zhang() {
  ResidentRecords r;
  r.resident = Resident{"320102194501011236", "张老四", "男", "1945-01-01", "锁金村街道1号", "13812345678"};
  r.benefits.push_back(Benefit{"320102194501011236", BenefitType::RuralDibao, BenefitStatus::Active, 35900,
                               "2024-01-01", "2026-12-31"});
  r.payments.push_back(PaymentRecord{"320102194501011236", BenefitType::RuralDibao, "2026-10", 35900, "2026-10-10",
                                     "惠农一卡通", PaymentStatus::Paid});
  Application a;
  a.acceptance_no = "320102-01-20261102-0007";
  a.item_code = "linshi";
  a.applicant_id = "320102194501011236";
  a.status = ApplicationStatus::Reviewing;
  a.accepted_at = "2026-11-02 09:30:00";
  a.due = "2026-11-30";
  r.applications.push_back(a);
  return r;
}

const std::vector<EligibilityRule> kAgeRules = {
    {"gaoling", "80-89", 80, 89, {BenefitType::OldAgeAllowance}, "年满80周岁"},
    {"gaoling", "90-99", 90, 99, {BenefitType::OldAgeAllowance}, "年满90周岁"}};

}  // namespace

TEST_CASE("the masked view of a resident's rows: masked name and ID, no ID number left, applications summarised") {
  const ResidentStatus s = resident_status(old_zhang(), {}, "2026-11-23");
  CHECK(s.name_masked == "张*四");
  CHECK(s.id_masked == "320102********1236");
  REQUIRE(s.benefits.size() == 1);
  CHECK(s.benefits[0].id_number.empty());
  CHECK(s.benefits[0].monthly_amount_fen == 35900);
  REQUIRE(s.payments.size() == 1);
  CHECK(s.payments[0].id_number.empty());
  CHECK(s.payments[0].period == "2026-10");
  REQUIRE(s.applications.size() == 1);
  CHECK(s.applications[0] ==
        OpenApplicationSummary{"320102-01-20261102-0007", "linshi", ApplicationStatus::Reviewing, "2026-11-30"});
  CHECK(s.hints.empty());
  CHECK(to_json(s).value().find("320102194501011236") == std::string::npos);
}

TEST_CASE("hints count age from the stored birth date, else from the ID number, and skip benefits held") {
  ResidentRecords r = old_zhang();
  // 81 on 2026-11-23 from the stored date.
  auto s = resident_status(r, kAgeRules, "2026-11-23");
  REQUIRE(s.hints.size() == 1);
  CHECK(s.hints[0] == EligibilityHint{"gaoling", "年满80周岁"});
  // A stored date wins over the ID number's.
  r.resident.birth = "1935-05-08";
  s = resident_status(r, kAgeRules, "2026-11-23");
  REQUIRE(s.hints.size() == 1);
  CHECK(s.hints[0].reason == "年满90周岁");
  // No stored date: the ID number's (1945-01-01).
  r.resident.birth.clear();
  s = resident_status(r, kAgeRules, "2026-11-23");
  REQUIRE(s.hints.size() == 1);
  CHECK(s.hints[0].reason == "年满80周岁");
  CHECK(resident_status(r, kAgeRules, "2024-12-31").hints.empty());  // 79 then
  // Held: no hint; ended (已退出): the hint again.
  r.benefits.push_back(Benefit{"", BenefitType::OldAgeAllowance, BenefitStatus::Active, 10000, "2025-01-01", ""});
  CHECK(resident_status(r, kAgeRules, "2026-11-23").hints.empty());
  r.benefits.back().status = BenefitStatus::Ended;
  CHECK(resident_status(r, kAgeRules, "2026-11-23").hints.size() == 1);
}

TEST_CASE("status text: the catalog's headings and rows, two-space columns, (无) for an empty section") {
  const Catalog strings = test_support::kiosk_strings();
  ResidentStatus s;
  s.name_masked = "张*三";
  s.id_masked = "320102********1234";
  CHECK(to_text(s, strings, Language::ZhCN) ==
        "姓名 张*三  身份证号 320102********1234\n"
        "救助待遇:\n  (无)\n"
        "最近发放:\n  (无)\n"
        "办理中的申请:\n  (无)\n"
        "可能符合的事项:\n  (无)\n");
  s.benefits.push_back(Benefit{"", BenefitType::RuralDibao, BenefitStatus::Active, 52800, "2024-01-01", "2027-01-01"});
  s.payments.push_back(
      PaymentRecord{"", BenefitType::RuralDibao, "2026-10", 52800, "2026-10-10", "惠农一卡通", PaymentStatus::Failed});
  s.applications.push_back(OpenApplicationSummary{"320102-01-20261123-0042", "gaoling", ApplicationStatus::Reviewing,
                                                  "2026-12-14"});
  s.hints.push_back(EligibilityHint{"gaoling", "年满80周岁"});
  CHECK(to_text(s, strings, Language::ZhCN) ==
        "姓名 张*三  身份证号 320102********1234\n"
        "救助待遇:\n  农村低保  在保  每月 528.00 元  起始 2024-01-01  下次年审 2027-01-01\n"
        "最近发放:\n  2026-10  农村低保  528.00 元  2026-10-10  惠农一卡通  发放失败\n"
        "办理中的申请:\n  320102-01-20261123-0042  gaoling  审核中  承诺办结 2026-12-14\n"
        "可能符合的事项:\n  gaoling  年满80周岁\n");
}

TEST_CASE("status JSON refuses a text that is not UTF-8 instead of printing its bytes") {
  ResidentStatus s;
  s.name_masked = "张*\xE4";
  s.id_masked = "320102********1234";
  auto json = to_json(s);
  REQUIRE_FALSE(json.ok());
  CHECK(json.error().message.find("not valid UTF-8") != std::string::npos);
}
