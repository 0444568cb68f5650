// The intake: the six steps down the left (done ticked, the current one marked, later ones
// reachable only once everything before them is complete), the step's own page on the right, and
// along the bottom what is still missing with 上一步 / 下一步 (受理 on the review step).
#include "core/counter/counter_flow.h"
#include "ui/screens/counter/counter_blocks.h"

namespace ui::screens::counter {

namespace {

void draw_step_list(const core::AppState& s, UiContext& ui, widgets::Area a) {
  const Theme& t = ui.theme;
  const float h = row_h(ui);
  float y = a.y0;
  for (int i = 0; i < core::kIntakeSteps; ++i) {
    const auto step = static_cast<core::IntakeStep>(i);
    const std::string label = std::to_string(i + 1) + " " + std::string(ui.tr(core::step_key(step)));
    const bool current = step == s.counter.step;
    const bool reachable = core::counter::may_open(s, step);
    const bool done = s.counter_catalog && i < static_cast<int>(s.counter.step) &&
                      core::problems(s.counter.form, step, s.counter_catalog->services, s.now).empty();
    if (current) {
      widgets::filled_rect({a.x0, y}, {a.x1, y + h}, t.current_fill, t.px(8));
      widgets::filled_rect({a.x0, y}, {a.x0 + t.px(8), y + h}, t.current, t.px(4));
      const float th = widgets::measure(ui, FontRole::Small, label).y;
      widgets::text_at(ui, FontRole::Small, label, {a.x0 + t.px(24), y + (h - th) / 2}, t.current);
    } else if (reachable) {
      if (choice_button(ui, label, done, {a.x0, y}, {a.w(), h})) ui.emit(core::intent::GoToStep{step});
    } else {
      disabled_button(ui, label, {a.x0, y}, {a.w(), h});
    }
    y += h + gap(ui);
  }
}

// After a crash: the form this staff member left here today, to restore or discard (nothing else
// is offered until one is chosen).
void draw_draft_offer(const core::AppState& s, UiContext& ui, widgets::Area a) {
  const Theme& t = ui.theme;
  const core::CounterDraft& d = *s.counter.offered_draft;
  float y = a.y0 + a.h() * 0.2f;
  widgets::text_at(ui, FontRole::Title, ui.tr("counter.draft_offer_title"), {a.x0, y}, t.ink);
  y += widgets::measure(ui, FontRole::Title, "A").y + gap(ui) * 2;
  const std::string name = d.form.applicant.name.empty() ? std::string(ui.tr("counter.draft_no_name"))
                                                         : d.form.applicant.name;
  const std::string hhmm = d.saved_at.size() >= 16 ? d.saved_at.substr(11, 5) : d.saved_at;
  // One sentence a line, each short enough not to wrap.
  const std::string lines[] = {
      core::format(ui.tr("counter.draft_offer_who"), {name}),
      core::format(ui.tr("counter.draft_offer_step"), {std::to_string(static_cast<int>(d.step) + 1),
                                                       std::string(ui.tr(core::step_key(d.step))), hhmm}),
      std::string(ui.tr("counter.draft_offer_hint"))};
  for (const auto& text : lines)
    for (const auto& l : widgets::wrap_lines(ui, FontRole::Body, text, a.w())) {
      widgets::text_at(ui, FontRole::Body, l, {a.x0, y}, t.ink);
      y += widgets::measure(ui, FontRole::Body, l).y + t.px(6);
    }
  y += gap(ui) * 3;
  const float bw = t.px(420), bh = row_h(ui) * 1.2f;
  if (widgets::button_at(ui, ui.tr("counter.draft_restore"), {a.x0, y}, {bw, bh}, FontRole::Body))
    ui.emit(core::intent::RestoreDraft{true});
  if (widgets::button_at(ui, ui.tr("counter.draft_discard"), {a.x0 + bw + gap(ui) * 3, y}, {bw, bh}, FontRole::Body))
    ui.emit(core::intent::RestoreDraft{false});
}

}  // namespace

void draw_intake(const core::AppState& s, UiContext& ui, widgets::Area a) {
  const Theme& t = ui.theme;
  const float pad = t.px(Theme::kPaddingPx);
  if (!s.counter_catalog) {
    widgets::text_centered(ui, FontRole::Heading, ui.tr("counter.catalog_loading"), a.x0, a.x1, a.y0 + a.h() * 0.4f,
                           t.ink_muted);
    return;
  }
  const float list_w = t.px(260);
  if (s.counter.offered_draft) return draw_draft_offer(s, ui, {a.x0 + pad, a.y0 + pad, a.x1 - pad, a.y1 - pad});
  draw_step_list(s, ui, {a.x0 + pad, a.y0 + pad, a.x0 + pad + list_w, a.y1 - pad});

  // The bottom: what is missing (left), the way on (right).
  const float nav_h = row_h(ui) + gap(ui);
  const widgets::Area page{a.x0 + 2 * pad + list_w, a.y0 + pad, a.x1 - pad, a.y1 - nav_h - pad};
  const widgets::Area nav{page.x0, a.y1 - nav_h - pad / 2, page.x1, a.y1 - pad / 2};
  widgets::filled_rect({page.x0, nav.y0 - t.px(8)}, {page.x1, nav.y0 - t.px(6)}, t.card_edge);
  switch (s.counter.step) {
    case core::IntakeStep::Applicant: draw_applicant_step(s, ui, page); break;
    case core::IntakeStep::Item: draw_item_step(s, ui, page); break;
    case core::IntakeStep::Household: draw_household_step(s, ui, page); break;
    case core::IntakeStep::Declarations: draw_declarations_step(s, ui, page); break;
    case core::IntakeStep::Materials: draw_materials_step(s, ui, page); break;
    case core::IntakeStep::Review: draw_review_step(s, ui, page); break;
  }

  const float bw = t.px(220), bh = row_h(ui);
  float x = nav.x1 - bw;
  const bool review = s.counter.step == core::IntakeStep::Review;
  if (review) {
    const bool may = core::counter::may_accept(s);
    const std::string label(ui.tr(s.counter.pressing ? "counter.accepting" : "counter.accept"));
    if (may) {
      if (widgets::button_at(ui, label, {x, nav.y0}, {bw, bh}, FontRole::Body)) ui.emit(core::intent::PressAccept{});
    } else {
      disabled_button(ui, label, {x, nav.y0}, {bw, bh}, FontRole::Body);
    }
  } else {
    const auto next = static_cast<core::IntakeStep>(static_cast<int>(s.counter.step) + 1);
    if (core::counter::may_open(s, next)) {
      if (widgets::button_at(ui, ui.tr("counter.next"), {x, nav.y0}, {bw, bh}, FontRole::Body))
        ui.emit(core::intent::NextStep{});
    } else {
      disabled_button(ui, ui.tr("counter.next"), {x, nav.y0}, {bw, bh}, FontRole::Body);
    }
  }
  if (s.counter.step != core::IntakeStep::Applicant) {
    x -= bw + pad;
    if (widgets::button_at(ui, ui.tr("counter.back"), {x, nav.y0}, {bw, bh}, FontRole::Body))
      ui.emit(core::intent::GoToStep{static_cast<core::IntakeStep>(static_cast<int>(s.counter.step) - 1)});
  }
  // What keeps this step (or, on review, the whole form) from going on.
  std::vector<std::string> missing;
  for (const auto& p : core::problems(s.counter.form, s.counter.step, s.counter_catalog->services, s.now))
    missing.push_back(core::render(ui.catalog, ui.language, p));
  if (!s.counter.press_problem.empty()) missing.insert(missing.begin(), say(ui, s.counter.press_problem));
  if (review && s.store != core::StoreLink::Ready)
    missing.push_back(std::string(ui.tr("counter.store_unavailable")));
  if (review && missing.empty()) {
    // What 受理 will make of it, next to the button: 已受理 / 待补正 / 不予受理.
    const auto status = core::intended_status(s.counter.form, s.counter_catalog->services);
    const std::string result = std::string(ui.tr("counter.will_be")) +
                               std::string(ui.tr("app_status." + std::string(core::status_code(status))));
    widgets::text_at(ui, FontRole::Body, result, {nav.x0, nav.y0 + t.px(8)},
                     status == core::ApplicationStatus::Accepted ? t.ok : t.warn);
  } else if (!missing.empty()) {
    problem_list(ui, missing, {nav.x0, nav.y0, x - pad, nav.y1 + t.px(40)});
  }
  else if (!review)
    widgets::text_at(ui, FontRole::Small, ui.tr("counter.step_complete"), {nav.x0, nav.y0 + t.px(12)}, t.ok);
}

}  // namespace ui::screens::counter
