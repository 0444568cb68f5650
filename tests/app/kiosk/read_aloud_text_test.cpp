// What 朗读 says (core/kiosk/status_read_aloud.h) with the shipped sentences (assets/i18n): the
// facts on the status screen in plain words, never the ID number (masked or not) or an acceptance
// number, and amounts only when the resident pressed 朗读金额.
#include <doctest/doctest.h>

#include <filesystem>
#include <regex>

#include "app/i18n_file.h"
#include "core/kiosk/status_read_aloud.h"

namespace {

core::Catalog shipped() {
  auto c = app::load_catalog(std::filesystem::path(ONEWINDOW_SOURCE_DIR) / "assets/i18n");
  REQUIRE_MESSAGE(c.ok(), (c.ok() ? std::string() : c.error().message));
  return *c;
}

core::KioskStatus sample() {
  using namespace core;
  KioskStatus k;
  k.name_masked = "张*三";
  k.id_masked = "320102********0015";
  k.benefits.push_back(Benefit{"320102195003150015", BenefitType::RuralDibao, BenefitStatus::Active, 78000, "2023-03-01",
                               "2027-03-01"});
  k.payments.push_back(PaymentRecord{"320102195003150015", BenefitType::RuralDibao, "2026-11", 78050, "2026-11-10",
                                     "惠农一卡通", PaymentStatus::Paid});
  k.payments.push_back(PaymentRecord{"320102195003150015", BenefitType::RuralDibao, "2026-10", 78000, "2026-10-10",
                                     "惠农一卡通", PaymentStatus::Failed});
  ApplicationProgress p;
  p.acceptance_no = "320102-01-20261118-0101";
  p.item_name = "临时救助申请";
  p.status = ApplicationStatus::NeedsSupplement;
  p.missing_materials = {"医疗费用票据", "户口簿"};
  k.applications.push_back(p);
  k.hints.push_back(KioskHint{"gaoling", "高龄津贴", "年满80周岁", {"户口簿"}});
  return k;
}

// A run of digits as long as an ID number (or its masked form's visible ends) never appears.
bool has_id_like_digits(const std::string& s) {
  return std::regex_search(s, std::regex("[0-9]{6}")) || s.find("********") != std::string::npos;
}

}  // namespace

TEST_CASE("朗读 reads benefits, the latest payment, applications and hints without ID or amounts") {
  const std::string text = core::status_read_aloud(sample(), shipped(), core::Language::ZhCN, false);
  CHECK(text.find("以下是您的查询结果。") == 0);
  CHECK(text.find("最低生活保障（农村），在保。") != std::string::npos);
  CHECK(text.find("最近一次发放：2026年11月的最低生活保障（农村），已发放。") != std::string::npos);
  CHECK(text.find("您申请的临时救助申请，现在是待补正。还需要带来：医疗费用票据、户口簿。") != std::string::npos);
  CHECK(text.find("您可能可以申请高龄津贴") != std::string::npos);
  CHECK(text.find("如需听金额，请按“朗读金额”。") != std::string::npos);
  CHECK_FALSE(has_id_like_digits(text));
  CHECK(text.find("张") == std::string::npos);  // not even the masked name
  CHECK(text.find("0101") == std::string::npos);  // nor the acceptance number
  CHECK(text.find("元") == std::string::npos);
  CHECK(text.find("780") == std::string::npos);
}

TEST_CASE("朗读金额 adds the monthly amount and every payment's amount, still without ID") {
  const std::string text = core::status_read_aloud(sample(), shipped(), core::Language::ZhCN, true);
  CHECK(text.find("最低生活保障（农村），在保，每月780元。") != std::string::npos);  // whole yuan without .00
  CHECK(text.find("2026年11月的最低生活保障（农村），780.50元，已发放。") != std::string::npos);
  CHECK(text.find("2026年10月的最低生活保障（农村），780元，发放失败。") != std::string::npos);
  CHECK(text.find("朗读金额") == std::string::npos);  // nothing more to ask for
  CHECK_FALSE(has_id_like_digits(text));
}

TEST_CASE("朗读 of a person with nothing on record, and in English") {
  core::KioskStatus empty;
  empty.id_masked = "320102********0015";
  const std::string zh = core::status_read_aloud(empty, shipped(), core::Language::ZhCN, false);
  CHECK(zh == "以下是您的查询结果。您目前没有享受救助待遇。最近没有发放记录。");
  const std::string en = core::status_read_aloud(sample(), shipped(), core::Language::En, true);
  CHECK(en.find("780 yuan a month") != std::string::npos);
  CHECK_FALSE(has_id_like_digits(en));
}
