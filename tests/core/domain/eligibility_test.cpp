#include "core/domain/eligibility.h"

#include <doctest/doctest.h>

using namespace core;

namespace {
std::vector<EligibilityRule> gaoling_rules() {
  std::vector<EligibilityRule> r;
  r.push_back({"gaoling", "100+", 100, std::nullopt, {BenefitType::OldAgeAllowance}, "百岁"});
  r.push_back({"gaoling", "90-99", 90, 99, {BenefitType::OldAgeAllowance}, "九十"});
  r.push_back({"gaoling", "80-89", 80, 89, {BenefitType::OldAgeAllowance}, "八十"});
  return r;
}
}  // namespace

TEST_CASE("age in full years counts the birthday") {
  CHECK(age_on("1946-11-23", "2026-11-23") == 80);
  CHECK(age_on("1946-11-24", "2026-11-23") == 79);
  CHECK(age_on("1948-02-29", "2026-02-28") == 77);
  CHECK_FALSE(age_on("1946-13-01", "2026-11-23"));
}

TEST_CASE("old-age allowance tiers 80-89, 90-99, 100+") {
  auto rules = gaoling_rules();
  const std::string today = "2026-11-23";
  CHECK(eligibility_hints(rules, "1946-11-24", today, {}).empty());
  auto h80 = eligibility_hints(rules, "1946-11-23", today, {});
  REQUIRE(h80.size() == 1);
  CHECK(h80[0].reason == "八十");
  CHECK(eligibility_hints(rules, "1937-11-23", today, {})[0].reason == "八十");  // 89
  CHECK(eligibility_hints(rules, "1936-11-23", today, {})[0].reason == "九十");  // 90
  CHECK(eligibility_hints(rules, "1927-01-01", today, {})[0].reason == "九十");  // 99
  CHECK(eligibility_hints(rules, "1926-11-23", today, {})[0].reason == "百岁");  // 100
}

TEST_CASE("no hint for an allowance already held, but one for an ended one") {
  auto rules = gaoling_rules();
  Benefit b;
  b.type = BenefitType::OldAgeAllowance;
  CHECK(eligibility_hints(rules, "1940-01-01", "2026-11-23", {b}).empty());
  b.status = BenefitStatus::Ended;
  CHECK(eligibility_hints(rules, "1940-01-01", "2026-11-23", {b}).size() == 1);
  b.type = BenefitType::RuralDibao;
  b.status = BenefitStatus::Active;
  CHECK(eligibility_hints(rules, "1940-01-01", "2026-11-23", {b}).size() == 1);
}

TEST_CASE("hints from an ID card record use its birth date") {
  base::IdCardRecord card;
  card.birth = "1926-05-01";
  auto hints = eligibility_hints(gaoling_rules(), card, "2026-11-23", {});
  REQUIRE(hints.size() == 1);
  CHECK(hints[0].reason == "百岁");
}
