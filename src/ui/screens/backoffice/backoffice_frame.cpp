// The back office's screens: today the work queue.
#include "ui/screens/screens.h"

namespace ui::screens {

void draw_backoffice(const core::AppState& s, UiContext& ui, Area area) { draw_work_queue(s, ui, area); }

}  // namespace ui::screens
