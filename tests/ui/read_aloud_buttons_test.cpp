// 朗读 and 朗读金额 on the kiosk's status screen (issue 22): shown only with voice on, touch
// targets of at least 60 px, fitting beside 打印 and the page buttons at every size, language and
// text size; pressing them asks for the status read aloud, amounts only from the second.
#include <string>

#include "kiosk_fixtures.h"
#include "ui/widgets/widgets.h"
#include "ui_test_support.h"

using namespace uitest;

namespace {

const ui::DrawnItem* button(const ui::LayoutProbe& p, std::string_view label) {
  for (const auto& i : p.items())
    if (i.kind == ui::DrawnItem::Kind::Button && i.label == label) return &i;
  return nullptr;
}

}  // namespace

TEST_CASE("朗读 and 朗读金额: only with voice on, large enough, fitting at every size") {
  struct Size {
    int w, h;
  };
  for (Size sz : {Size{1920, 1080}, Size{1280, 800}, Size{1080, 1920}}) {
    auto t = open_terminal(core::Mode::Kiosk, true, sz.w, sz.h);
    for (bool large : {false, true})
      for (auto lang : {core::Language::ZhCN, core::Language::En}) {
        core::AppState s = visit_state(t->state(), core::ScreenId::ResidentStatus, large, lang);
        const std::string read = lang == core::Language::ZhCN ? "朗读" : "Read aloud";
        const std::string amounts = lang == core::Language::ZhCN ? "朗读金额" : "Read amounts";
        const std::string where = std::to_string(sz.w) + "x" + std::to_string(sz.h) + (large ? " large" : "") +
                                  (lang == core::Language::En ? " en" : " zh");
        s.voice = false;
        draw(*t, s);
        CHECK_MESSAGE(button(t->renderer().probe(), read) == nullptr, where);
        s.voice = true;
        draw(*t, s);
        const auto& p = t->renderer().probe();
        check_layout(p, sz.w, sz.h, where + " voice");
        for (const std::string& label : {read, amounts}) {
          const ui::DrawnItem* b = button(p, label);
          REQUIRE_MESSAGE(b, label << " missing at " << where);
          CHECK_MESSAGE(b->h >= 60, label << " is " << b->h << " px high at " << where);
          CHECK_MESSAGE(b->w >= 60, label << " is " << b->w << " px wide at " << where);
        }
        CHECK_MESSAGE(button(p, lang == core::Language::ZhCN ? "打印" : "Print"), where);
      }
  }
}
