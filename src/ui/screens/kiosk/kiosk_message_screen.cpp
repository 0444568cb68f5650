// Kiosk: a plain sentence in large type (系统维护中，请到窗口办理 …) until the visit ends; never a
// technical message (the log has the detail). 返回首页 is on the visit bar above.
#include <algorithm>

#include "ui/screens/screens.h"

namespace ui::screens {

void draw_kiosk_message(const core::AppState& s, UiContext& ui, Area a) {
  using namespace widgets;
  const Theme& t = ui.theme;
  const Column c = content_column(ui, a);
  const std::string_view sentence = ui.tr(s.kiosk.message_key.empty() ? "kiosk.store_down" : s.kiosk.message_key);
  // Title size unless its lines would not fit the height (a short screen in 大字模式).
  FontRole role = FontRole::Title;
  float line_h = 0, h = 0;
  for (FontRole r : {FontRole::Title, FontRole::Heading, FontRole::Body}) {
    role = r;
    line_h = measure(ui, r, sentence).y;
    h = line_h * static_cast<float>(wrap_lines(ui, r, sentence, c.x1 - c.x0).size());
    if (h <= a.h() - t.px(48)) break;
  }
  const float y = a.y0 + std::max(t.px(24), (a.h() - h) / 2 - t.px(40));
  const float mark_size = line_h * 1.2f;
  // An information mark above the words: a ring with a bar, drawn, not a glyph.
  const float cx = (c.x0 + c.x1) / 2;
  if (y - a.y0 > mark_size + t.px(32)) {
    // An "i": a dot over a bar inside a ring.
    const float top = y - mark_size - t.px(24);
    const float stroke = std::max(t.px(4), mark_size * 0.09f);
    mark(Mark::HollowDot, {cx - mark_size / 2, top}, mark_size, t.warn);
    dot({cx, top + mark_size * 0.3f}, stroke * 0.75f, t.warn, true);
    filled_rect({cx - stroke / 2, top + mark_size * 0.42f}, {cx + stroke / 2, top + mark_size * 0.74f}, t.warn,
                stroke / 3);
  }
  centered_lines(ui, role, sentence, c.x0, c.x1, y, t.ink);
}

}  // namespace ui::screens
