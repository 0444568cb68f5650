#include "app/catalog_file.h"

#include <doctest/doctest.h>

#include "core/working_days.h"

namespace {
const std::filesystem::path kAssets = std::filesystem::path(ONEWINDOW_SOURCE_DIR) / "assets";

const char* kMinimal = R"(
[materials]
shenfenzheng = "居民身份证"
[[item]]
code = "laonian"
name = "老年人优待证"
description = "60周岁以上可办理"
who_may_apply = "年满60周岁的老年人"
required = ["shenfenzheng"]
promised_working_days = 1
stages = ["受理", "制证"]
)";

std::string with(std::string text, const std::string& from, const std::string& to) {
  auto pos = text.find(from);
  REQUIRE(pos != std::string::npos);
  return text.replace(pos, from.size(), to);
}

std::string error_of(const std::string& text) {
  auto r = app::parse_catalog_text(text, "items.toml");
  REQUIRE_FALSE(r.ok());
  return r.error().message;
}
}  // namespace

TEST_CASE("the shipped catalog has the ten items of domain.md with materials and stages") {
  auto assets = app::load_catalog_assets(kAssets);
  REQUIRE_MESSAGE(assets.ok(), (assets.ok() ? "" : assets.error().message));
  const auto& c = assets->catalog;
  REQUIRE(c.items.size() == 10);
  for (const char* code : {"dibao", "tekun", "linshi", "yiliao", "gaoling", "canji", "ertong", "youfu", "binzang", "laonian"}) {
    INFO(code);
    const core::ServiceItem* item = c.find(code);
    REQUIRE(item != nullptr);
    CHECK_FALSE(item->description.empty());
    CHECK_FALSE(item->required.empty());
    CHECK(item->promised_working_days > 0);
    CHECK_FALSE(item->stages.empty());
  }
  CHECK(c.find("canji")->required[2].name == "残疾人证");
  CHECK(assets->eligibility.size() >= 3);
  // 2026 holidays and make-up days are loaded.
  CHECK_FALSE(assets->holidays.is_working_day(core::parse_iso_date("2026-10-05").value()));
  CHECK(assets->holidays.is_working_day(core::parse_iso_date("2026-10-10").value()));
  CHECK(core::due_date(assets->holidays, "2026-09-29", 2).value() == "2026-10-08");
}

TEST_CASE("a bad catalog is refused with the item and the key named") {
  REQUIRE(app::parse_catalog_text(kMinimal, "items.toml").ok());
  auto e1 = error_of(with(kMinimal, "promised_working_days = 1", "promised_working_days = \"one\""));
  CHECK(e1.find("item 'laonian'") != std::string::npos);
  CHECK(e1.find("key 'promised_working_days'") != std::string::npos);
  auto e2 = error_of(with(kMinimal, "required = [\"shenfenzheng\"]", "required = [\"hukoubu\"]"));
  CHECK(e2.find("item 'laonian': key 'required': material 'hukoubu'") != std::string::npos);
  auto e3 = error_of(with(kMinimal, "stages = [\"受理\", \"制证\"]", "stages = [\"受理\"]\nstagse = []"));
  CHECK(e3.find("item 'laonian': key 'stagse': unknown key") != std::string::npos);
  auto e4 = error_of(with(kMinimal, "name = \"老年人优待证\"\n", ""));
  CHECK(e4.find("item 'laonian': key 'name': missing") != std::string::npos);
  auto e5 = error_of(std::string(kMinimal) + with(kMinimal, "[materials]\nshenfenzheng = \"居民身份证\"\n", ""));
  CHECK(e5.find("item 'laonian': key 'code': appears twice") != std::string::npos);
  auto e6 = error_of("[[item]\ncode = 1");
  CHECK(e6.find("items.toml:1") != std::string::npos);
  auto e7 = error_of(with(kMinimal, "promised_working_days = 1", "promised_working_days = 0"));
  CHECK(e7.find("between 1 and 365") != std::string::npos);
}

TEST_CASE("bad eligibility rules and holiday files are refused with the key named") {
  auto r1 = app::parse_eligibility_text("[[rule]]\nitem = \"gaoling\"\nreason = \"x\"\nmin_age = 90\nmax_age = 80\n", "e");
  REQUIRE_FALSE(r1.ok());
  CHECK(r1.error().message.find("key 'max_age'") != std::string::npos);
  auto r2 = app::parse_eligibility_text("[[rule]]\nitem = \"gaoling\"\nreason = \"x\"\nunless_holding = [\"低保\"]\n", "e");
  REQUIRE_FALSE(r2.ok());
  CHECK(r2.error().message.find("'低保' is not a benefit name") != std::string::npos);
  auto h1 = app::parse_holidays_text("[[year]]\nyear = 2026\nholidays = [\"2026-02-30\"]\n", "h");
  REQUIRE_FALSE(h1.ok());
  CHECK(h1.error().message.find("year 2026: key 'holidays'") != std::string::npos);
  auto h2 = app::parse_holidays_text("[[year]]\nyear = 2026\nworkdays = [\"2027-01-04\"]\n", "h");
  REQUIRE_FALSE(h2.ok());
  CHECK(h2.error().message.find("not in that year") != std::string::npos);
}
