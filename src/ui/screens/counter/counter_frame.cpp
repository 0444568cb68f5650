// The counter window: a bar with who is signed in and the window's own buttons (新受理, 受理台账,
// 暂离, 退出), then the page: sign-in, the locked screen, the intake steps, 已受理, or the ledger.
#include "ui/screens/counter/counter_blocks.h"

namespace ui::screens {

void draw_counter(const core::AppState& s, UiContext& ui, Area a) {
  using namespace counter;
  const Theme& t = ui.theme;
  if (s.screen == core::ScreenId::CounterSignIn || s.screen == core::ScreenId::CounterLocked) {
    draw_sign_in(s, ui, a);
    return;
  }
  const float bar = row_h(ui) + 2 * gap(ui);
  draw_counter_bar(s, ui, {a.x0, a.y0, a.x1, a.y0 + bar});
  const Area rest{a.x0, a.y0 + bar, a.x1, a.y1};
  widgets::filled_rect({a.x0, rest.y0 - t.px(2)}, {a.x1, rest.y0}, t.card_edge);
  switch (s.screen) {
    case core::ScreenId::CounterIntake: draw_intake(s, ui, rest); break;
    case core::ScreenId::CounterAccepted: draw_accepted(s, ui, rest); break;
    case core::ScreenId::CounterLedger: draw_ledger(s, ui, rest); break;
    default: break;
  }
}

}  // namespace ui::screens

namespace ui::screens::counter {

void draw_counter_bar(const core::AppState& s, UiContext& ui, widgets::Area band) {
  const Theme& t = ui.theme;
  const float pad = t.px(Theme::kPaddingPx);
  const float h = row_h(ui);
  const float y = band.y0 + gap(ui);
  std::string who = core::format(ui.tr("counter.window_no"), {std::to_string(s.hall.terminal_number)});
  if (s.counter.staff) who += "  ·  " + s.counter.staff->name + "（" + s.counter.staff->staff_no + "）";
  const float text_h = widgets::measure(ui, FontRole::Small, who).y;
  widgets::text_at(ui, FontRole::Small, who, {band.x0 + pad, y + (h - text_h) / 2}, t.ink);

  // Right to left: 退出, 暂离, 受理台账, 新受理.
  const std::string_view labels[] = {ui.tr("counter.sign_out"), ui.tr("counter.lock"), ui.tr("counter.ledger"),
                                     ui.tr("counter.new_intake")};
  float x = band.x1 - pad;
  for (int i = 0; i < 4; ++i) {
    const float w = widgets::measure(ui, FontRole::Small, labels[i]).x + t.px(48);
    x -= w;
    const bool disabled = (i == 3 && (s.counter.pressing || s.screen == core::ScreenId::CounterIntake)) ||
                          (i == 2 && s.screen == core::ScreenId::CounterLedger);
    if (disabled) {
      disabled_button(ui, labels[i], {x, y}, {w, h});
    } else if (widgets::button_at(ui, labels[i], {x, y}, {w, h}, FontRole::Small)) {
      switch (i) {
        case 0: ui.emit(core::intent::SignOut{}); break;
        case 1: ui.emit(core::intent::LockDesk{}); break;
        case 2: ui.emit(core::intent::ShowLedger{true}); break;
        case 3: ui.emit(core::intent::NewIntake{}); break;
      }
    }
    x -= t.px(16);
  }
}

}  // namespace ui::screens::counter
