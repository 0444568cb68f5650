// Kiosk: a genuine slip was scanned. The slip alone reveals that application's progress and
// nothing else — no name, no amounts, no ID number, no address.
#include "core/text/i18n.h"
#include "ui/screens/kiosk/kiosk_blocks.h"
#include "ui/screens/screens.h"
#include "ui/widgets/progress_timeline.h"

namespace ui::screens {

void draw_slip_progress(const core::AppState& s, UiContext& ui, Area a) {
  using namespace widgets;
  const Theme& t = ui.theme;
  if (!s.kiosk.progress) {
    const Column c = content_column(ui, a);
    const std::string_view wait = ui.tr("kiosk.looking_up");
    const float h = measure(ui, FontRole::Title, wait).y;
    centered_lines(ui, FontRole::Title, wait, c.x0, c.x1, a.y0 + (a.h() - h) / 2, t.ink);
    return;
  }
  const core::ApplicationProgress& pr = *s.kiosk.progress;
  draw_paged(s, ui, a, [&](ScrollPanel& p) {
    const Column c = content_column(ui, p.view);
    float y = t.px(24);
    y += p.text_wrapped(FontRole::Body, ui.tr("kiosk.slip_title"), c.x0, y, c.x1 - c.x0, t.ink_muted) + t.px(8);
    y += p.text_wrapped(FontRole::Title, pr.item_name, c.x0, y, c.x1 - c.x0, t.ink) + t.px(12);
    y += p.text_wrapped(FontRole::Body, core::format(ui.tr("kiosk.acceptance_no"), {pr.acceptance_no}), c.x0, y,
                        c.x1 - c.x0, t.ink_muted) +
         t.px(32);
    const float pad = t.px(28), top = y;
    y += pad;
    y += progress_timeline(p, pr, c.x0 + pad, c.x1 - pad, y, s.hall.phone) + pad;
    p.rect({c.x0, top, c.x1, y}, t.card, t.px(16));
    p.outline({c.x0, top, c.x1, y}, t.card_edge, t.px(2), t.px(16));
    p.extend(y + t.px(16));
  });
}

}  // namespace ui::screens
