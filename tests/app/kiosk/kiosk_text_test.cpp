// The kiosk's words come from assets/i18n: `onewindow status` and the printed summary (查询凭条)
// are composed from the shipped catalog byte for byte as before, both languages hold every key the
// kiosk code asks for, and the kiosk's code under src/core/kiosk and src/app/kiosk holds no Chinese
// text of its own.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "../../core/kiosk/kiosk_strings.h"
#include "app/i18n_file.h"
#include "core/kiosk/resident_status.h"
#include "core/kiosk/status_summary_slip.h"

namespace fs = std::filesystem;

namespace {

core::Catalog shipped() {
  auto c = app::load_catalog(fs::path(ONEWINDOW_SOURCE_DIR) / "assets/i18n");
  REQUIRE_MESSAGE(c.ok(), (c.ok() ? std::string() : c.error().message));
  return *c;
}

std::string read(const fs::path& file) {
  std::ifstream in(file);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<fs::path> kiosk_sources() {
  std::vector<fs::path> out;
  for (const char* dir : {"src/core/kiosk", "src/app/kiosk"})
    for (auto& e : fs::directory_iterator(fs::path(ONEWINDOW_SOURCE_DIR) / dir)) out.push_back(e.path());
  return out;
}

}  // namespace

TEST_CASE("the core tests' copy of the kiosk's zh-CN sentences is the shipped one") {
  const core::Catalog c = shipped();
  const core::Catalog copy = test_support::kiosk_strings();
  CHECK(copy.table(core::Language::ZhCN).size() > 20);
  for (const auto& [key, text] : copy.table(core::Language::ZhCN)) {
    INFO(key);
    CHECK(c.has(core::Language::ZhCN, key));
    CHECK(c.get(core::Language::ZhCN, key) == text);
  }
}

TEST_CASE("every catalog key the kiosk's code names exists in both languages") {
  const core::Catalog c = shipped();
  const std::regex literal(R"re("(kiosk\.(status_text|summary_slip)\.[a-z0-9_.]+)")re");
  std::size_t seen = 0;
  for (const auto& file : kiosk_sources()) {
    const std::string text = read(file);
    for (std::sregex_iterator it(text.begin(), text.end(), literal), end; it != end; ++it) {
      const std::string key = (*it)[1];
      ++seen;
      CHECK_MESSAGE(c.has(core::Language::ZhCN, key), file.filename().string() << ": zh-CN lacks " << key);
      CHECK_MESSAGE(c.has(core::Language::En, key), file.filename().string() << ": en lacks " << key);
    }
  }
  CHECK(seen > 20);
}

TEST_CASE("the printed summary from the shipped catalog: the same lines, byte for byte, as before the catalog held them") {
  core::KioskStatus k;
  k.name_masked = "张*三";
  k.id_masked = "320102********0015";
  k.benefits.push_back(
      core::Benefit{"", core::BenefitType::RuralDibao, core::BenefitStatus::Active, 78000, "2023-03-01", "2027-03-01"});
  k.benefits.push_back(
      core::Benefit{"", core::BenefitType::OldAgeAllowance, core::BenefitStatus::Suspended, 10000, "2020-03-01", ""});
  k.payments.push_back(core::PaymentRecord{"", core::BenefitType::RuralDibao, "2026-10", 78000, "2026-10-10",
                                           "惠农一卡通", core::PaymentStatus::Failed});
  core::ApplicationProgress p;
  p.acceptance_no = "320102-01-20261118-0101";
  p.item_name = "临时救助申请";
  p.status = core::ApplicationStatus::NeedsSupplement;
  p.due = "2026-12-02";
  p.missing_materials = {"医疗费用票据（近6个月）", "户口簿"};
  k.applications.push_back(p);
  const auto slip = core::make_status_summary_slip(
      k, {"锁金村街道便民服务中心", "025-84000000", {2026, 11, 23, 10, 5, 0, 1}}, shipped(), core::Language::ZhCN);
  std::string lines;
  for (const auto& b : slip.blocks) {
    if (b.kind == core::SlipBlock::Kind::Rule) lines += "----\n";
    if (b.kind != core::SlipBlock::Kind::Line) continue;
    lines += b.line.text + "|" + std::to_string(static_cast<int>(b.line.align)) + (b.line.bold ? "b" : "") +
             (b.line.size == core::SlipSize::Double ? "D" : "") + std::to_string(b.line.hanging_indent) + "\n";
  }
  CHECK(lines ==
        "锁金村街道便民服务中心|1b0\n"
        "救助信息查询单|1bD0\n"
        "----\n"
        "姓    名：张*三|010\n"
        "身份证号：320102********0015|010\n"
        "查询时间：2026-11-23 10:05|010\n"
        "----\n"
        "享受待遇：|0b0\n"
        "  农村低保  在保  每月780.00元|04\n"
        "    起始 2023-03-01  年审 2027-03-01|04\n"
        "  高龄津贴  暂停  每月100.00元|04\n"
        "----\n"
        "最近发放：|0b0\n"
        "  2026-10 农村低保 780.00元 发放失败|04\n"
        "----\n"
        "在办事项：|0b0\n"
        "  临时救助申请|04\n"
        "    320102-01-20261118-0101|04\n"
        "    待补正  承诺办结 2026-12-02|04\n"
        "    需补交：医疗费用票据（近6个月）、户口簿|04\n"
        "----\n"
        "本单仅供参考，以窗口核实为准|10\n"
        "咨询电话：025-84000000|10\n");

  // Nothing held, nothing paid, nothing open, no phone: 无 twice, no applications section.
  const auto empty = core::make_status_summary_slip(core::KioskStatus{"李*", "320102********0021", {}, {}, {}, {}},
                                                    {"锁金村街道便民服务中心", "", {2026, 11, 23, 10, 5, 0, 1}},
                                                    shipped(), core::Language::ZhCN);
  std::string texts;
  for (const auto& b : empty.blocks)
    if (b.kind == core::SlipBlock::Kind::Line) texts += b.line.text + "\n";
  CHECK(texts ==
        "锁金村街道便民服务中心\n救助信息查询单\n姓    名：李*\n身份证号：320102********0021\n"
        "查询时间：2026-11-23 10:05\n享受待遇：\n  无\n最近发放：\n  无\n本单仅供参考，以窗口核实为准\n");
}
