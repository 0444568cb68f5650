// Counter and back-office first screens until their issues land: a titled placeholder.
#include "ui/screens/screens.h"
#include "ui/widgets/widgets.h"

namespace ui::screens {

void draw_placeholder(const core::AppState& s, UiContext& ui, Area a) {
  using namespace widgets;
  const Theme& t = ui.theme;
  const bool counter = s.mode == core::Mode::Counter;
  float y = a.y0 + (a.y1 - a.y0) * 0.32f;
  y += text_centered(ui, FontRole::Title, ui.tr(counter ? "app.counter" : "app.backoffice"), a.x0, a.x1, y, t.ink) +
       t.px(32);
  text_centered(ui, FontRole::Heading, ui.tr(counter ? "counter.placeholder" : "backoffice.placeholder"), a.x0,
                a.x1, y, t.ink_muted);
}

}  // namespace ui::screens
