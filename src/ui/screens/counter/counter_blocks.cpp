#include "ui/screens/counter/counter_blocks.h"

#include <algorithm>

#include "base/utf8.h"

namespace ui::screens::counter {

std::string say(const UiContext& ui, const core::Message& m) { return core::render(ui.catalog, ui.language, m); }

float row_h(const UiContext& ui) { return ui.theme.px(64); }
float gap(const UiContext& ui) { return ui.theme.px(14); }

widgets::FieldResult labelled_field(UiContext& ui, std::string_view label, std::string_view value, float x, float y,
                                    float label_w, float field_w, widgets::FieldOptions o, std::string_view caption) {
  const Theme& t = ui.theme;
  if (o.role == FontRole::Body) o.role = FontRole::Small;
  const float h = row_h(ui);
  const float text_h = widgets::measure(ui, FontRole::Small, label).y;
  widgets::text_at(ui, FontRole::Small, label, {x, y + (h - text_h) / 2}, o.read_only ? t.ink_muted : t.ink);
  return widgets::text_field(ui, caption.empty() ? label : caption, value, {x + label_w, y}, {field_w, h}, o);
}

void form_field(UiContext& ui, std::string_view label, std::string_view value, core::intent::FormField field,
                float x, float y, float label_w, float field_w, widgets::FieldOptions o, int member, std::string key,
                std::string_view caption) {
  auto r = labelled_field(ui, label, value, x, y, label_w, field_w, o, caption);
  if (r.changed) ui.emit(core::intent::EditForm{field, *r.changed, member, std::move(key)});
}

Paging lay_out_paged(UiContext& ui, widgets::Area a, float scroll_px, const LineLayOut& lay_out) {
  const float content_h = lay_out(a.y0, LineView{a.y0, a.y1, false}) - a.y0;
  if (content_h <= a.h()) {
    lay_out(a.y0, LineView{a.y0, a.y1, true});
    return {};
  }
  const float h = row_h(ui), g = gap(ui);
  const float view_h = a.h() - h - g;
  Paging p;
  p.paged = true;
  p.max_scroll = std::max(0.0f, content_h - view_h);
  p.scroll = std::clamp(scroll_px, 0.0f, p.max_scroll);
  p.step = view_h - h;
  lay_out(a.y0 - p.scroll, LineView{a.y0, a.y0 + view_h, true});
  return p;
}

bool choice_button(UiContext& ui, std::string_view label, bool chosen, Vec2 pos, Vec2 size, FontRole role) {
  const Theme& t = ui.theme;
  const float lead = t.px(44);
  const bool pressed = widgets::button_at(ui, label, pos, size, role, widgets::ButtonStyle::Normal, lead);
  const float h = std::max(size.y, t.px(Theme::kTouchTargetPx));
  const float box = t.px(26);
  const Vec2 min{pos.x + t.px(12), pos.y + (h - box) / 2};
  widgets::outlined_rect(min, {min.x + box, min.y + box}, t.button_ink, t.px(2), t.px(4));
  if (chosen) widgets::mark(widgets::Mark::Tick, min, box, t.button_ink);
  return pressed;
}

void disabled_button(UiContext& ui, std::string_view label, Vec2 pos, Vec2 size, FontRole role) {
  const Theme& t = ui.theme;
  const float h = std::max(size.y, t.px(Theme::kTouchTargetPx));
  widgets::filled_rect(pos, {pos.x + size.x, pos.y + h}, t.card_edge, t.px(12));
  const Vec2 m = widgets::measure(ui, role, label);
  widgets::text_at(ui, role, label, {pos.x + (size.x - m.x) / 2, pos.y + (h - m.y) / 2}, t.ink_muted);
}

std::string fit(UiContext& ui, FontRole role, std::string_view s, float width) {
  std::string out(s);
  if (widgets::measure(ui, role, out).x <= width) return out;
  auto cps = base::decode_utf8(s);
  while (!cps.empty()) {
    cps.pop_back();
    std::string cut = base::encode_utf8(std::u32string(cps.begin(), cps.end())) + "…";
    if (widgets::measure(ui, role, cut).x <= width) return cut;
  }
  return "…";
}

float problem_list(UiContext& ui, const std::vector<std::string>& problems, widgets::Area a) {
  const Theme& t = ui.theme;
  float y = a.y0;
  const float line_h = widgets::measure(ui, FontRole::Small, "A").y;
  for (const auto& p : problems) {
    for (const auto& line : widgets::wrap_lines(ui, FontRole::Small, "· " + p, a.w())) {
      if (y + line_h > a.y1) return y - a.y0;
      widgets::text_at(ui, FontRole::Small, line, {a.x0, y}, t.fault);
      y += line_h;
    }
  }
  return y - a.y0;
}

}  // namespace ui::screens::counter
