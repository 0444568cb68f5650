// Step 4, declarations: the item's own fields from the catalog with their units, choices as
// buttons, and the totals (家庭月收入合计, 家庭人均月收入, 个人自付) following the typing.
#include "ui/screens/counter/counter_blocks.h"

namespace ui::screens::counter {

void draw_declarations_step(const core::AppState& s, UiContext& ui, widgets::Area a) {
  using F = core::intent::FormField;
  const Theme& t = ui.theme;
  const auto& f = s.counter.form;
  const core::ServiceItem* item = s.counter_catalog->services.find(f.item_code);
  if (!item) return;
  float y = a.y0;
  if (f.decision == core::IntakeDecision::Refuse) {
    widgets::text_at(ui, FontRole::Body, ui.tr("counter.declarations_refused"), {a.x0, y}, t.ink_muted);
    return;
  }
  if (item->declarations.empty()) {
    widgets::text_at(ui, FontRole::Body, ui.tr("counter.declarations_none"), {a.x0, y}, t.ink_muted);
    return;
  }
  // Fields on the left two thirds, totals on the right.
  const float totals_w = a.w() * 0.32f;
  const float left_w = a.w() - totals_w - gap(ui) * 2;
  const float label_w = t.px(300);
  const float h = row_h(ui), g = gap(ui);
  for (const core::DeclarationField& d : item->declarations) {
    if (y + h > a.y1) break;
    auto it = f.declarations.find(d.key);
    const std::string value = it == f.declarations.end() ? std::string() : it->second;
    const std::string label = d.required ? d.label + " *" : d.label;
    if (d.kind == core::DeclarationKind::Choice) {
      const float th = widgets::measure(ui, FontRole::Small, label).y;
      widgets::text_at(ui, FontRole::Small, label, {a.x0, y + (h - th) / 2}, t.ink);
      float x = a.x0 + label_w;
      for (const auto& c : d.choices) {
        const float bw = widgets::measure(ui, FontRole::Small, c).x + t.px(80);
        if (x + bw > a.x0 + left_w) break;
        if (choice_button(ui, c, value == c, {x, y}, {bw, h}))
          ui.emit(core::intent::EditForm{F::Declaration, c, -1, d.key});
        x += bw + g;
      }
    } else {
      widgets::FieldOptions o;
      o.ascii_only = d.kind != core::DeclarationKind::Text;
      o.max_bytes = d.kind == core::DeclarationKind::Text ? 1500 : 14;
      const float unit_w = d.unit.empty() ? 0 : widgets::measure(ui, FontRole::Small, d.unit).x + g;
      const float field_w = d.kind == core::DeclarationKind::Text ? left_w - label_w : t.px(260);
      form_field(ui, label, value, F::Declaration, a.x0, y, label_w, field_w - unit_w * 0, o, -1, d.key);
      if (!d.unit.empty()) {
        const float th = widgets::measure(ui, FontRole::Small, d.unit).y;
        widgets::text_at(ui, FontRole::Small, d.unit, {a.x0 + label_w + field_w + g, y + (h - th) / 2}, t.ink_muted);
      }
    }
    y += h + g;
  }

  // Totals: computed from what is typed now (empty counts as 0).
  const float tx = a.x1 - totals_w;
  float ty = a.y0;
  widgets::filled_rect({tx - g, a.y0 - g / 2}, {a.x1, a.y1}, t.card, t.px(8));
  widgets::text_at(ui, FontRole::Small, ui.tr("counter.totals"), {tx, ty}, t.ink_muted);
  ty += row_h(ui);
  for (const auto& line : core::declaration_totals(*item, f.declarations, core::household_size(f))) {
    widgets::text_at(ui, FontRole::Small, line.label, {tx, ty}, t.ink);
    ty += widgets::measure(ui, FontRole::Small, line.label).y;
    widgets::text_at(ui, FontRole::Body, line.value, {tx, ty}, t.current);
    ty += widgets::measure(ui, FontRole::Body, line.value).y + g;
  }
  widgets::text_at(ui, FontRole::Small,
                   core::format(ui.tr("counter.household_size"), {std::to_string(core::household_size(f))}), {tx, ty},
                   t.ink_muted);
}

}  // namespace ui::screens::counter
