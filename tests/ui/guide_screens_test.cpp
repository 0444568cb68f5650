// The kiosk's 办事指南 (issue 22), drawn for real on Xvfb from states built directly: the list of
// items as large buttons page by page, one item's words, the print corner, 大字模式.
#include <string>

#include "kiosk_fixtures.h"
#include "ui/widgets/layout_probe.h"
#include "ui_test_support.h"

using namespace uitest;

namespace {

std::optional<ui::DrawnItem> button(const ui::LayoutProbe& p, std::string_view label) {
  for (const auto& i : p.items())
    if (i.kind == ui::DrawnItem::Kind::Button && i.label == label) return i;
  return std::nullopt;
}

bool contains(const std::string& hay, std::string_view needle) { return hay.find(needle) != std::string::npos; }

// Draws `s` at growing scroll offsets until the last page (no 下一页); `each` sees every frame.
// The step is smaller than any page, so every page is seen.
template <class Each>
void each_page(app::Terminal& t, core::AppState s, Each each) {
  for (int i = 0; i < 200; ++i) {
    draw(t, s);
    each(t.renderer().probe());
    if (!button(t.renderer().probe(), "下一页")) return;
    s.kiosk.scroll_px += 50;
  }
  FAIL("the pages never ended");
}

}  // namespace

TEST_CASE("welcome offers 办事指南 as a large button, no card needed") {
  auto t = open_terminal(core::Mode::Kiosk, true, 1920, 1080);
  draw(*t, t->state());
  const auto b = button(t->renderer().probe(), "办事指南");
  REQUIRE(b);
  CHECK(b->h >= ui::Theme::kTouchTargetPx);
  check_layout(t->renderer().probe(), 1920, 1080, "welcome");
}

TEST_CASE("the list shows every item of the catalog as a large button, page by page, in both text sizes") {
  auto t = open_terminal(core::Mode::Kiosk, true, 1920, 1080);
  const auto catalog = shipped_catalog();
  REQUIRE(catalog);
  for (bool large : {false, true}) {
    std::string names;
    bool paged = false;
    each_page(*t, visit_state(t->state(), core::ScreenId::KioskGuide, large), [&](const ui::LayoutProbe& p) {
      paged = paged || button(p, "上一页").has_value();
      for (const auto& i : p.items()) {
        if (i.kind != ui::DrawnItem::Kind::Button) continue;
        names += i.label + "\n";
        CHECK_MESSAGE(i.h >= ui::Theme::kTouchTargetPx * (large ? 1.5f : 1.0f) - 0.5f, i.label);
      }
      CHECK(p.find("办事指南"));
      CHECK(button(p, "返回首页"));
    });
    for (const auto& item : catalog->items) CHECK_MESSAGE(contains(names, item.name + "\n"), item.name);
    if (large) CHECK(paged);  // ten large buttons take more than one page at 1920x1080
  }
}

TEST_CASE("an item says who may apply, the conditions, the materials, the time limit and where to go") {
  auto t = open_terminal(core::Mode::Kiosk, true, 1920, 1080);
  core::AppState s = visit_state(t->state(), core::ScreenId::KioskGuideItem);
  std::string all;
  for (int i = 0; i < 40; ++i) {
    draw(*t, s);
    all += t->renderer().probe().all_text();
    if (!button(t->renderer().probe(), "下一页")) break;
    s.kiosk.scroll_px += 150;
  }
  CHECK(contains(all, "最低生活保障（低保）申请"));
  CHECK(contains(all, "谁可以申请"));
  CHECK(contains(all, "办理条件"));
  CHECK(contains(all, "家里的存款、房产、车辆等财产在规定限额以内"));
  CHECK(contains(all, "必须带的材料"));
  CHECK(contains(all, "家庭经济状况核对授权书"));
  CHECK(contains(all, "有的话也请带来"));
  CHECK(contains(all, "银行卡/惠农一卡通账号"));
  CHECK(contains(all, "承诺时限：受理后 30 个工作日内办结"));
  CHECK(contains(all, t->config().hall.name + "　综合受理窗口"));
  CHECK(contains(all, "咨询电话：" + t->config().hall.phone));
  draw(*t, s);
  const auto& p = t->renderer().probe();
  CHECK(button(p, "返回"));
  CHECK(button(p, "返回首页"));
  CHECK(button(p, "打印一次性告知单"));
}

TEST_CASE("打印一次性告知单 gives way to the reason when the printer has no paper") {
  auto t = open_terminal(core::Mode::Kiosk, true, 1920, 1080);
  core::AppState s = visit_state(t->state(), core::ScreenId::KioskGuideItem);
  s.printer_trouble = core::PrinterTrouble::PaperOut;
  draw(*t, s);
  const auto& p = t->renderer().probe();
  CHECK_FALSE(button(p, "打印一次性告知单"));
  CHECK(p.find("打印机缺纸，暂不能打印"));
  CHECK(button(p, "返回"));
  s.printer_trouble = core::PrinterTrouble::None;
  s.kiosk.print = core::KioskPrint::Printed;
  draw(*t, s);
  CHECK(p.find("已打印，请取走凭条"));
}

TEST_CASE("大字模式 draws the guide's words and buttons at least 1.5 times as large") {
  auto t = open_terminal(core::Mode::Kiosk, true, 1920, 1080);
  auto height = [&](core::ScreenId screen, bool large, std::string_view label) {
    draw(*t, visit_state(t->state(), screen, large));
    auto i = t->renderer().probe().find(label);
    return i ? i->h : 0.0f;
  };
  const float title = height(core::ScreenId::KioskGuideItem, false, "最低生活保障（低保）申请");
  REQUIRE(title > 0);
  CHECK(height(core::ScreenId::KioskGuideItem, true, "最低生活保障（低保）申请") >= 1.5f * title - 1);
  const float back = height(core::ScreenId::KioskGuideItem, false, "返回");
  CHECK(back >= ui::Theme::kTouchTargetPx - 0.5f);
  CHECK(height(core::ScreenId::KioskGuideItem, true, "返回") >= 1.5f * ui::Theme::kTouchTargetPx - 0.5f);
}
