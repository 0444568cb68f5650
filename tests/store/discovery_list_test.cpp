// 主动发现 in the store (store/discovery_list.h), on SQLite and PostgreSQL: each kind of rule finds
// whom it should and no one else, each entry says why, and a mark sticks to its entry only.
#include "store/discovery_list.h"

#include <doctest/doctest.h>

#include "base/id_number.h"
#include "store/benefits_table.h"
#include "store/payments_table.h"
#include "store/residents_table.h"
#include "store/store_backends.h"
#include "store/store_fixture.h"

using namespace store;
using core::BenefitStatus;
using core::BenefitType;

namespace {

std::vector<core::EligibilityRule> rules() {
  core::EligibilityRule g80;
  g80.code = "gaoling_80";
  g80.item = "gaoling";
  g80.min_age = 80;
  g80.max_age = 89;
  g80.unless_holding = {BenefitType::OldAgeAllowance};
  g80.reason = "年满80周岁，可申请高龄津贴";
  core::EligibilityRule cert;
  cert.code = "canji_cert";
  cert.kind = core::EligibilityKind::DisabilityCert;
  cert.item = "canji";
  cert.unless_holding = {BenefitType::DisabilityLiving, BenefitType::DisabilityCare};
  cert.reason = "持有残疾人证，未享受残疾人两项补贴";
  core::EligibilityRule ended;
  ended.code = "dibao_ended";
  ended.kind = core::EligibilityKind::BenefitEnded;
  ended.item = "dibao";
  ended.ended = {BenefitType::UrbanDibao, BenefitType::RuralDibao};
  ended.reason = "低保近6个月内终止";
  core::EligibilityRule failed;
  failed.code = "payment_failed";
  failed.kind = core::EligibilityKind::PaymentsFailed;
  failed.item = "dibao";
  failed.reason = "连续两个月发放失败";
  return {g80, cert, ended, failed};
}

std::string id(const char* first17) { return std::string(first17) + base::id_check_character(first17); }

void person(Database& db, const std::string& id_number, const std::string& name, const std::string& birth,
            const std::string& cert = "", int grade = 0) {
  REQUIRE(ResidentsTable(db).insert(test_support::resident(id_number, name, birth)).ok());
  if (!cert.empty())
    REQUIRE(db.exec("UPDATE residents SET disability_cert = '" + cert + "', disability_grade = " + std::to_string(grade) +
                    " WHERE id_number = '" + id_number + "'")
                .ok());
}

void benefit(Database& db, const std::string& who, BenefitType t, BenefitStatus s) {
  REQUIRE(BenefitsTable(db).upsert(core::Benefit{who, t, s, 10000, "2024-01-01", "2027-01-01"}).ok());
}

void paid(Database& db, const std::string& who, BenefitType t, const std::string& period, core::PaymentStatus s) {
  REQUIRE(PaymentsTable(db).upsert(core::PaymentRecord{who, t, period, 10000, period + "-10", "惠农一卡通", s}).ok());
}

std::vector<std::string> keys(const std::vector<core::DiscoveryEntry>& es) {
  std::vector<std::string> out;
  for (const auto& e : es) out.push_back(e.rule + " " + e.name + " " + e.period);
  return out;
}

}  // namespace

STORE_TEST("主动发现 finds each rule's people with why, and staff's marks stay on their entries") {
  auto db = backend.open();
  const std::string turning = id("32010219461103002"), holds = id("32010219461105004"), older = id("32010219461001006");
  person(db, turning, "赵桂兰", "1946-11-03");  // turns 80 this month, no 高龄津贴: found
  person(db, holds, "钱桂英", "1946-11-05");    // turns 80 too, already paid: not found
  benefit(db, holds, BenefitType::OldAgeAllowance, BenefitStatus::Active);
  person(db, older, "孙秀兰", "1946-10-01");    // turned 80 last month: not this month's list
  const std::string cert = id("32010219700101001"), cert_paid = id("32010219700101003");
  person(db, cert, "李明", "1970-01-01", id("32010219700101001") + "12", 2);
  person(db, cert_paid, "周伟", "1970-01-01", id("32010219700101003") + "41", 1);
  benefit(db, cert_paid, BenefitType::DisabilityCare, BenefitStatus::Active);
  const std::string ended = id("32010219600101001"), ended_long = id("32010219600101003");
  person(db, ended, "吴军", "1960-01-01");
  benefit(db, ended, BenefitType::RuralDibao, BenefitStatus::Ended);
  paid(db, ended, BenefitType::RuralDibao, "2026-08", core::PaymentStatus::Paid);  // ended from 2026-09
  person(db, ended_long, "郑洋", "1960-01-01");
  benefit(db, ended_long, BenefitType::RuralDibao, BenefitStatus::Ended);
  paid(db, ended_long, BenefitType::RuralDibao, "2026-03", core::PaymentStatus::Paid);  // 8 months ago
  const std::string failing = id("32010219500101001"), once = id("32010219500101003");
  person(db, failing, "冯勇", "1950-01-01");
  benefit(db, failing, BenefitType::Youfu, BenefitStatus::Active);
  paid(db, failing, BenefitType::Youfu, "2026-09", core::PaymentStatus::Failed);
  paid(db, failing, BenefitType::Youfu, "2026-10", core::PaymentStatus::Failed);
  person(db, once, "韩涛", "1950-01-01");
  benefit(db, once, BenefitType::Youfu, BenefitStatus::Active);
  paid(db, once, BenefitType::Youfu, "2026-09", core::PaymentStatus::Paid);
  paid(db, once, BenefitType::Youfu, "2026-10", core::PaymentStatus::Failed);

  DiscoveryList list(db);
  auto found = list.find(rules(), "2026-11-23");
  REQUIRE_MESSAGE(found.ok(), (found.ok() ? "" : found.error().message));
  CHECK(keys(found.value()) == std::vector<std::string>{"gaoling_80 赵桂兰 2026-11", "canji_cert 李明 ",
                                                        "dibao_ended 吴军 2026-09", "payment_failed 冯勇 2026-10"});
  const auto& e = found.value();
  CHECK(e[0].why == "年满80周岁，可申请高龄津贴");
  CHECK(e[0].facts == std::vector<std::pair<std::string, std::string>>{{"birth", "1946-11-03"}});
  CHECK(e[1].facts.at(1) == std::pair<std::string, std::string>{"disability_grade", "2"});
  CHECK(e[2].facts.at(1) == std::pair<std::string, std::string>{"ended_month", "2026-09"});
  CHECK(e[3].item == "youfu");
  CHECK(e[3].facts.at(1) == std::pair<std::string, std::string>{"failed_months", "2026-09,2026-10"});
  CHECK_FALSE(e[0].mark);

  REQUIRE(list.mark({"gaoling_80", turning, "2026-11", core::DiscoveryMark::Contacted, "B01", "2026-11-23 09:00:00", "电话联系家属"}).ok());
  REQUIRE(list.mark({"gaoling_80", turning, "2026-11", core::DiscoveryMark::Applied, "B01", "2026-11-24 09:00:00", ""}).ok());
  REQUIRE(list.mark({"gaoling_80", turning, "2026-10", core::DiscoveryMark::NotEligible, "B01", "2026-10-24 09:00:00", ""}).ok());
  CHECK_FALSE(list.mark({"gaoling_80", id("32010219461103010"), "2026-11", core::DiscoveryMark::Applied, "B01", "t", ""}).ok());
  auto again = list.find(rules(), "2026-11-23");
  REQUIRE(again.ok());
  REQUIRE(again->front().mark);
  CHECK(*again->front().mark == core::DiscoveryMark::Applied);
  CHECK(again->front().marked_at == "2026-11-24 09:00:00");
  CHECK(again->front().note.empty());
  CHECK_FALSE(again.value()[1].mark);
  // Next month: the birthday list is another month's; the mark does not follow.
  auto december = list.find(rules(), "2026-12-01");
  REQUIRE(december.ok());
  CHECK(keys(december.value()) == std::vector<std::string>{"canji_cert 李明 ", "dibao_ended 吴军 2026-09",
                                                           "payment_failed 冯勇 2026-10"});
}

STORE_TEST("主动发现 on a store with nothing to find is an empty list") {
  auto db = backend.open();
  auto found = DiscoveryList(db).find(rules(), "2026-11-23");
  REQUIRE(found.ok());
  CHECK(found->empty());
}
