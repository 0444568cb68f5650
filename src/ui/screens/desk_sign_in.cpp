#include "ui/screens/desk_sign_in.h"

#include "ui/screens/counter/counter_blocks.h"

namespace ui::screens {

void draw_desk_sign_in(const core::AppState& s, UiContext& ui, Area a, const DeskSignInView& v) {
  using namespace counter;
  const Theme& t = ui.theme;
  const bool locked = v.locked_by != nullptr;
  const auto& d = v.draft;
  const float pad = t.px(Theme::kPaddingPx);
  const float panel_w = std::min(a.w() - 2 * pad, t.px(900));
  const float x0 = a.x0 + (a.w() - panel_w) / 2;
  float y = a.y0 + t.px(60);

  y += widgets::text_centered(ui, FontRole::Title, ui.tr(locked ? v.locked_title_key : v.title_key), a.x0, a.x1, y,
                              t.ink) + pad;
  if (locked) {
    const std::string who = core::format(ui.tr("counter.locked_by"), {v.locked_by->name, v.locked_by->staff_no});
    y += widgets::text_centered(ui, FontRole::Body, who, a.x0, a.x1, y, t.ink_muted) + pad;
  }
  const float label_w = t.px(200), field_w = panel_w - label_w;
  widgets::FieldOptions ascii;
  ascii.ascii_only = true;
  ascii.max_bytes = 16;
  ascii.role = FontRole::Body;
  bool submit = false;
  if (!locked) {
    ascii.focus = true;  // once per showing of the screen (the field keeps it until tapped away)
    auto r = labelled_field(ui, ui.tr("counter.staff_no"), d.staff_no, x0, y, label_w, field_w, ascii);
    if (r.changed) ui.emit(core::intent::EditSignIn{*r.changed, d.pin});
    submit |= r.submitted;
    y += row_h(ui) + gap(ui);
  }
  widgets::FieldOptions pin = ascii;
  pin.password = true;
  pin.max_bytes = 8;
  pin.focus = locked;
  auto r = labelled_field(ui, ui.tr("counter.pin"), d.pin, x0, y, label_w, field_w, pin);
  if (r.changed) ui.emit(core::intent::EditSignIn{d.staff_no, *r.changed});
  submit |= r.submitted;
  y += row_h(ui) + pad;

  const float bw = t.px(260), bh = t.px(Theme::kTouchTargetPx);
  if (d.checking) {
    disabled_button(ui, ui.tr("counter.checking"), {x0 + label_w, y}, {bw, bh}, FontRole::Body);
  } else {
    if (widgets::button_at(ui, ui.tr(locked ? "counter.unlock" : "counter.sign_in"), {x0 + label_w, y}, {bw, bh},
                           FontRole::Body) ||
        submit)
      ui.emit(core::intent::SubmitSignIn{});
    if (locked && widgets::button_at(ui, ui.tr("counter.switch_staff"), {x0 + label_w + bw + pad, y},
                                     {t.px(300), bh}, FontRole::Body))
      ui.emit(core::intent::SignOut{});
  }
  y += bh + pad;
  if (s.demo && !locked) {
    widgets::text_at(ui, FontRole::Small, ui.tr(v.demo_hint_key), {x0 + label_w, y}, t.ink_muted);
    y += row_h(ui);
  }
  if (!d.problem.empty()) problem_list(ui, {say(ui, d.problem)}, {x0, y, x0 + panel_w, a.y1});
  else if (s.store == core::StoreLink::Unavailable)
    problem_list(ui, {std::string(ui.tr("counter.store_unavailable"))}, {x0, y, x0 + panel_w, a.y1});
}

}  // namespace ui::screens
