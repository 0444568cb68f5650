// The 办事指南's paper from the shipped files: the core tests' copy of its sentences is the shipped
// one, and every item of the shipped catalog gives a 一次性告知单 with its materials and time limit.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "../../core/kiosk/guide_strings.h"
#include "app/catalog_file.h"
#include "app/i18n_file.h"
#include "core/kiosk/guide_notice_slip.h"

namespace fs = std::filesystem;

TEST_CASE("the core tests' copy of the 一次性告知单's zh-CN sentences is the shipped one") {
  auto c = app::load_catalog(fs::path(ONEWINDOW_SOURCE_DIR) / "assets/i18n");
  REQUIRE_MESSAGE(c.ok(), (c.ok() ? std::string() : c.error().message));
  const core::Catalog copy = test_support::guide_strings();
  for (const auto& [key, text] : copy.table(core::Language::ZhCN)) {
    INFO(key);
    CHECK(c->get(core::Language::ZhCN, key) == text);
    CHECK(c->has(core::Language::En, key));
  }
}

TEST_CASE("every shipped item gives a 一次性告知单 with all its materials and its time limit") {
  auto assets = app::load_catalog_assets(fs::path(ONEWINDOW_SOURCE_DIR) / "assets");
  REQUIRE_MESSAGE(assets.ok(), (assets.ok() ? std::string() : assets.error().message));
  REQUIRE(assets->catalog.items.size() == 10);
  for (const auto& item : assets->catalog.items) {
    INFO(item.code);
    const auto slip = core::make_guide_notice_slip(item, {"锁金村街道便民服务中心", "025-84000000", "南京市玄武区龙蟠路8号", {2026, 12, 2, 9, 30, 0, 3}},
                                                   assets->words, core::kRecordLanguage);
    std::string text;
    for (const auto& b : slip.blocks)
      if (b.kind == core::SlipBlock::Kind::Line) text += b.line.text + "\n";
    CHECK(text.find("办理事项：" + item.name) != std::string::npos);
    CHECK(text.find("承诺时限：受理后" + std::to_string(item.promised_working_days) + "个工作日") != std::string::npos);
    CHECK(text.find("地址：南京市玄武区龙蟠路8号") != std::string::npos);
    for (const auto& m : item.required) CHECK(text.find(m.full_name()) != std::string::npos);
    for (const auto& m : item.optional) CHECK(text.find(m.full_name()) != std::string::npos);
    CHECK(text.find("告知日期：2026年12月2日") != std::string::npos);
  }
}
