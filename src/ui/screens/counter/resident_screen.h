#pragma once
// The resident-facing screen at the counter (窗口外屏): the whole second window, drawn from the
// view core::resident_view() builds (already masked). Large text and nothing to press, except after
// 已受理 when the view carries the 好差评 panel: the resident rates on it (its intents go to ui).
#include "core/counter/resident_view.h"
#include "ui/widgets/ui_context.h"

namespace ui::screens {

void draw_resident_screen(const core::ResidentView& view, UiContext& ui, float width, float height);

}  // namespace ui::screens
