// Step 2, the service item: the catalog's items as large buttons, narrowed by a search box that
// takes Chinese or pinyin initials (「dbsq」 finds 低保申请).
#include "core/counter/item_search.h"
#include "ui/screens/counter/counter_blocks.h"

namespace ui::screens::counter {

void draw_item_step(const core::AppState& s, UiContext& ui, widgets::Area a) {
  const Theme& t = ui.theme;
  const auto& cat = *s.counter_catalog;
  float y = a.y0;
  widgets::FieldOptions search;
  search.focus = s.counter.form.item_code.empty() && s.counter.item_query.empty();
  form_field(ui, ui.tr("counter.item_search"), s.counter.item_query, core::intent::FormField::ItemQuery, a.x0, y,
             t.px(190), std::min(a.w() - t.px(190), t.px(600)), search);
  y += row_h(ui) + gap(ui) * 2;

  const auto found = core::find_items(cat.services, s.counter.item_query, cat.initials);
  if (found.empty()) {
    widgets::text_at(ui, FontRole::Small, ui.tr("counter.item_none"), {a.x0, y}, t.ink_muted);
    y += row_h(ui);
  }
  // Two columns of item buttons.
  const float col_w = (a.w() - gap(ui)) / 2, h = row_h(ui) + t.px(8);
  int i = 0;
  for (const core::ServiceItem* item : found) {
    const float x = a.x0 + static_cast<float>(i % 2) * (col_w + gap(ui));
    if (y + h > a.y1) break;
    if (choice_button(ui, fit(ui, FontRole::Small, item->name, col_w - t.px(70)),
                      item->code == s.counter.form.item_code, {x, y}, {col_w, h}))
      ui.emit(core::intent::PickItem{item->code});
    if (i % 2 == 1) y += h + gap(ui);
    ++i;
  }
  if (i % 2 == 1) y += h + gap(ui);

  // The chosen item in plain words: who may apply and the promised time.
  if (const core::ServiceItem* item = cat.services.find(s.counter.form.item_code)) {
    y += gap(ui);
    const std::string line = core::format(ui.tr("counter.item_chosen"),
                                          {item->name, std::to_string(item->promised_working_days)});
    for (const auto& l : widgets::wrap_lines(ui, FontRole::Small, line, a.w())) {
      if (y + row_h(ui) > a.y1) break;
      widgets::text_at(ui, FontRole::Small, l, {a.x0, y}, t.ok);
      y += widgets::measure(ui, FontRole::Small, l).y;
    }
    for (const auto& l : widgets::wrap_lines(ui, FontRole::Small, item->who_may_apply, a.w())) {
      if (y + row_h(ui) > a.y1) break;
      widgets::text_at(ui, FontRole::Small, l, {a.x0, y}, t.ink_muted);
      y += widgets::measure(ui, FontRole::Small, l).y;
    }
  }
}

}  // namespace ui::screens::counter
