// Kiosk: 好差评 after a visit (issue 22) — the shared rating panel in the middle of the screen, with
// the seconds left before it is skipped. Nothing of the visit is shown any more.
#include <algorithm>

#include "core/rating/rating_flow.h"
#include "ui/screens/screens.h"
#include "ui/widgets/rating_panel.h"

namespace ui::screens {

void draw_kiosk_rating(const core::AppState& s, UiContext& ui, Area a) {
  const Theme& t = ui.theme;
  const Column c = content_column(ui, a);
  widgets::RatingPanelLook look;
  look.seconds_left = core::rating::seconds_left(s);
  // Laid out once off-screen height-wise would need a probe; the panel is short, so a fixed top
  // leaves it centred enough on every kiosk size.
  const float top = a.y0 + std::max(t.px(32), a.h() * 0.12f);
  widgets::rating_panel(ui, s.rating, {c.x0, top, c.x1, a.y1 - t.px(24)}, look);
}

}  // namespace ui::screens
