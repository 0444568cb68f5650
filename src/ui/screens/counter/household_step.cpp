// Step 3, the household: one row per person, the applicant (本人) first. A member's card on the
// reader adds or fills their row; without a card staff type name and ID number. Relation and
// 同住 are buttons that step through their choices (no typing of Chinese needed for them).
#include <algorithm>

#include "ui/screens/counter/counter_blocks.h"

namespace ui::screens::counter {

namespace {

// The county's relations in turn (assets/catalog/counter.toml).
std::string next_relation(const std::vector<std::string>& all, const std::string& current) {
  if (all.empty()) return current;
  auto it = std::find(all.begin(), all.end(), current);
  if (it == all.end() || ++it == all.end()) return all.front();
  return *it;
}

}  // namespace

void draw_household_step(const core::AppState& s, UiContext& ui, widgets::Area a) {
  using F = core::intent::FormField;
  const Theme& t = ui.theme;
  const auto& f = s.counter.form;
  const auto& relations = s.counter_catalog->choices.relations;
  float y = a.y0;
  widgets::text_at(ui, FontRole::Small, ui.tr("counter.household_prompt"), {a.x0, y}, t.ink_muted);
  y += row_h(ui);

  // Columns: name, ID number, relation, 同住, disability certificate, monthly income, remove.
  const float g = gap(ui);
  const float w[] = {t.px(180), t.px(370), t.px(200), t.px(150), t.px(200), t.px(170), t.px(170)};
  float x[7];
  x[0] = a.x0;
  for (int i = 1; i < 7; ++i) x[i] = x[i - 1] + w[i - 1] + g;
  const std::string_view heads[] = {ui.tr("counter.name"), ui.tr("counter.id_number"), ui.tr("counter.relation"),
                                    ui.tr("counter.lives_in"), ui.tr("counter.disability_cert"),
                                    ui.tr("counter.monthly_income")};
  for (int i = 0; i < 6; ++i) widgets::text_at(ui, FontRole::Small, heads[i], {x[i], y}, t.ink_muted);
  y += widgets::measure(ui, FontRole::Small, "A").y + t.px(6);

  const float h = row_h(ui);
  widgets::FieldOptions money;
  money.ascii_only = true;
  money.max_bytes = 12;
  widgets::FieldOptions cert;
  cert.ascii_only = true;
  cert.max_bytes = 24;
  const auto rows = core::household_rows(f);
  for (std::size_t r = 0; r < rows.size(); ++r) {
    if (y + h > a.y1 - h - g) {
      widgets::text_at(ui, FontRole::Small, ui.tr("counter.household_more"), {a.x0, y}, t.warn);
      y += h + g;
      break;
    }
    const core::MemberRow& m = rows[r];
    const int member = static_cast<int>(r) - 1;  // -1: the applicant's own row
    const std::string n = core::format(ui.tr("counter.member_n"), {std::to_string(r + 1)}) + " ";
    widgets::FieldOptions text;
    text.read_only = r == 0 || m.person.from_card;
    widgets::FieldOptions id = cert;
    id.max_bytes = 18;
    id.read_only = text.read_only;
    auto field = [&](int col, std::string_view caption_tail, std::string_view value, F which, widgets::FieldOptions o) {
      const std::string caption = n + std::string(caption_tail);
      auto res = widgets::text_field(ui, caption, value, {x[col], y}, {w[col], h}, o);
      if (res.changed) ui.emit(core::intent::EditForm{which, *res.changed, member, {}});
    };
    field(0, heads[0], m.person.name, F::MemberName, text);
    field(1, heads[1], m.person.id_number, F::MemberId, id);
    if (r == 0) {
      disabled_button(ui, ui.tr("counter.self"), {x[2], y}, {w[2], h});
      disabled_button(ui, ui.tr("counter.yes"), {x[3], y}, {w[3], h});
    } else {
      const std::string rel = m.relation.empty() ? std::string(ui.tr("counter.choose")) : m.relation;
      if (widgets::button_at(ui, n + rel, {x[2], y}, {w[2], h}, FontRole::Small))
        ui.emit(core::intent::EditForm{F::MemberRelation, next_relation(relations, m.relation), member, {}});
      const std::string lives = n + std::string(ui.tr(m.lives_in_household ? "counter.yes" : "counter.no"));
      if (widgets::button_at(ui, lives, {x[3], y}, {w[3], h}, FontRole::Small))
        ui.emit(core::intent::EditForm{F::MemberLives, m.lives_in_household ? "no" : "yes", member, {}});
      if (widgets::button_at(ui, n + std::string(ui.tr("counter.remove")), {x[6], y}, {w[6], h},
                             FontRole::Small))
        ui.emit(core::intent::RemoveMember{member});
    }
    field(4, heads[4], m.disability_cert_no, F::MemberDisabilityCert, cert);
    field(5, heads[5], m.monthly_income, F::MemberIncome, money);
    y += h + g;
  }
  if (widgets::button_at(ui, ui.tr("counter.add_member"), {a.x0, y}, {t.px(320), h}, FontRole::Small))
    ui.emit(core::intent::AddMember{});
  widgets::text_at(ui, FontRole::Small,
                   core::format(ui.tr("counter.household_size"), {std::to_string(core::household_size(f))}),
                   {a.x0 + t.px(360), y + t.px(14)}, t.ink);
}

}  // namespace ui::screens::counter
