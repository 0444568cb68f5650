// Kiosk: a genuine slip was scanned. A slip alone reveals progress only, never amounts, addresses
// or ID numbers; until the kiosk's progress timeline lands this shows which application it is.
#include "ui/screens/screens.h"
#include "ui/widgets/widgets.h"

namespace ui::screens {

void draw_slip_scanned(const core::AppState& s, UiContext& ui, Area a) {
  using namespace widgets;
  const Theme& t = ui.theme;
  float y = a.y0 + (a.y1 - a.y0) * 0.22f;
  y += text_centered(ui, FontRole::Title, ui.tr("slip.title"), a.x0, a.x1, y, t.ink) + t.px(40);
  y += text_centered(ui, FontRole::Body, ui.tr("slip.acceptance_no"), a.x0, a.x1, y, t.ink_muted) + t.px(12);
  y += text_centered(ui, FontRole::Heading, s.slip_acceptance_no, a.x0, a.x1, y, t.ink) + t.px(40);
  text_centered(ui, FontRole::Body, ui.tr("slip.progress_soon"), a.x0, a.x1, y, t.ink_muted);
}

}  // namespace ui::screens
