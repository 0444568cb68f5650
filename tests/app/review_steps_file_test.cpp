// The catalog's back-office review steps ([[review_step]], review_steps, publicity_working_days).
#include <doctest/doctest.h>

#include <string>

#include "app/catalog_file.h"

namespace {

const std::filesystem::path kAssets = std::filesystem::path(ONEWINDOW_SOURCE_DIR) / "assets";

const char* kItem = R"(
[materials]
shenfenzheng = "居民身份证"
[[item]]
code = "dibao"
name = "最低生活保障（低保）申请"
description = "说明"
who_may_apply = "本地户籍家庭"
required = ["shenfenzheng"]
promised_working_days = 30
stages = ["受理", "入户调查", "审批"]
review_steps = ["home_visit"]
publicity_working_days = 7
)";

const char* kStep = R"(
[[review_step]]
code = "home_visit"
name = "入户调查"
date_field = "visit_date"
[[review_step.field]]
key = "visit_date"
label = "调查日期"
kind = "date"
required = true
[[review_step.field]]
key = "outcome"
label = "结果"
kind = "choice"
choices = ["符合", "不符合"]
)";

std::string error_of(const std::string& text) {
  auto c = app::parse_catalog_text(text, "items.toml");
  REQUIRE_FALSE(c.ok());
  return c.error().message;
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("review steps are read with their fields, and items list them with their notice length") {
  auto c = app::parse_catalog_text(std::string(kItem) + kStep, "items.toml");
  REQUIRE_MESSAGE(c.ok(), (c.ok() ? "" : c.error().message));
  REQUIRE(c->review_steps.size() == 1);
  const core::ReviewStepDef& s = c->review_steps[0];
  CHECK(s.name == "入户调查");
  CHECK(s.date_field == "visit_date");
  REQUIRE(s.fields.size() == 2);
  CHECK(s.fields[0].kind == core::ReviewFieldKind::Date);
  CHECK(s.fields[0].required);
  CHECK(s.fields[1].choices == std::vector<std::string>{"符合", "不符合"});
  CHECK_FALSE(s.fields[1].required);
  CHECK(c->items[0].review_steps == std::vector<std::string>{"home_visit"});
  CHECK(c->items[0].publicity_working_days == 7);
}

TEST_CASE("bad review steps are refused naming the step and the key") {
  const std::string good = std::string(kItem) + kStep;
  CHECK(error_of(replaced(good, "review_steps = [\"home_visit\"]", "review_steps = [\"home_vist\"]")) ==
        "catalog items.toml: item 'dibao': key 'review_steps': 'home_vist' is not a [[review_step]] code");
  CHECK(error_of(replaced(good, "kind = \"date\"", "kind = \"datum\"")) ==
        "catalog items.toml: review_step 'home_visit': field 'visit_date': key 'kind': 'datum' is not one of date, "
        "text, count, money, choice");
  CHECK(error_of(replaced(good, "date_field = \"visit_date\"", "date_field = \"outcome\"")) ==
        "catalog items.toml: review_step 'home_visit': key 'date_field': 'outcome' is not a date field of this step");
  CHECK(error_of(replaced(good, "choices = [\"符合\", \"不符合\"]", "")) .find("key 'choices'") != std::string::npos);
  CHECK(error_of(good + kStep).find("review_step 'home_visit': key 'code': appears twice") != std::string::npos);
  CHECK(error_of(replaced(good, "publicity_working_days = 7", "publicity_working_days = -1")).find("publicity_working_days") !=
        std::string::npos);
  CHECK(error_of(replaced(good, "name = \"入户调查\"", "name = \"入户调查\"\ncolour = \"red\"")).find("colour") !=
        std::string::npos);
}

TEST_CASE("the shipped catalog: 低保 records 入户调查, 民主评议 and 家庭经济状况核对 and goes on a 7-day notice") {
  auto assets = app::load_catalog_assets(kAssets);
  REQUIRE_MESSAGE(assets.ok(), (assets.ok() ? "" : assets.error().message));
  const auto& c = assets->catalog;
  const core::ServiceItem* dibao = c.find("dibao");
  REQUIRE(dibao);
  CHECK(dibao->review_steps == std::vector<std::string>{"home_visit", "community_review", "economic_check"});
  CHECK(dibao->publicity_working_days == 7);
  std::vector<std::string> names;
  for (const auto& code : dibao->review_steps) names.push_back(c.find_review_step(code)->name);
  CHECK(names == std::vector<std::string>{"入户调查", "民主评议", "家庭经济状况核对"});
  const core::ReviewStepDef* check = c.find_review_step("economic_check");
  REQUIRE(check);
  CHECK(check->fields.front().choices == std::vector<std::string>{"符合", "不符合", "需说明"});
  CHECK(c.find("laonian")->review_steps.empty());
  CHECK(c.find("laonian")->publicity_working_days == 0);
}
