// 好差评 on the counter's resident-facing window (issue 22), drawn for real on Xvfb from views built
// directly: under 已受理 at every window size the panel is drawn whole — the five levels, the reasons
// after a low one, the thanks — with targets of at least 60 px, nothing overlapping or off the window,
// in both languages; without a rating the window stays a display (no buttons).
#include <string>

#include "core/counter/resident_view.h"
#include "core/domain/rating.h"
#include "ui/screens/counter/resident_screen.h"
#include "ui/widgets/layout_probe.h"
#include "ui_test_support.h"

using namespace uitest;

namespace {

core::ResidentView accepted_view(core::Language lang) {
  core::ResidentView v;
  v.phase = core::ResidentPhase::Accepted;
  v.language = lang;
  v.hall_name = "玄武区锁金村街道便民服务中心";
  v.window_no = 3;
  v.staff_name = "李明";
  v.staff_no = "A01";
  v.name_masked = "陈*欣";
  v.id_masked = "810000********0021";
  v.item_name = "最低生活保障（低保）申请";
  v.missing = {"家庭成员及收入财产申报表", "家庭经济状况核对授权书", "户口簿"};
  v.acceptance_no = "320102-03-20261202-0001";
  core::RatingPanel r;
  r.open = true;
  r.channel = core::RatingChannel::Counter;
  r.acceptance_no = v.acceptance_no;
  v.rating = r;
  return v;
}

const ui::LayoutProbe& draw_at(app::Terminal& t, const core::ResidentView& v, float w, float h) {
  t.renderer().render_custom(v.language, t.window(), [&](ui::UiContext& ui, float, float) {
    ui::screens::draw_resident_screen(v, ui, w, h);
  });
  return t.renderer().probe();
}

int buttons(const ui::LayoutProbe& p, const std::string& where) {
  int n = 0;
  for (const auto& i : p.items()) {
    if (i.kind != ui::DrawnItem::Kind::Button) continue;
    ++n;
    CHECK_MESSAGE(i.h >= 60, i.label << " is " << i.h << " px high at " << where);
    CHECK_MESSAGE(i.w >= 60, i.label << " is " << i.w << " px wide at " << where);
  }
  return n;
}

}  // namespace

TEST_CASE("resident window: the 好差评 panel under 已受理 is drawn whole at every size, in both languages") {
  auto t = open_terminal(core::Mode::Counter, false, 1920, 1200);
  struct Size {
    int w, h;
  };
  const int reasons = static_cast<int>(core::kRatingReasons.size());
  for (Size sz : {Size{1920, 1080}, Size{1920, 1200}, Size{1280, 800}, Size{1280, 720}, Size{1024, 768}})
    for (auto lang : {core::Language::ZhCN, core::Language::En}) {
      const std::string where = std::to_string(sz.w) + "x" + std::to_string(sz.h) +
                                (lang == core::Language::En ? " en" : " zh");
      core::ResidentView v = accepted_view(lang);
      const float w = static_cast<float>(sz.w), h = static_cast<float>(sz.h);
      // The five levels and 跳过, under the number.
      const auto& levels = draw_at(*t, v, w, h);
      check_layout(levels, sz.w, sz.h, where + " levels");
      CHECK_MESSAGE(buttons(levels, where) == core::kRatingLevels + 1, where);
      CHECK_MESSAGE(levels.all_text().find("320102-03-20261202-0001") != std::string::npos, where);
      if (lang == core::Language::ZhCN && sz.h >= 800) {  // room for all of 已受理 above the levels
        CHECK_MESSAGE(levels.all_text().find("已受理") != std::string::npos, where);
        CHECK_MESSAGE(levels.all_text().find("请尽快补交：家庭成员及收入财产申报表") != std::string::npos, where);
      }
      // 非常不满意 chosen: the reasons and 跳过.
      v.rating->level = 1;
      const auto& low = draw_at(*t, v, w, h);
      check_layout(low, sz.w, sz.h, where + " reasons");
      CHECK_MESSAGE(buttons(low, where + " reasons") == reasons + 1, where);
      // Rated: the thanks, nothing to press, the number shown again.
      v.rating->level = 0;
      v.rating->rated = true;
      v.rating->level_given = 1;
      const auto& thanks = draw_at(*t, v, w, h);
      check_layout(thanks, sz.w, sz.h, where + " thanks");
      CHECK(buttons(thanks, where) == 0);
      CHECK_MESSAGE(thanks.all_text().find("320102-03-20261202-0001") != std::string::npos, where);
    }
  // Without the panel (a counter with no rating open, or a refusal) there is nothing to press.
  core::ResidentView plain = accepted_view(core::Language::ZhCN);
  plain.rating.reset();
  CHECK(buttons(draw_at(*t, plain, 1920, 1080), "no rating") == 0);
  CHECK(draw_at(*t, plain, 1920, 1080).all_text().find("请您评价本次服务") == std::string::npos);
}
