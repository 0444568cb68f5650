// Step 6, review: everything in full (staff may see it), each part with 修改 to go back to its
// step; 受理 is along the bottom (intake_frame). A review longer than the screen (a long household)
// is turned page by page: laid out once to measure, then drawn at the offset, whole lines only.
#include <algorithm>

#include "ui/screens/counter/counter_blocks.h"

namespace ui::screens::counter {

namespace {

struct Column {
  float x0, x1, y;
};

using View = LineView;

// A section title with 修改 at its right, then its lines; a line is drawn only when wholly inside
// the view, but every line moves y on (so the measure pass and the drawing pass agree).
void section(UiContext& ui, Column& c, const View& v, std::string_view title, core::IntakeStep step,
             const std::vector<std::string>& lines) {
  const Theme& t = ui.theme;
  const float h = row_h(ui) * 0.8f;
  const float title_h = std::max(h, t.px(Theme::kTouchTargetPx));
  if (v.shows(c.y, title_h)) {
    widgets::text_at(ui, FontRole::Small, title, {c.x0, c.y + t.px(8)}, t.current);
    const std::string edit = std::string(ui.tr("counter.edit")) + std::string(title);
    const float bw = widgets::measure(ui, FontRole::Small, edit).x + t.px(40);
    if (widgets::button_at(ui, edit, {c.x1 - bw, c.y}, {bw, h}, FontRole::Small)) ui.emit(core::intent::GoToStep{step});
  }
  c.y += title_h + t.px(4);
  for (const auto& line : lines)
    for (const auto& l : widgets::wrap_lines(ui, FontRole::Small, line, c.x1 - c.x0)) {
      const float lh = widgets::measure(ui, FontRole::Small, l).y;
      if (v.shows(c.y, lh)) widgets::text_at(ui, FontRole::Small, l, {c.x0, c.y}, t.ink);
      c.y += lh;
    }
  c.y += gap(ui);
}

// The review laid out from y0 in view `v`; returns the lowest y reached.
float lay_out_review(const core::AppState& s, UiContext& ui, widgets::Area a, float y0, const View& v);

}  // namespace

void draw_review_step(const core::AppState& s, UiContext& ui, widgets::Area a) {
  const Theme& t = ui.theme;
  // Too long: a row of page buttons at the bottom, the review above it.
  const Paging p = lay_out_paged(ui, a, s.counter.review_scroll_px,
                                 [&](float y0, const View& v) { return lay_out_review(s, ui, a, y0, v); });
  if (!p.paged) return;
  const float h = row_h(ui), g = gap(ui);
  const float scroll = p.scroll, max_scroll = p.max_scroll, step = p.step;
  const float by = a.y1 - h, bw = t.px(200);
  float bx = a.x1 - bw;
  if (scroll < max_scroll) {
    if (widgets::button_at(ui, ui.tr("counter.page_next"), {bx, by}, {bw, h}, FontRole::Small))
      ui.emit(core::intent::ScrollReview{std::min(max_scroll, scroll + step)});
  } else {
    disabled_button(ui, ui.tr("counter.page_next"), {bx, by}, {bw, h});
  }
  bx -= bw + g;
  if (scroll > 0) {
    if (widgets::button_at(ui, ui.tr("counter.page_prev"), {bx, by}, {bw, h}, FontRole::Small))
      ui.emit(core::intent::ScrollReview{std::max(0.0f, scroll - step)});
  } else {
    disabled_button(ui, ui.tr("counter.page_prev"), {bx, by}, {bw, h});
  }
}

namespace {

float lay_out_review(const core::AppState& s, UiContext& ui, widgets::Area a, float y0, const View& v) {
  const auto& f = s.counter.form;
  const auto& cat = s.counter_catalog->services;
  const core::ServiceItem* item = cat.find(f.item_code);
  const float g = gap(ui) * 2;
  Column left{a.x0, a.x0 + (a.w() - g) / 2, y0};
  Column right{left.x1 + g, a.x1, y0};

  const auto& p = f.applicant;
  std::vector<std::string> applicant{p.name + "  " + p.gender + "  " + p.nation + "  " + p.birth, p.id_number,
                                     p.address};
  if (!f.phone.empty()) applicant.push_back(std::string(ui.tr("counter.phone_label")) + f.phone);  // staff: in full
  section(ui, left, v, ui.tr("counter.step.applicant"), core::IntakeStep::Applicant, applicant);
  section(ui, left, v, ui.tr("counter.step.item"), core::IntakeStep::Item,
          {item ? item->name : std::string(ui.tr("counter.item_none"))});
  std::vector<std::string> people;
  for (const auto& m : core::household_rows(f)) {
    std::string line = m.relation + "  " + m.person.name + "  " + m.person.id_number;
    if (!m.lives_in_household) line += "  " + std::string(ui.tr("counter.not_living_in"));
    if (!m.disability_cert_no.empty()) line += "  " + std::string(ui.tr("counter.disability_cert")) + " " + m.disability_cert_no;
    if (!m.monthly_income.empty()) line += "  " + std::string(ui.tr("counter.monthly_income")) + " " + m.monthly_income;
    people.push_back(std::move(line));
  }
  section(ui, left, v, ui.tr("counter.step.household"), core::IntakeStep::Household, people);

  if (item && f.decision == core::IntakeDecision::Accept)
    section(ui, right, v, ui.tr("counter.step.declarations"), core::IntakeStep::Declarations,
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
  section(ui, shorter, v, ui.tr("counter.step.materials"), core::IntakeStep::Materials, outcome);
  return std::max(left.y, right.y) - gap(ui);  // the gap after the last section is not content
}

}  // namespace

}  // namespace ui::screens::counter
