// Kiosk diagnostic: the card just read, masked as every public screen must be. It stands in until
// the kiosk's status screens arrive; taking the card away wipes it.
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
  y += text_centered(ui, FontRole::Title, ui.tr("card.title"), a.x0, a.x1, y, t.ink) + t.px(32);

  const float row_h = measure(ui, FontRole::Heading, "A").y + t.px(20);
  const std::string name = c.name.empty() ? c.english_name : c.name;
  const std::pair<std::string_view, std::string> rows[] = {
      {ui.tr("card.name"), core::mask_name(name)},
      {ui.tr("card.id_number"), core::mask_id_number(c.id_number)},
      {ui.tr("card.type"), std::string(ui.tr(card_type_key(c.card_type)))},
      {ui.tr("card.gender"), c.gender},
      {ui.tr("card.birth"), c.birth},
      {ui.tr("card.valid"), c.valid_from + " — " + c.valid_to},
  };
  filled_rect({x0, y}, {x0 + w, y + row_h * 6 + 2 * pad}, t.card, t.px(16));
  outlined_rect({x0, y}, {x0 + w, y + row_h * 6 + 2 * pad}, t.card_edge, t.px(2), t.px(16));
  float ry = y + pad;
  for (const auto& [label, value] : rows) {
    text_at(ui, FontRole::Heading, label, {x0 + pad, ry}, t.ink_muted);
    text_at(ui, FontRole::Heading, value, {x0 + pad + t.px(300), ry}, t.ink);
    ry += row_h;
  }
  y = ry + pad + t.px(28);
  if (!c.id_number_valid) {
    y += text_centered(ui, FontRole::Heading, ui.tr("card.number_invalid"), a.x0, a.x1, y, t.fault) + t.px(16);
  }
  text_centered(ui, FontRole::Body, ui.tr("card.remove_hint"), a.x0, a.x1, y, t.ink_muted);
}

}  // namespace ui::screens
