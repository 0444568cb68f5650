// Step 5, materials (一次性告知): the item's checklist, ticked as staff receive each paper. What
// is missing is listed; staff accept anyway (容缺受理: 待补正, the slip lists what to bring) or
// refuse to accept (不予受理) with a reason picked or typed.
#include <algorithm>

#include "ui/screens/counter/counter_blocks.h"

namespace ui::screens::counter {

void draw_materials_step(const core::AppState& s, UiContext& ui, widgets::Area a) {
  using F = core::intent::FormField;
  const Theme& t = ui.theme;
  const auto& f = s.counter.form;
  const core::ServiceItem* item = s.counter_catalog->services.find(f.item_code);
  if (!item) return;
  const float h = row_h(ui), g = gap(ui);
  float y = a.y0;
  widgets::text_at(ui, FontRole::Small, ui.tr("counter.materials_prompt"), {a.x0, y}, t.ink_muted);
  y += h;
  // The checklist in two columns; required ones say so.
  const float col_w = (a.w() - g) / 2;
  int i = 0;
  for (const core::Material* m : core::item_materials(*item)) {
    const bool required = std::any_of(item->required.begin(), item->required.end(),
                                      [&](const core::Material& r) { return r.code == m->code; });
    const bool got = std::find(f.received.begin(), f.received.end(), m->code) != f.received.end();
    std::string label = m->name;
    if (!required) label += "（" + std::string(ui.tr("counter.optional")) + "）";
    if (choice_button(ui, fit(ui, FontRole::Small, label, col_w - t.px(70)), got,
                      {a.x0 + static_cast<float>(i % 2) * (col_w + g), y}, {col_w, h}))
      ui.emit(core::intent::ToggleMaterial{m->code});
    if (i % 2 == 1) y += h + g;
    ++i;
  }
  if (i % 2 == 1) y += h + g;
  y += g;

  // What the form will become.
  const auto missing = core::missing_required(f, *item);
  std::string summary;
  if (missing.empty()) {
    summary = std::string(ui.tr("counter.materials_complete"));
  } else {
    summary = std::string(ui.tr("counter.materials_missing"));
    for (std::size_t k = 0; k < missing.size(); ++k) summary += (k ? "、" : "") + missing[k]->name;
  }
  for (const auto& l : widgets::wrap_lines(ui, FontRole::Small, summary, a.w())) {
    widgets::text_at(ui, FontRole::Small, l, {a.x0, y}, missing.empty() ? t.ok : t.warn);
    y += widgets::measure(ui, FontRole::Small, l).y;
  }
  y += g;
  const bool refuse = f.decision == core::IntakeDecision::Refuse;
  const std::string accept_label(ui.tr(missing.empty() ? "counter.decide_accept" : "counter.decide_accept_missing"));
  const float bw = t.px(380);
  if (choice_button(ui, accept_label, !refuse, {a.x0, y}, {bw, h}))
    ui.emit(core::intent::ChooseDecision{core::IntakeDecision::Accept});
  if (choice_button(ui, ui.tr("counter.decide_refuse"), refuse, {a.x0 + bw + g, y}, {bw, h}))
    ui.emit(core::intent::ChooseDecision{core::IntakeDecision::Refuse});
  y += h + g;
  if (!refuse) return;
  // Reasons: pick one or type another.
  float x = a.x0;
  for (const std::string& r : s.counter_catalog->choices.refusal_reasons) {
    const float rw = widgets::measure(ui, FontRole::Small, r).x + t.px(80);
    if (x + rw > a.x1) {
      x = a.x0;
      y += h + g;
    }
    if (choice_button(ui, r, f.refusal_reason == r, {x, y}, {rw, h}))
      ui.emit(core::intent::EditForm{F::RefusalReason, r, -1, {}});
    x += rw + g;
  }
  y += h + g;
  if (y + h <= a.y1)
    form_field(ui, ui.tr("counter.refusal_reason"), f.refusal_reason, F::RefusalReason, a.x0, y, t.px(220),
               a.w() - t.px(220));
}

}  // namespace ui::screens::counter
