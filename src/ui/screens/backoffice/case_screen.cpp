// Back office: the case a claim opened (BackofficeSession::case_view) — the queue's bar at the foot
// (who is signed in, 暂离, 退出), the case above it (case_panels.h).
#include "ui/screens/backoffice/backoffice_blocks.h"
#include "ui/screens/backoffice/case_panels.h"

namespace ui::screens::backoffice {

void draw_case(const core::AppState& s, UiContext& ui, Area whole) {
  const float pad = ui.theme.px(Theme::kPaddingPx);
  const Area a = draw_bar(s, ui, whole, whole.x0 + pad);
  draw_case_body(s, ui, a);
}

}  // namespace ui::screens::backoffice
