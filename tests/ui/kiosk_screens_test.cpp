// The kiosk's visit screens (issue 8), drawn for real on Xvfb from states built directly.
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <string>

#include "app/i18n_file.h"
#include "core/domain/benefit.h"
#include "core/domain/rating.h"
#include "kiosk_fixtures.h"
#include "ui/png_writer.h"
#include "ui/widgets/widgets.h"
#include "ui_test_support.h"

using namespace uitest;

namespace {

bool has_button(const ui::LayoutProbe& p, std::string_view label) {
  for (const auto& i : p.items())
    if (i.kind == ui::DrawnItem::Kind::Button && i.label == label) return true;
  return false;
}

std::string next_label(core::Language l) { return l == core::Language::ZhCN ? "下一页" : "Next"; }

// Draws `s` at growing scroll offsets until the last page (no 下一页); `each` sees every frame.
// The step is smaller than any page, so every line is wholly shown on some frame.
void each_page(app::Terminal& t, core::AppState s, const std::function<void(const ui::LayoutProbe&)>& each) {
  for (int i = 0; i < 120; ++i) {
    draw(t, s);
    each(t.renderer().probe());
    if (!has_button(t.renderer().probe(), next_label(s.language))) return;
    s.kiosk.scroll_px += 150;
  }
  FAIL("the pages never ended");
}

std::string all_pages_text(app::Terminal& t, const core::AppState& s) {
  std::string all;
  each_page(t, s, [&](const ui::LayoutProbe& p) { all += p.all_text(); });
  return all;
}

bool contains(const std::string& hay, std::string_view needle) { return hay.find(needle) != std::string::npos; }

}  // namespace

TEST_CASE("the status screen greets by masked name and shows benefits, payments, progress and hints") {
  auto t = open_terminal(core::Mode::Kiosk);
  const std::string all = all_pages_text(*t, visit_state(t->state(), core::ScreenId::ResidentStatus));
  CHECK(contains(all, "张*三，您好"));
  CHECK_FALSE(contains(all, "张三丰"));
  CHECK_FALSE(contains(all, kResidentId));
  CHECK(contains(all, "最低生活保障（农村）"));
  CHECK(contains(all, "高龄津贴"));
  CHECK(contains(all, "在保"));
  CHECK(contains(all, "暂停"));
  CHECK(contains(all, "每月金额：528.50 元"));
  CHECK(contains(all, "每月金额：100.00 元"));
  CHECK(contains(all, "下次年审：2027年3月1日"));
  CHECK(contains(all, "2026年11月"));
  CHECK(contains(all, "2025年12月"));
  CHECK(contains(all, "已发放"));
  CHECK(contains(all, "发放失败"));
  CHECK(contains(all, "请到窗口核实银行卡信息"));
  CHECK(contains(all, "待发放"));
  CHECK(contains(all, "款项正在发放中，请留意到账"));
  CHECK(contains(all, "惠农一卡通"));
  CHECK(contains(all, "受理编号：320102-01-20261101-0007"));
  CHECK(contains(all, "承诺办结日期：2026年11月20日"));
  CHECK(contains(all, "审核中"));
  CHECK(contains(all, "当前"));
  CHECK(contains(all, "待补正（2026年11月16日）"));
  CHECK(contains(all, "户口簿（户主页及本人页，原件和复印件）"));
  CHECK(contains(all, "您可能可以申请：高龄津贴（90–99 周岁）"));
  CHECK(contains(all, "银行卡/惠农一卡通账号"));
}

TEST_CASE("the status screen in English uses the English words and the same data") {
  auto t = open_terminal(core::Mode::Kiosk);
  const std::string all =
      all_pages_text(*t, visit_state(t->state(), core::ScreenId::ResidentStatus, false, core::Language::En));
  CHECK(contains(all, "Hello, 张*三"));
  CHECK(contains(all, "Minimum living allowance (rural)"));
  CHECK(contains(all, "Suspended"));
  CHECK(contains(all, "¥528.50"));
  CHECK(contains(all, "Please have your bank card details checked at the counter"));
}

TEST_CASE("every kiosk screen fits: nothing overlaps or leaves the window, any size, language or text size") {
  struct Size {
    int w, h;
  };
  const core::ScreenId screens[] = {core::ScreenId::CardReading, core::ScreenId::ResidentStatus,
                                    core::ScreenId::UnknownPerson, core::ScreenId::SlipProgress,
                                    core::ScreenId::KioskMessage,  core::ScreenId::KioskGuide,
                                    core::ScreenId::KioskGuideItem, core::ScreenId::KioskRating};
  for (Size sz : {Size{1920, 1080}, Size{1280, 800}, Size{1280, 1024}, Size{1080, 1920}}) {
    auto t = open_terminal(core::Mode::Kiosk, true, sz.w, sz.h);
    for (bool large : {false, true})
      for (auto lang : {core::Language::ZhCN, core::Language::En})
        for (auto screen : screens) {
          core::AppState s = visit_state(t->state(), screen, large, lang);
          const std::string where = std::string(core::screen_name(screen)) + (large ? " large" : "") +
                                    (lang == core::Language::En ? " en" : " zh");
          each_page(*t, s, [&](const ui::LayoutProbe& p) { check_layout(p, sz.w, sz.h, where); });
          // The card read, now looking up (step 2); and the idle countdown over any visit screen.
          if (screen == core::ScreenId::CardReading) s.kiosk.card = visit_state(s, core::ScreenId::ResidentStatus).kiosk.card;
          s.kiosk.countdown_s = 9;
          draw(*t, s);
          check_layout(t->renderer().probe(), sz.w, sz.h, where + " countdown");
        }
  }
}

TEST_CASE("the kiosk's 好差评 is drawn whole at every size, language and text size, never skipped for want of room") {
  struct Size {
    int w, h;
  };
  const int reasons = static_cast<int>(core::kRatingReasons.size());
  for (Size sz : {Size{1920, 1080}, Size{1280, 800}, Size{1280, 1024}, Size{1080, 1920}, Size{1024, 768}}) {
    auto t = open_terminal(core::Mode::Kiosk, true, sz.w, sz.h);
    for (bool large : {false, true})
      for (auto lang : {core::Language::ZhCN, core::Language::En})
        for (int level : {0, 2}) {  // the five levels; 不满意 chosen: its reasons
          core::AppState s = visit_state(t->state(), core::ScreenId::KioskRating, large, lang);
          s.rating.level = level;
          const std::string where = std::to_string(sz.w) + "x" + std::to_string(sz.h) + (large ? " large" : "") +
                                    (lang == core::Language::En ? " en" : " zh") + (level ? " reasons" : " levels");
          const auto events = draw(*t, s);
          const auto& p = t->renderer().probe();
          check_layout(p, sz.w, sz.h, where);
          int buttons = 0;
          for (const auto& i : p.items()) {
            if (i.kind != ui::DrawnItem::Kind::Button) continue;
            ++buttons;
            CHECK_MESSAGE(i.h >= 60, i.label << " is " << i.h << " px high at " << where);
          }
          // The levels or the reasons, and 跳过 (the language button of the header besides).
          CHECK_MESSAGE(buttons >= (level ? reasons : core::kRatingLevels) + 1, where);
          CHECK_MESSAGE(has_button(p, lang == core::Language::ZhCN ? "跳过" : "Skip"), where);
          for (const auto& e : events) CHECK_MESSAGE(!e.holds<core::intent::SkipRating>(), where);
        }
  }
}

TEST_CASE("大字模式 draws text and controls at least 1.5 times as large, the atlas is rebuilt only on change") {
  auto t = open_terminal(core::Mode::Kiosk, true, 1920, 1080);
  auto item_height = [&](bool large, std::string_view label) {
    float h = 0;
    each_page(*t, visit_state(t->state(), core::ScreenId::ResidentStatus, large), [&](const ui::LayoutProbe& p) {
      if (auto i = p.find(label)) h = i->h;
    });
    return h;
  };
  const float body = item_height(false, "每月金额：528.50 元"), body_large = item_height(true, "每月金额：528.50 元");
  REQUIRE(body > 0);
  CHECK(body_large >= 1.5f * body - 1);
  const float greet = item_height(false, "张*三，您好"), greet_large = item_height(true, "张*三，您好");
  CHECK(greet_large >= 1.5f * greet - 1);

  for (bool large : {false, true}) {
    draw(*t, visit_state(t->state(), core::ScreenId::ResidentStatus, large));
    int buttons = 0;
    for (const auto& i : t->renderer().probe().items()) {
      if (i.kind != ui::DrawnItem::Kind::Button) continue;
      ++buttons;
      CHECK_MESSAGE(i.h >= ui::Theme::kTouchTargetPx * (large ? 1.5f : 1.0f) - 0.5f, i.label);
    }
    CHECK(buttons >= 4);  // 返回首页, 大字模式, 打印, 下一页 (and the language switch)
  }

  const auto large = visit_state(t->state(), core::ScreenId::ResidentStatus, true);
  draw(*t, large);
  const int builds = t->fonts().stats().builds;
  draw(*t, large);
  draw(*t, large);
  CHECK(t->fonts().stats().builds == builds);
  draw(*t, visit_state(t->state(), core::ScreenId::ResidentStatus, false));
  CHECK(t->fonts().stats().builds == builds + 1);
  CHECK(t->renderer().frame_theme().scale == doctest::Approx(t->renderer().theme().scale));
}

TEST_CASE("a slip shows its application's progress and nothing personal") {
  auto t = open_terminal(core::Mode::Kiosk);
  core::AppState s = visit_state(t->state(), core::ScreenId::SlipProgress);
  const std::string all = all_pages_text(*t, s);
  CHECK(contains(all, "残疾人两项补贴申请"));
  CHECK(contains(all, "320102-01-20261110-0012"));
  CHECK(contains(all, "已受理"));
  CHECK(contains(all, "2026年11月12日"));
  CHECK(contains(all, "待补正"));
  CHECK(contains(all, "残疾人证（第二代，须在有效期内）"));
  CHECK_FALSE(contains(all, "元"));
  CHECK_FALSE(contains(all, "张"));
  CHECK_FALSE(contains(all, "*"));
  CHECK_FALSE(contains(all, kResidentId));
  CHECK_FALSE(contains(all, "您好"));

  s.kiosk.progress.reset();
  draw(*t, s);
  CHECK(t->renderer().probe().find("正在查询…"));
}

TEST_CASE("the timeline follows the back office: each review step with its day, a rejection's reason and where to ask") {
  auto t = open_terminal(core::Mode::Kiosk);
  core::AppState s = visit_state(t->state(), core::ScreenId::SlipProgress);
  const std::string slip = all_pages_text(*t, s);
  CHECK(contains(slip, "审核要做的事："));
  CHECK(contains(slip, "入户调查"));
  CHECK(contains(slip, "2026年11月12日已完成"));
  CHECK(contains(slip, "民主评议"));
  CHECK(contains(slip, "还没有进行"));

  s = visit_state(t->state(), core::ScreenId::ResidentStatus);
  const std::string status = all_pages_text(*t, s);
  CHECK(contains(status, "不予批准（2026年11月18日）"));
  CHECK(contains(status, "原因：家庭人均收入高于当地低保标准"));
  CHECK(contains(status, "对结果有疑问，请到大厅综合受理窗口询问"));  // wrapped: the lines are apart
  CHECK(contains(status, s.hall.phone));
  CHECK(contains(status, "2026年10月25日已完成"));
  CHECK_FALSE(s.hall.phone.empty());
  // A rejected case lists only the steps that were done: the others will not come. Pages overlap
  // by a few lines, so the card is read from its number's last appearance, not the page above it.
  const auto rejected_card = status.substr(status.rfind("受理编号：320102-01-20261020-0003"));
  CHECK(contains(rejected_card, "不予批准"));
  CHECK_FALSE(contains(rejected_card, "还没有进行"));
}

TEST_CASE("reading shows its two steps, unknown person and messages say plain sentences") {
  auto t = open_terminal(core::Mode::Kiosk);
  core::AppState s = visit_state(t->state(), core::ScreenId::CardReading);
  draw(*t, s);
  const auto& p = t->renderer().probe();
  CHECK(p.find("正在读卡…"));
  CHECK(p.find("读取证件"));
  CHECK(p.find("查询信息"));
  CHECK(p.find("请不要移开身份证"));
  CHECK(has_button(p, "返回首页"));
  CHECK(has_button(p, "大字模式"));

  draw(*t, visit_state(t->state(), core::ScreenId::UnknownPerson));
  CHECK(contains(p.all_text(), "未查询到您的救助信息，可到窗口咨询"));
  CHECK(contains(p.all_text(), "您可能可以申请：高龄津贴（90–99 周岁）"));

  s = visit_state(t->state(), core::ScreenId::KioskMessage);
  for (auto [key, sentence] : {std::pair{"kiosk.store_down", "系统维护中，请到窗口办理"},
                               std::pair{"kiosk.slip_unknown", "未查询到该回执的办理信息，请到窗口咨询"}}) {
    s.kiosk.message_key = key;
    draw(*t, s);
    CHECK(contains(p.all_text(), sentence));
    CHECK(has_button(p, "返回首页"));
  }
}

TEST_CASE("the idle countdown says how long is left and offers 继续查看 instead of the content") {
  auto t = open_terminal(core::Mode::Kiosk);
  core::AppState s = visit_state(t->state(), core::ScreenId::ResidentStatus);
  s.kiosk.countdown_s = 7;
  draw(*t, s);
  const auto& p = t->renderer().probe();
  CHECK(p.find("7 秒后返回首页"));
  CHECK(has_button(p, "继续查看"));
  CHECK(has_button(p, "返回首页"));
  CHECK_FALSE(contains(p.all_text(), "张*三"));
}

TEST_CASE("打印 is offered only with a ready printer, its progress and failure are said in words") {
  auto t = open_terminal(core::Mode::Kiosk);
  core::AppState s = visit_state(t->state(), core::ScreenId::ResidentStatus);
  REQUIRE(s.printer_ready());
  draw(*t, s);
  const auto& p = t->renderer().probe();
  CHECK(has_button(p, "打印"));

  s.printer_trouble = core::PrinterTrouble::PaperOut;
  draw(*t, s);
  CHECK_FALSE(has_button(p, "打印"));
  CHECK(p.find("打印机缺纸，暂不能打印"));

  s.printer_trouble = core::PrinterTrouble::None;
  s.kiosk.print = core::KioskPrint::Printing;
  draw(*t, s);
  CHECK(p.find("正在打印…"));
  CHECK_FALSE(has_button(p, "打印"));
  s.kiosk.print = core::KioskPrint::Printed;
  draw(*t, s);
  CHECK(p.find("已打印，请取走凭条"));
  s.kiosk.print = core::KioskPrint::Failed;
  s.kiosk.print_problem_key = "printer.cover_open";
  draw(*t, s);
  CHECK(p.find("打印失败：纸仓盖未合"));
  CHECK(has_button(p, "打印"));  // the printer is ready again: one may retry
}

TEST_CASE("the welcome invitation grows when nobody has been there for a while") {
  auto t = open_terminal(core::Mode::Kiosk, true, 1920, 1080);
  core::AppState s = t->state();
  draw(*t, s);
  const auto normal = t->renderer().probe().find("请将身份证放在读卡区");
  s.attract = true;
  draw(*t, s);
  const auto attract = t->renderer().probe().find("请将身份证放在读卡区");
  REQUIRE(normal);
  REQUIRE(attract);
  CHECK(attract->h > normal->h * 1.2f);
  check_layout(t->renderer().probe(), 1920, 1080);
  s.notice_key = "kiosk.take_card";
  draw(*t, s);
  CHECK(t->renderer().probe().find("请取回您的身份证"));
}

TEST_CASE("every benefit type and status word has its name in both languages") {
  auto c = app::load_catalog(std::filesystem::path(ONEWINDOW_SOURCE_DIR) / "assets/i18n");
  REQUIRE(c.ok());
  for (auto type : core::all_benefit_types())
    for (auto lang : {core::Language::ZhCN, core::Language::En})
      CHECK_MESSAGE(c->has(lang, "benefit." + std::string(core::benefit_type_code(type))), core::benefit_type_code(type));
  CHECK(c->get(core::Language::ZhCN, "benefit.rural_dibao") == "最低生活保障（农村）");
  for (auto s : core::all_application_statuses())
    CHECK(c->has(core::Language::En, "app_status." + std::string(core::status_code(s))));
}

// Every kiosk screen as pixels: the other tests trust the layout probe, this one checks that each
// text the probe recorded really left ink inside its box on the frame (not clipped away, covered, or
// drawn in the background's colour). With ONEWINDOW_SHOTS_DIR set the frames are also written as
// PNG files to look at: ONEWINDOW_SHOTS_DIR=/tmp/kioskui-shots ctest -R 'really drawn'.
TEST_CASE("every kiosk screen's texts are really drawn: ink in each text's box, at every size") {
  const char* dir = std::getenv("ONEWINDOW_SHOTS_DIR");
  if (dir) std::filesystem::create_directories(dir);
  struct Shot {
    int w, h;
    bool large;
    core::Language lang;
    const char* tag;
  };
  for (Shot sh : {Shot{1280, 800, false, core::Language::ZhCN, "1280x800"},
                  Shot{1080, 1920, true, core::Language::ZhCN, "1080x1920-large"},
                  Shot{1920, 1080, false, core::Language::En, "1920x1080-en"},
                  Shot{1920, 1080, false, core::Language::ZhCN, "1920x1080"},
                  Shot{1280, 1024, true, core::Language::ZhCN, "1280x1024-large"}}) {
    auto t = open_terminal(core::Mode::Kiosk, true, sh.w, sh.h);
    auto check_frame = [&](const core::AppState& s, const std::string& name) {
      draw(*t, s);
      const Image im = grab(t->window());
      const std::string where = name + " " + sh.tag;
      int texts = 0;
      for (const auto& item : t->renderer().probe().items()) {
        if (item.kind != ui::DrawnItem::Kind::Text || item.label.find_first_not_of(' ') == std::string::npos) continue;
        ++texts;
        const bool inside = item.x >= 0 && item.y >= 0 && item.x < static_cast<float>(im.w) &&
                            item.y < static_cast<float>(im.h);
        REQUIRE_MESSAGE(inside, item.label << " lies outside the frame at " << where);
        CHECK_MESSAGE(ink_pixels(im, item.x, item.y, item.w, item.h) > 0, item.label << " has no ink at " << where);
      }
      CHECK_MESSAGE(texts >= 2, where);
      if (dir)
        CHECK(ui::write_png_rows(std::string(dir) + "/" + name + "-" + sh.tag + ".png", im.w, im.h,
                                 [&](int y0, int rows, std::uint8_t* rgba) { t->window().read_rows(y0, rows, rgba); })
                  .ok());
    };
    for (auto screen : {core::ScreenId::CardReading, core::ScreenId::ResidentStatus, core::ScreenId::UnknownPerson,
                        core::ScreenId::SlipProgress, core::ScreenId::KioskMessage, core::ScreenId::Welcome,
                        core::ScreenId::KioskGuide, core::ScreenId::KioskGuideItem}) {
      core::AppState s = visit_state(t->state(), screen, sh.large, sh.lang);
      const std::string name(core::screen_name(screen));
      const int pages = screen == core::ScreenId::ResidentStatus ? 8 : screen == core::ScreenId::KioskGuideItem ? 3 : 1;
      for (int page = 0; page < pages; ++page) {
        s.kiosk.scroll_px = static_cast<float>(page) * (static_cast<float>(sh.h) * 0.4f);
        check_frame(s, name + (page ? "-p" + std::to_string(page) : ""));
      }
      if (screen == core::ScreenId::Welcome) {
        s.attract = true;
        check_frame(s, "welcome-attract");
      }
      if (screen == core::ScreenId::ResidentStatus) {
        s.kiosk.countdown_s = 8;
        check_frame(s, "countdown");
      }
    }
  }
}

TEST_CASE("wrapped lines keep to the width, lose nothing and never end on an opening bracket") {
  auto t = open_terminal(core::Mode::Kiosk);
  const std::string text = "您可能可以申请：高龄津贴（90–99 周岁），请携带身份证、户口簿和银行卡/惠农一卡通账号到窗口办理。";
  const std::string english = "Please have your bank card details checked at the counter (window 3).";
  t->renderer().render_custom(core::Language::ZhCN, t->window(), [&](ui::UiContext& ui, float, float) {
    for (float width : {300.0f, 420.0f, 700.0f}) {
      for (const std::string& s : {text, english}) {
        const auto lines = ui::widgets::wrap_lines(ui, ui::FontRole::Body, s, width);
        CHECK(lines.size() >= 2);
        std::string joined;
        for (const auto& l : lines) {
          CHECK_MESSAGE(ui::widgets::measure(ui, ui::FontRole::Body, l).x <= width + 0.5f, l);
          CHECK_MESSAGE(l.rfind("（") != l.size() - std::string("（").size(), l);
          CHECK_MESSAGE(l.find("，") != 0, l);
          joined += l;
        }
        std::string squeezed = s;
        std::erase(squeezed, ' ');
        std::erase(joined, ' ');
        CHECK(joined == squeezed);
      }
    }
  });
}
