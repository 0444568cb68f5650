// assets/catalog/eligibility.toml's 主动发现 kinds (issue 20): read, checked, and the shipped file
// holds the kiosk's age rules and the back office's other rules under stable codes.
#include <doctest/doctest.h>

#include <filesystem>

#include "app/catalog_file.h"

TEST_CASE("eligibility rules: each kind is read with its settings, and bad ones are refused naming the key") {
  auto rules = app::parse_eligibility_text(
      "[[rule]]\ncode = \"c\"\nkind = \"disability_cert\"\nitem = \"canji\"\nmax_grade = 2\n"
      "unless_holding = [\"重度残疾人护理补贴\"]\nreason = \"x\"\n"
      "[[rule]]\nkind = \"benefit_ended\"\nitem = \"dibao\"\nended = [\"农村低保\"]\nwithin_months = 3\nreason = \"y\"\n"
      "[[rule]]\ncode = \"pf\"\nkind = \"payments_failed\"\nitem = \"dibao\"\nmonths_running = 3\nreason = \"z\"\n",
      "e");
  REQUIRE_MESSAGE(rules.ok(), (rules.ok() ? "" : rules.error().message));
  REQUIRE(rules->size() == 3);
  CHECK(rules.value()[0].kind == core::EligibilityKind::DisabilityCert);
  CHECK(rules.value()[0].max_grade == 2);
  CHECK(rules.value()[1].code == "dibao");  // no code: the item (and tier)
  CHECK(rules.value()[1].ended == std::vector<core::BenefitType>{core::BenefitType::RuralDibao});
  CHECK(rules.value()[1].within_months == 3);
  CHECK(rules.value()[2].months_running == 3);
  auto kind = app::parse_eligibility_text("[[rule]]\nitem = \"dibao\"\nkind = \"rumour\"\nreason = \"x\"\n", "e");
  REQUIRE_FALSE(kind.ok());
  CHECK(kind.error().message.find("kind") != std::string::npos);
  auto ended = app::parse_eligibility_text("[[rule]]\nitem = \"dibao\"\nkind = \"benefit_ended\"\nreason = \"x\"\n", "e");
  REQUIRE_FALSE(ended.ok());
  CHECK(ended.error().message.find("ended") != std::string::npos);
  auto twice = app::parse_eligibility_text(
      "[[rule]]\ncode = \"a\"\nitem = \"dibao\"\nreason = \"x\"\n[[rule]]\ncode = \"a\"\nitem = \"gaoling\"\nreason = \"y\"\n", "e");
  REQUIRE_FALSE(twice.ok());
  CHECK(twice.error().message.find("earlier rule") != std::string::npos);
}

TEST_CASE("the shipped eligibility file: the kiosk's three age tiers and the back office's other rules") {
  auto rules = app::load_eligibility_file(std::filesystem::path(ONEWINDOW_SOURCE_DIR) / "assets/catalog/eligibility.toml");
  REQUIRE_MESSAGE(rules.ok(), (rules.ok() ? "" : rules.error().message));
  std::vector<std::string> codes;
  for (const auto& r : rules.value()) codes.push_back(r.code);
  CHECK(codes == std::vector<std::string>{"gaoling_100", "gaoling_90", "gaoling_80", "canji_cert", "dibao_ended",
                                          "payment_failed"});
}
