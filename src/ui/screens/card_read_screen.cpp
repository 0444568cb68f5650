// Kiosk diagnostic: the card just read, masked as every public screen must be. It stands in until
// the kiosk's status screens arrive; taking the card away wipes it.
#include <algorithm>
#include <string>

#include "core/masking.h"
#include "ui/screens/screens.h"
#include "ui/widgets/widgets.h"

namespace ui::screens {

namespace {
std::string_view card_type_key(core::CardType t) {
  switch (t) {
    case core::CardType::Resident: return "card.type.resident";
    case core::CardType::HkMacauTaiwan: return "card.type.hk_macau_taiwan";
    case core::CardType::Foreign2017: return "card.type.foreign_2017";
    case core::CardType::Foreign2023: return "card.type.foreign_2023";
  }
  return "card.type.resident";
}
}  // namespace

void draw_card_read(const core::AppState& s, UiContext& ui, Area a) {
  using namespace widgets;
  if (!s.card) return;
  const core::IdCardRecord& c = *s.card;
  const Theme& t = ui.theme;
  const float pad = t.px(Theme::kPaddingPx);
  const float w = std::min(a.x1 - a.x0 - 2 * pad, t.px(1100));
  const float x0 = a.x0 + (a.x1 - a.x0 - w) / 2;
  float y = a.y0 + t.px(40);
  const FontRole title = a.y1 - a.y0 >= t.px(640) ? FontRole::Title : FontRole::Heading;
  y += text_centered(ui, title, ui.tr("card.title"), a.x0, a.x1, y, t.ink) + t.px(24);

  const std::string name = c.name.empty() ? c.english_name : c.name;
  const std::pair<std::string_view, std::string> rows[] = {
      {ui.tr("card.name"), core::mask_name(name)},
      {ui.tr("card.id_number"), core::mask_id_number(c.id_number)},
      {ui.tr("card.type"), std::string(ui.tr(card_type_key(c.card_type)))},
      {ui.tr("card.gender"), c.gender},
      {ui.tr("card.birth"), c.birth},
      {ui.tr("card.valid"), c.valid_from + " — " + c.valid_to},
  };
  constexpr int kRows = 6;
  // The largest size that fits the height left (the hint below needs a line); then two columns.
  const float below = measure(ui, FontRole::Body, "A").y + t.px(60) +
                      (c.id_number_valid ? 0 : measure(ui, FontRole::Heading, "A").y + t.px(16));
  const float room = a.y1 - y - below - 2 * pad;
  FontRole role = FontRole::Heading;
  int columns = 1;
  for (auto [r, cols] : {std::pair{FontRole::Heading, 1}, std::pair{FontRole::Body, 1}, std::pair{FontRole::Body, 2},
                         std::pair{FontRole::Small, 2}}) {
    role = r;
    columns = cols;
    const float rh = measure(ui, r, "A").y + t.px(16);
    float widest_label = 0, widest_value = 0;
    for (const auto& row : rows) {
      widest_label = std::max(widest_label, measure(ui, r, row.first).x);
      widest_value = std::max(widest_value, measure(ui, r, row.second).x);
    }
    const bool fits_across = widest_label + t.px(32) + widest_value + 2 * pad <= w / static_cast<float>(cols);
    if (fits_across && rh * static_cast<float>((kRows + cols - 1) / cols) <= room) break;
  }
  const float row_h = measure(ui, role, "A").y + t.px(16);
  const int per_col = (kRows + columns - 1) / columns;
  float label_w = 0;
  for (const auto& r : rows) label_w = std::max(label_w, measure(ui, role, r.first).x);
  label_w += t.px(32);
  const float col_w = w / static_cast<float>(columns);
  const float box_h = row_h * static_cast<float>(per_col) + 2 * pad;
  filled_rect({x0, y}, {x0 + w, y + box_h}, t.card, t.px(16));
  outlined_rect({x0, y}, {x0 + w, y + box_h}, t.card_edge, t.px(2), t.px(16));
  for (int i = 0; i < kRows; ++i) {
    const float cx = x0 + pad + col_w * static_cast<float>(i / per_col);
    const float ry = y + pad + row_h * static_cast<float>(i % per_col);
    text_at(ui, role, rows[i].first, {cx, ry}, t.ink_muted);
    text_at(ui, role, rows[i].second, {cx + label_w, ry}, t.ink);
  }
  const float ry = y + pad + row_h * static_cast<float>(per_col);
  y = ry + pad + t.px(28);
  if (!c.id_number_valid) {
    y += text_centered(ui, FontRole::Heading, ui.tr("card.number_invalid"), a.x0, a.x1, y, t.fault) + t.px(16);
  }
  text_centered(ui, FontRole::Body, ui.tr("card.remove_hint"), a.x0, a.x1, y, t.ink_muted);
}

}  // namespace ui::screens
