// Step 6, review: everything on one screen in full (staff may see it), each part with 修改 to go
// back to its step; 受理 is along the bottom (intake_frame).
#include <algorithm>

#include "ui/screens/counter/counter_blocks.h"

namespace ui::screens::counter {

namespace {

struct Column {
  float x0, x1, y;
};

// A section title with 修改 at its right, then its lines; stops at the area's bottom.
void section(UiContext& ui, Column& c, float bottom, std::string_view title, core::IntakeStep step,
             const std::vector<std::string>& lines) {
  const Theme& t = ui.theme;
  const float h = row_h(ui) * 0.8f;
  if (c.y + h > bottom) return;
  widgets::text_at(ui, FontRole::Small, title, {c.x0, c.y + t.px(8)}, t.current);
  const std::string edit = std::string(ui.tr("counter.edit")) + std::string(title);
  const float bw = widgets::measure(ui, FontRole::Small, edit).x + t.px(40);
  if (widgets::button_at(ui, edit, {c.x1 - bw, c.y}, {bw, h}, FontRole::Small)) ui.emit(core::intent::GoToStep{step});
  c.y += std::max(h, t.px(Theme::kTouchTargetPx)) + t.px(4);
  for (const auto& line : lines)
    for (const auto& l : widgets::wrap_lines(ui, FontRole::Small, line, c.x1 - c.x0)) {
      const float lh = widgets::measure(ui, FontRole::Small, l).y;
      if (c.y + lh > bottom) return;
      widgets::text_at(ui, FontRole::Small, l, {c.x0, c.y}, t.ink);
      c.y += lh;
    }
  c.y += gap(ui);
}

}  // namespace

void draw_review_step(const core::AppState& s, UiContext& ui, widgets::Area a) {
  const auto& f = s.counter.form;
  const auto& cat = s.counter_catalog->services;
  const core::ServiceItem* item = cat.find(f.item_code);
  const float g = gap(ui) * 2;
  Column left{a.x0, a.x0 + (a.w() - g) / 2, a.y0};
  Column right{left.x1 + g, a.x1, a.y0};

  const auto& p = f.applicant;
  section(ui, left, a.y1, ui.tr("counter.step.applicant"), core::IntakeStep::Applicant,
          {p.name + "  " + p.gender + "  " + p.nation + "  " + p.birth, p.id_number, p.address});
  section(ui, left, a.y1, ui.tr("counter.step.item"), core::IntakeStep::Item,
          {item ? item->name : std::string(ui.tr("counter.item_none"))});
  std::vector<std::string> people;
  for (const auto& m : core::household_rows(f)) {
    std::string line = m.relation + "  " + m.person.name + "  " + m.person.id_number;
    if (!m.lives_in_household) line += "  " + std::string(ui.tr("counter.not_living_in"));
    if (!m.disability_cert_no.empty()) line += "  " + std::string(ui.tr("counter.disability_cert")) + " " + m.disability_cert_no;
    if (!m.monthly_income.empty()) line += "  " + std::string(ui.tr("counter.monthly_income")) + " " + m.monthly_income;
    people.push_back(std::move(line));
  }
  section(ui, left, a.y1, ui.tr("counter.step.household"), core::IntakeStep::Household, people);

  if (item && f.decision == core::IntakeDecision::Accept)
    section(ui, right, a.y1, ui.tr("counter.step.declarations"), core::IntakeStep::Declarations,
            core::declaration_lines(*item, f.declarations, core::household_size(f)));
  std::vector<std::string> outcome;
  if (item) {
    // What is missing first: it goes on the slip and is what the applicant must bring.
    const auto missing = core::missing_required(f, *item);
    if (!missing.empty()) {
      std::string m;
      for (std::size_t k = 0; k < missing.size(); ++k) m += (k ? "、" : "") + missing[k]->name;
      outcome.push_back(std::string(ui.tr("counter.materials_missing")) + m);
    }
    std::string got;
    for (const auto& code : f.received)
      for (const core::Material* m : core::item_materials(*item))
        if (m->code == code) got += (got.empty() ? "" : "、") + m->name;
    outcome.push_back(std::string(ui.tr("counter.received")) + (got.empty() ? "—" : got));
  }
  if (f.decision == core::IntakeDecision::Refuse)
    outcome.push_back(std::string(ui.tr("counter.decide_refuse")) + "：" + f.refusal_reason);
  // Materials go where there is room left: long declarations fill the right column.
  Column& shorter = left.y <= right.y ? left : right;
  section(ui, shorter, a.y1, ui.tr("counter.step.materials"), core::IntakeStep::Materials, outcome);
}

}  // namespace ui::screens::counter
