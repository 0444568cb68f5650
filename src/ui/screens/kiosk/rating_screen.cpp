// Kiosk: 好差评 after a visit (issue 22) — the shared rating panel in the middle of the screen, with
// the seconds left before it is skipped. Nothing of the visit is shown any more. The panel takes the
// largest type that fits the screen (大字模式 makes every size 1.5 times larger first); where none
// fits, it is skipped.
#include <algorithm>

#include "core/rating/rating_flow.h"
#include "ui/screens/screens.h"
#include "ui/widgets/rating_panel.h"

namespace ui::screens {

void draw_kiosk_rating(const core::AppState& s, UiContext& ui, Area a) {
  const Theme& t = ui.theme;
  const Column c = content_column(ui, a);
  const Area room{c.x0, a.y0 + t.px(12), c.x1, a.y1 - t.px(8)};
  widgets::RatingPanelLook look;
  look.seconds_left = core::rating::seconds_left(s);
  const auto fitted = widgets::fit_rating_panel(ui, s.rating, room, look);
  // Still too tall (no screen the kiosk supports, tests/ui/kiosk_screens_test: the device strip
  // gives this screen its room): a panel that cannot be drawn whole is not offered — a button cut
  // off at the window's edge would be a trap.
  if (!fitted) {
    ui.emit(core::intent::SkipRating{});
    return;
  }
  const float top = room.y0 + std::max(0.0f, (room.h() - fitted->height) / 2 - t.px(24));
  widgets::rating_panel(ui, s.rating, {room.x0, top, room.x1, room.y1}, fitted->look);
}

}  // namespace ui::screens
