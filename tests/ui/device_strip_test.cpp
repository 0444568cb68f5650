// The device strip (ui/screens/chrome.cpp) on the kiosk, rendered for real on Xvfb: one line on
// landscape screens at either text size, in words where they fit.
#include <cmath>
#include <string>
#include <vector>

#include "kiosk_fixtures.h"
#include "ui_test_support.h"

using namespace uitest;

// The device strip is for staff; the room above it is the resident's. While the three devices fit
// on one line in words they are said in words; where they do not (大字模式 in English at 1280×800
// took three lines, 290 px), a device that works is named alone beside its filled dot.
TEST_CASE("the kiosk's device strip keeps to one line on landscape screens at either text size, in words where they fit") {
  struct Size {
    int w, h;
  };
  for (Size sz : {Size{1920, 1080}, Size{1280, 800}, Size{1280, 1024}, Size{1024, 768}, Size{1080, 1920}}) {
    auto t = open_terminal(core::Mode::Kiosk, true, sz.w, sz.h);
    for (bool large : {false, true})
      for (auto lang : {core::Language::ZhCN, core::Language::En}) {
        core::AppState s = visit_state(t->state(), core::ScreenId::Welcome, large, lang);
        const std::string where = std::to_string(sz.w) + "x" + std::to_string(sz.h) + (large ? " large" : "") +
                                  (lang == core::Language::En ? " en" : " zh");
        draw(*t, s);
        draw(*t, s);  // the first frame after a text-size change builds the atlas
        const auto& p = t->renderer().probe();
        const bool en = lang == core::Language::En;
        std::vector<ui::DrawnItem> devices;
        for (const char* name : {en ? "Card reader" : "读卡器", en ? "Scanner" : "扫码枪", en ? "Printer" : "打印机"})
          for (const auto& i : p.items())
            if (i.label.rfind(name, 0) == 0) {
              devices.push_back(i);
              break;
            }
        REQUIRE_MESSAGE(devices.size() == 3, where);
        // One line on every landscape screen from 1280 wide; narrower ones may wrap, never overlap.
        for (const auto& d : devices) {
          if (sz.w >= 1280 && sz.w > sz.h) CHECK_MESSAGE(std::abs(d.y - devices[0].y) < 1.0f, d.label << " off the line at " << where);
          for (const auto& e : devices)
            if (&e != &d) CHECK_MESSAGE((d.x + d.w <= e.x || e.x + e.w <= d.x || d.y + d.h <= e.y || e.y + e.h <= d.y), where);
        }
        // Where the words fit they stay; 1280×800 in 大字模式 in English is where they did not.
        const std::string reader = devices[0].label;
        if (sz.w == 1920 && !large) CHECK_MESSAGE(reader == (en ? "Card reader connected" : "读卡器 已连接"), reader << " at " << where);
        if (sz.w == 1280 && sz.h == 800 && large && en) CHECK_MESSAGE(reader == "Card reader", reader << " at " << where);
      }
  }
}
