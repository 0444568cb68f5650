// Step 4, declarations: the item's own fields from the catalog with their units, choices as
// buttons, and the totals (家庭月收入合计, 家庭人均月收入, 个人自付) following the typing.
#include <algorithm>

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
  // Fields on the left two thirds (in two columns when one would not hold them all), totals on the
  // right: a required field that did not fit could not be filled, and would block 下一步.
  const float totals_w = a.w() * 0.32f;
  const float h = row_h(ui), g = gap(ui);
  const float fields_w = a.w() - totals_w - g * 2;
  const auto rows_fit = static_cast<std::size_t>(std::max(1.0f, (a.h() + g) / (h + g)));
  // Amounts and counts go in a grid; choices and free text take whole rows below it.
  std::vector<const core::DeclarationField*> grid, wide;
  for (const auto& d : item->declarations)
    (d.kind == core::DeclarationKind::Money || d.kind == core::DeclarationKind::Count ? grid : wide).push_back(&d);
  const int columns = grid.size() + wide.size() > rows_fit ? 2 : 1;
  const float col_w = columns == 1 ? fields_w : (fields_w - g) / 2;
  const float label_w = columns == 1 ? t.px(300) : col_w * 0.45f;
  const float money_w = columns == 1 ? t.px(260) : col_w * 0.36f;
  const std::size_t grid_rows = (grid.size() + static_cast<std::size_t>(columns) - 1) / static_cast<std::size_t>(columns);
  auto value_of = [&](const core::DeclarationField& d) {
    auto it = f.declarations.find(d.key);
    return it == f.declarations.end() ? std::string() : it->second;
  };
  auto label_of = [](const core::DeclarationField& d) { return d.required ? d.label + " *" : d.label; };
  for (std::size_t i = 0; i < grid.size(); ++i) {
    const core::DeclarationField& d = *grid[i];
    const float x0 = a.x0 + static_cast<float>(i / grid_rows) * (col_w + g);
    y = a.y0 + static_cast<float>(i % grid_rows) * (h + g);
    widgets::FieldOptions o;
    o.ascii_only = true;
    o.max_bytes = 14;
    const std::string label = label_of(d);
    form_field(ui, label, value_of(d), F::Declaration, x0, y, label_w, money_w, o, -1, d.key);
    const float th = widgets::measure(ui, FontRole::Small, d.unit).y;
    widgets::text_at(ui, FontRole::Small, d.unit, {x0 + label_w + money_w + g / 2, y + (h - th) / 2}, t.ink_muted);
  }
  y = a.y0 + static_cast<float>(grid_rows) * (h + g);
  const float wide_label_w = columns == 1 ? label_w : t.px(300);
  for (const core::DeclarationField* dp : wide) {
    const core::DeclarationField& d = *dp;
    if (y + h > a.y1) break;
    const std::string value = value_of(d), label = label_of(d);
    if (d.kind == core::DeclarationKind::Choice) {
      const float th = widgets::measure(ui, FontRole::Small, label).y;
      widgets::text_at(ui, FontRole::Small, label, {a.x0, y + (h - th) / 2}, t.ink);
      float x = a.x0 + wide_label_w;
      for (const auto& c : d.choices) {
        const float bw = widgets::measure(ui, FontRole::Small, c).x + t.px(80);
        if (x + bw > a.x0 + fields_w) break;
        if (choice_button(ui, c, value == c, {x, y}, {bw, h}))
          ui.emit(core::intent::EditForm{F::Declaration, c, -1, d.key});
        x += bw + g;
      }
    } else {
      widgets::FieldOptions o;
      o.max_bytes = 1500;
      form_field(ui, label, value, F::Declaration, a.x0, y, wide_label_w, fields_w - wide_label_w, o, -1, d.key);
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
