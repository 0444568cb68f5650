// Kiosk: a card is on the reader. 「正在读卡…」 in large type, the two steps (读取证件 → 查询信息)
// with the one under way highlighted, and a plea to leave the card where it is.
#include <algorithm>
#include <string>

#include <imgui.h>

#include "ui/screens/screens.h"

namespace ui::screens {

void draw_card_reading(const core::AppState& s, UiContext& ui, Area a) {
  using namespace widgets;
  const Theme& t = ui.theme;
  const Column c = content_column(ui, a);
  const float w = c.x1 - c.x0;
  const std::string_view title = ui.tr("kiosk.reading");
  const std::string_view keep = ui.tr("kiosk.keep_card");
  // Step 1 while the card is read, step 2 once it is read and the look-up runs.
  const int at = s.kiosk.card ? 1 : 0;
  const std::string steps[2] = {std::string(ui.tr("kiosk.step_read_card")), std::string(ui.tr("kiosk.step_look_up"))};

  // The largest set of sizes whose lines fit the area (a short landscape screen in 大字模式 steps down).
  struct Sizes {
    FontRole big, line;
  };
  Sizes z{FontRole::Display, FontRole::Heading};
  float line_h = 0, r = 0, gap = 0, keep_h = 0;
  for (Sizes cand : {Sizes{FontRole::Display, FontRole::Heading}, Sizes{FontRole::Title, FontRole::Heading},
                     Sizes{FontRole::Title, FontRole::Body}, Sizes{FontRole::Heading, FontRole::Body},
                     Sizes{FontRole::Body, FontRole::Small}}) {
    z = cand;
    line_h = measure(ui, z.line, "A").y;
    r = line_h * 0.4f;
    gap = t.px(z.big == FontRole::Display ? 40 : z.big == FontRole::Title ? 20 : 8);
    keep_h = static_cast<float>(wrap_lines(ui, z.line, keep, w).size()) * line_h;
    const float total = measure(ui, z.big, title).y + gap + 2.6f * r + t.px(12) + line_h + gap + keep_h;
    if (measure(ui, z.big, title).x <= w && total <= a.h() - t.px(16)) break;
  }
  const FontRole big = z.big, role = z.line;
  const float total = measure(ui, big, title).y + gap + 2.6f * r + t.px(12) + line_h + gap + keep_h;
  float y = a.y0 + std::max(t.px(8), (a.h() - total) / 2);
  y += text_centered(ui, big, title, c.x0, c.x1, y, t.ink) + gap;

  // Two steps side by side, each a numbered circle over its words, joined by a line.
  const float col_w = std::min(w / 2, std::max(measure(ui, role, steps[0]).x, measure(ui, role, steps[1]).x) +
                                          t.px(80));
  const float x0 = (c.x0 + c.x1) / 2 - col_w;
  const float cy = y + r * 1.3f;
  auto* dl = ImGui::GetWindowDrawList();
  const Rgb joint = at >= 1 ? t.ok : t.idle;
  dl->AddLine(ImVec2(x0 + col_w / 2 + r * 1.4f, cy), ImVec2(x0 + col_w * 1.5f - r * 1.4f, cy),
              IM_COL32(joint.r, joint.g, joint.b, 255), t.px(4));
  for (int i = 0; i < 2; ++i) {
    const float cx = x0 + col_w * (static_cast<float>(i) + 0.5f);
    const bool done = i < at, current = i == at;
    if (done) {
      dot({cx, cy}, r, t.ok, true);
      mark(Mark::Tick, {cx - r * 0.7f, cy - r * 0.7f}, r * 1.4f, t.card);
    } else if (current) {
      dot({cx, cy}, r * 1.3f, t.current, false);
      dot({cx, cy}, r * 0.8f, t.current, true);
    } else {
      dot({cx, cy}, r, t.idle, false);
    }
    const float lw = measure(ui, role, steps[i]).x;
    const float ly = cy + r * 1.3f + t.px(12);
    if (current)
      filled_rect({cx - lw / 2 - t.px(10), ly - t.px(2)}, {cx + lw / 2 + t.px(10), ly + line_h + t.px(2)},
                  t.current_fill, t.px(8));
    text_at(ui, role, steps[i], {cx - lw / 2, ly}, current ? t.current : done ? t.ink : t.idle);
  }
  y = cy + r * 1.3f + t.px(12) + line_h + gap;
  centered_lines(ui, role, keep, c.x0, c.x1, y, t.warn);
}

}  // namespace ui::screens
