// Step 3, the household: one row per person, the applicant (本人) first. A member's card on the
// reader adds or fills their row; without a card staff type name and ID number. A long household is
// turned page by page (上一页 / 下一页; a new row shows its page). One tap on a member's relation
// opens the list of relations in place of the table; 同住 steps between 是 and 否.
#include <algorithm>

#include "ui/screens/counter/counter_blocks.h"

namespace ui::screens::counter {

namespace {

// The relation list of member `member` (index into form.members): every relation as a button, the
// chosen one ticked; 本人 shown but not offered (it is the applicant's own row).
void draw_relation_list(const core::AppState& s, UiContext& ui, widgets::Area a, int member) {
  const Theme& t = ui.theme;
  const auto& m = s.counter.form.members[static_cast<std::size_t>(member)];
  const std::string n = std::to_string(member + 2);
  const std::string who = m.person.name.empty() ? core::format(ui.tr("counter.member_n"), {n})
                                                : core::format(ui.tr("counter.member_n_named"), {n, m.person.name});
  float y = a.y0;
  widgets::text_at(ui, FontRole::Body, core::format(ui.tr("counter.relation_of"), {who}), {a.x0, y}, t.ink);
  y += row_h(ui) + gap(ui);
  const float bw = t.px(260), h = row_h(ui) * 1.2f, g = gap(ui) * 2;
  const int per_row = std::max(1, static_cast<int>((a.w() + g) / (bw + g)));
  std::vector<std::string> choices{std::string(ui.tr("counter.self"))};
  for (const auto& r : s.counter_catalog->choices.relations) choices.push_back(r);
  for (std::size_t i = 0; i < choices.size(); ++i) {
    const float x = a.x0 + static_cast<float>(static_cast<int>(i) % per_row) * (bw + g);
    const float yy = y + static_cast<float>(static_cast<int>(i) / per_row) * (h + g);
    if (i == 0) {
      disabled_button(ui, choices[i], {x, yy}, {bw, h}, FontRole::Body);
    } else if (choice_button(ui, choices[i], m.relation == choices[i], {x, yy}, {bw, h}, FontRole::Body)) {
      ui.emit(core::intent::EditForm{core::intent::FormField::MemberRelation, choices[i], member, {}});
    }
  }
  y += static_cast<float>((static_cast<int>(choices.size()) + per_row - 1) / per_row) * (h + g) + g;
  if (widgets::button_at(ui, ui.tr("counter.cancel_choice"), {a.x0, y}, {bw, row_h(ui)}, FontRole::Small))
    ui.emit(core::intent::OpenRelationList{core::kNoRelationList});
}

}  // namespace

void draw_household_step(const core::AppState& s, UiContext& ui, widgets::Area a) {
  using F = core::intent::FormField;
  const Theme& t = ui.theme;
  const auto& f = s.counter.form;
  const int listed = s.counter.relation_list;
  if (listed >= 0 && listed < static_cast<int>(f.members.size())) return draw_relation_list(s, ui, a, listed);
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
  const int total = static_cast<int>(rows.size());
  // The page: as many rows as fit above the footer row (添加家庭成员, the page buttons).
  const int fit = std::max(1, static_cast<int>((a.y1 - y - h - g) / (h + g)));
  const int first = std::clamp(s.counter.household_first, 0, std::max(0, total - fit));
  const int last = std::min(total, first + fit);
  for (int r = first; r < last; ++r) {
    const core::MemberRow& m = rows[static_cast<std::size_t>(r)];
    const int member = r - 1;  // -1: the applicant's own row
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
        ui.emit(core::intent::OpenRelationList{member});
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
  if (total > fit) {
    // Which rows are shown, and the way to the others.
    const float bw = t.px(200);
    float bx = a.x1 - bw;
    if (last < total) {
      if (widgets::button_at(ui, ui.tr("counter.page_next"), {bx, y}, {bw, h}, FontRole::Small))
        ui.emit(core::intent::ScrollHousehold{last});
    } else {
      disabled_button(ui, ui.tr("counter.page_next"), {bx, y}, {bw, h});
    }
    bx -= bw + g;
    if (first > 0) {
      if (widgets::button_at(ui, ui.tr("counter.page_prev"), {bx, y}, {bw, h}, FontRole::Small))
        ui.emit(core::intent::ScrollHousehold{std::max(0, first - fit)});
    } else {
      disabled_button(ui, ui.tr("counter.page_prev"), {bx, y}, {bw, h});
    }
    const std::string range = core::format(ui.tr("counter.rows_shown"),
                                           {std::to_string(first + 1), std::to_string(last), std::to_string(total)});
    const float rw = widgets::measure(ui, FontRole::Small, range).x;
    widgets::text_at(ui, FontRole::Small, range, {bx - g - rw, y + t.px(14)}, t.ink_muted);
  }
}

}  // namespace ui::screens::counter
