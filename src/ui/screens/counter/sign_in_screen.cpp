// Sign-in (工号 + 密码) and the locked screen (暂离 or idle: only the PIN of whoever locked it opens
// it again, and the form they were filling is still there): the staff desks' screen.
#include "ui/screens/counter/counter_blocks.h"
#include "ui/screens/desk_sign_in.h"

namespace ui::screens::counter {

void draw_sign_in(const core::AppState& s, UiContext& ui, widgets::Area a) {
  const bool locked = s.screen == core::ScreenId::CounterLocked && s.counter.staff;
  draw_desk_sign_in(s, ui, a,
                    {s.counter.sign_in, locked ? &*s.counter.staff : nullptr, "counter.sign_in_title",
                     "counter.locked_title", "counter.demo_hint"});
}

}  // namespace ui::screens::counter
