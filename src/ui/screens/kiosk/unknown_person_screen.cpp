// Kiosk: the card was read but this hall holds nothing for its holder. A plain sentence, and what
// they might apply for judging by the card alone (高龄津贴 by age).
#include "ui/screens/kiosk/kiosk_blocks.h"
#include "ui/screens/screens.h"

namespace ui::screens {

void draw_unknown_person(const core::AppState& s, UiContext& ui, Area a) {
  draw_paged(s, ui, a, [&](widgets::ScrollPanel& p) {
    const Theme& t = ui.theme;
    const Column c = content_column(ui, p.view);
    float y = t.px(24);
    y += p.text_wrapped(FontRole::Title, ui.tr("kiosk.unknown_person"), c.x0, y, c.x1 - c.x0, t.ink) + t.px(44);
    if (!s.kiosk.unknown_hints.empty()) {
      y += section_heading(p, ui.tr("kiosk.section_hints"), c.x0, c.x1, y);
      for (const auto& h : s.kiosk.unknown_hints) y += hint_card(p, h, c.x0, c.x1, y) + t.px(20);
    }
    p.extend(y);
  });
}

}  // namespace ui::screens
