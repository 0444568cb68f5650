// The back office's window: sign-in (or the locked screen), else the queue, the case a claim
// opened, the 年审 tab or the 主动发现 tab, each with the bar (who is signed in, 暂离, 退出) at its foot.
#include "ui/screens/backoffice/backoffice_blocks.h"
#include "ui/screens/desk_sign_in.h"

namespace ui::screens {

void draw_backoffice(const core::AppState& s, UiContext& ui, Area a) {
  const core::BackofficeSession& b = s.backoffice;
  if (s.screen == core::ScreenId::BackofficeSignIn || s.screen == core::ScreenId::BackofficeLocked || !b.staff) {
    const bool locked = s.screen == core::ScreenId::BackofficeLocked && b.staff;
    draw_desk_sign_in(s, ui, a,
                      {b.sign_in, locked ? &*b.staff : nullptr, "backoffice.sign_in_title", "backoffice.locked_title",
                       "backoffice.demo_hint"});
    return;
  }
  // Each draws the bar (who, 暂离, 退出) at its foot.
  if (s.screen == core::ScreenId::BackofficeCase) backoffice::draw_case(s, ui, a);
  else if (s.screen == core::ScreenId::BackofficeReviews) backoffice::draw_reviews(s, ui, a);
  else if (s.screen == core::ScreenId::BackofficeDiscovery) backoffice::draw_discovery(s, ui, a);
  else if (s.screen == core::ScreenId::BackofficeStatistics) backoffice::draw_statistics(s, ui, a);
  else draw_work_queue(s, ui, a);
}

}  // namespace ui::screens
