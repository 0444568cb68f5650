// The maintenance exit (F12): an admin's staff number and PIN on the staff desks' sign-in form, and
// 取消 back to the screen it covers. Drawn in place of the running screen, in any mode.
#include "ui/screens/desk_sign_in.h"
#include "ui/screens/screens.h"

namespace ui::screens {

void draw_maintenance(const core::AppState& state, UiContext& ui, Area area) {
  const Theme& t = ui.theme;
  draw_desk_sign_in(state, ui, area,
                    DeskSignInView{state.maintenance.draft, nullptr, "maintenance.title", "maintenance.title",
                                   "maintenance.hint"});
  const float pad = t.px(Theme::kPaddingPx);
  const float bw = t.px(260), bh = t.px(Theme::kTouchTargetPx);
  if (!state.maintenance.draft.checking &&
      widgets::button_at(ui, ui.tr("maintenance.cancel"), {area.x1 - bw - pad, area.y1 - bh - pad}, {bw, bh}))
    ui.emit(core::intent::CancelMaintenance{});
}

}  // namespace ui::screens
