// The right of the case screen: the item's review steps (their results are in the case file on the
// left), the form for
// the step being recorded (its fields from the catalog: date, text, count, money, choice), and one
// block per action the signed-in staff member may take now — 待补正 with the materials to tick,
// 材料已补齐, 张榜公示, 异议, 批准 (amount, start month, benefit type), 不予批准 (a reason from the
// county's list and free words). The form's problems stay at the top, in the fault colour. Long
// content is turned page by page; a field or button is drawn only when wholly visible.
#include <algorithm>

#include "core/backoffice/case_work.h"
#include "ui/screens/backoffice/case_panels.h"
#include "ui/screens/counter/counter_blocks.h"

namespace ui::screens::backoffice {
namespace {

using core::intent::CaseFormField;
using counter::choice_button;
using counter::gap;
using counter::row_h;

using View = counter::LineView;

struct Layout {
  UiContext& ui;
  const View& v;
  float x0, x1, y;
  // Fields go two to a row where the panel is wide enough (a landscape 1920 screen), one otherwise.
  int columns = 1;
  int col = 0;  // the next field's column; 0: a new row

  float h() const { return row_h(ui); }
  float g() const { return gap(ui); }
  float cell_w() const { return (x1 - x0 - g() * static_cast<float>(columns - 1)) / static_cast<float>(columns); }
  float label_w() const { return cell_w() * (columns == 1 ? 0.45f : 0.5f); }
  // Ends a row of fields begun but not filled.
  void flush() {
    if (col == 0) return;
    col = 0;
    y += h() + g();
  }

  void title(std::string_view s) {
    flush();
    const Theme& t = ui.theme;
    y += g();
    for (const auto& line : widgets::wrap_lines(ui, FontRole::Small, s, x1 - x0)) {
      const float th = widgets::measure(ui, FontRole::Small, line).y;
      if (v.shows(y, th)) widgets::text_at(ui, FontRole::Small, line, {x0, y}, t.current);
      y += th;
    }
    y += t.px(6);
  }
  void text(std::string_view s, Rgb colour, float indent = 0) {
    flush();
    for (const auto& l : widgets::wrap_lines(ui, FontRole::Small, s, x1 - x0 - indent)) {
      const float lh = widgets::measure(ui, FontRole::Small, l).y;
      if (v.shows(y, lh)) widgets::text_at(ui, FontRole::Small, l, {x0 + indent, y}, colour);
      y += lh;
    }
  }
  // A labelled one-line field; a change is sent as EditCaseForm. `wide`: a row of its own.
  void field(std::string_view label, std::string_view value, CaseFormField f, const std::string& key = {},
             bool ascii = false, std::size_t max_bytes = 200, bool wide = false) {
    if (wide) flush();
    const float w = wide ? x1 - x0 : cell_w();
    float lw = wide ? (x1 - x0) * (columns == 1 ? 0.45f : 0.25f) : label_w();
    // A long label (拟保障金额（元/月，可不填）) takes the room it needs while the field keeps 30 %.
    const float need = widgets::measure(ui, FontRole::Small, label).x + g();
    if (need > lw) lw = std::min(need, w * 0.7f);
    const float x = x0 + static_cast<float>(col) * (cell_w() + g());
    if (v.shows(y, h())) {
      widgets::FieldOptions o;
      o.ascii_only = ascii;
      o.max_bytes = max_bytes;
      auto r = counter::labelled_field(ui, label, value, x, y, lw, w - lw, o);
      if (r.changed) ui.emit(core::intent::EditCaseForm{f, key, *r.changed});
    }
    if (wide || ++col == columns) {
      col = 0;
      y += h() + g();
    }
  }
  // Choice buttons in rows after a label, ticked where `chosen(i)`; `pick` is told a pressed one's
  // index.
  template <class Chosen, class Pick>
  void chips(std::string_view label, const std::vector<std::string>& options, Chosen chosen, Pick pick) {
    flush();
    const Theme& t = ui.theme;
    const float lw = label.empty() ? 0 : (x1 - x0) * (columns == 1 ? 0.45f : 0.25f);
    if (!label.empty() && v.shows(y, h())) {
      const float th = widgets::measure(ui, FontRole::Small, label).y;
      widgets::text_at(ui, FontRole::Small, label, {x0, y + (h() - th) / 2}, t.ink);
    }
    float x = x0 + lw;
    for (std::size_t i = 0; i < options.size(); ++i) {
      const float bw = std::min(x1 - x0, widgets::measure(ui, FontRole::Small, options[i]).x + t.px(80));
      if (x + bw > x1 + 0.5f) {
        x = x0 + lw;
        y += h() + g() / 2;
      }
      if (v.shows(y, h()) && choice_button(ui, options[i], chosen(i), {x, y}, {bw, h()})) pick(i);
      x += bw + g() / 2;
    }
    y += h() + g();
  }
  template <class Pick>
  void choices(std::string_view label, const std::vector<std::string>& options, const std::string& chosen, Pick pick) {
    chips(label, options, [&](std::size_t i) { return options[i] == chosen; }, pick);
  }
  // A free-text field and the button that sends it, on one row.
  bool field_and_button(std::string_view label, std::string_view value, CaseFormField f, std::string_view button_label) {
    flush();
    const float bw = std::min((x1 - x0) / 2, widgets::measure(ui, FontRole::Small, button_label).x + ui.theme.px(80));
    const float lw = (x1 - x0) * (columns == 1 ? 0.45f : 0.25f);
    bool pressed = false;
    if (v.shows(y, h())) {
      widgets::FieldOptions o;
      auto r = counter::labelled_field(ui, label, value, x0, y, lw, x1 - x0 - lw - bw - g(), o);
      if (r.changed) ui.emit(core::intent::EditCaseForm{f, {}, *r.changed});
      pressed = widgets::button_at(ui, button_label, {x1 - bw, y}, {bw, h()}, FontRole::Small);
    }
    y += h() + g();
    return pressed;
  }
  bool button(std::string_view label) {
    flush();
    const float bw = std::min(x1 - x0, widgets::measure(ui, FontRole::Small, label).x + ui.theme.px(80));
    const bool pressed = v.shows(y, h()) && widgets::button_at(ui, label, {x1 - bw, y}, {bw, h()}, FontRole::Small);
    y += h() + g();
    return pressed;
  }
};

std::string value_of(const core::ReviewValues& values, const std::string& key) {
  auto it = values.find(key);
  return it == values.end() ? std::string() : it->second;
}

bool offers(const std::vector<core::CaseAction>& actions, core::CaseAction a) {
  return std::find(actions.begin(), actions.end(), a) != actions.end();
}

// The item's steps as one row of chips: the one being recorded is ticked; a tap picks another (to
// record it, or to correct a recorded one). Their results are in the case file on the left.
void steps_section(const core::AppState& s, Layout& l, bool may_record) {
  UiContext& ui = l.ui;
  const core::CaseView& v = s.backoffice.case_view;
  const core::CaseFile& f = *v.file;
  if (f.steps.empty()) return;
  std::size_t done = 0;
  for (const core::CaseStep& st : f.steps) done += st.result ? 1 : 0;
  std::string title = core::format(ui.tr("case.ui.steps"), {std::to_string(done), std::to_string(f.steps.size())});
  if (may_record) title += std::string(ui.tr("case.ui.steps_pick"));
  l.title(title);
  if (!may_record) return;
  std::vector<std::string> names;
  for (const core::CaseStep& st : f.steps) names.push_back(st.def.name);
  const std::string picked = core::form_step(v.form, f);
  std::string chosen;
  for (const core::CaseStep& st : f.steps)
    if (st.def.code == picked) chosen = st.def.name;
  l.choices({}, names, chosen, [&](std::size_t i) { ui.emit(core::intent::PickCaseStep{f.steps[i].def.code}); });
}

void step_form(const core::AppState& s, Layout& l) {
  UiContext& ui = l.ui;
  const Theme& t = ui.theme;
  const core::CaseView& v = s.backoffice.case_view;
  const core::CaseFile& f = *v.file;
  const std::string code = core::form_step(v.form, f);
  const auto it = std::find_if(f.steps.begin(), f.steps.end(), [&](const core::CaseStep& st) { return st.def.code == code; });
  if (it == f.steps.end()) return;
  const core::ReviewStepDef& def = it->def;
  l.title(core::format(ui.tr("case.ui.record_title"), {def.name}));
  for (const core::ReviewField& fd : def.fields) {
    std::string label = fd.unit.empty() ? fd.label : core::format(ui.tr("case.ui.field_unit"), {fd.label, fd.unit});
    if (fd.required) label += " *";
    const std::string value = value_of(v.form.values, fd.key);
    if (fd.kind == core::ReviewFieldKind::Choice) {
      l.choices(label, fd.choices, value, [&](std::size_t i) {
        ui.emit(core::intent::EditCaseForm{CaseFormField::StepValue, fd.key, fd.choices[i]});
      });
    } else {
      const bool ascii = fd.kind != core::ReviewFieldKind::Text;
      l.field(label, value, CaseFormField::StepValue, fd.key, ascii, ascii ? 16 : core::kMaxReviewTextChars * 4);
    }
  }
  if (l.field_and_button(ui.tr("case.ui.step_note"), v.form.step_note, CaseFormField::StepNote,
                         core::format(ui.tr("case.ui.save_step"), {def.name})))
    ui.emit(core::intent::PressCaseAction{core::CaseAction::RecordStep});
  (void)t;
}

void action_blocks(const core::AppState& s, Layout& l, const std::vector<core::CaseAction>& actions) {
  using A = core::CaseAction;
  UiContext& ui = l.ui;
  const Theme& t = ui.theme;
  const core::CaseView& v = s.backoffice.case_view;
  const core::CaseFile& f = *v.file;
  const core::CaseForm& form = v.form;
  auto press = [&](A a) { ui.emit(core::intent::PressCaseAction{a}); };
  if (offers(actions, A::SupplementArrived)) {
    l.title(ui.tr("case.ui.supplied_title"));
    if (l.button(action_label(ui, A::SupplementArrived))) press(A::SupplementArrived);
  }
  if (offers(actions, A::Publicize)) {
    l.title(core::format(ui.tr("case.ui.publicize_title"), {std::to_string(f.publicity_working_days)}));
    l.field(ui.tr("case.ui.proposed_field"), form.proposed_yuan, CaseFormField::ProposedYuan, {}, true, 14);
    if (l.button(action_label(ui, A::Publicize))) press(A::Publicize);
  }
  if (offers(actions, A::Approve)) {
    l.title(ui.tr("case.ui.approve_title"));
    l.field(ui.tr("case.ui.amount_field"), form.amount_yuan, CaseFormField::AmountYuan, {}, true, 14);
    l.field(ui.tr("case.ui.start_field"), form.start_month, CaseFormField::StartMonth, {}, true, 7);
    if (f.benefit_types.size() > 1) {
      std::vector<std::string> names;
      for (auto b : f.benefit_types) names.emplace_back(core::benefit_type_name(b));
      const std::string chosen = form.benefit ? std::string(core::benefit_type_name(*form.benefit)) : std::string();
      l.choices(ui.tr("case.ui.benefit_field"), names, chosen,
                [&](std::size_t i) { ui.emit(core::intent::PickCaseBenefit{f.benefit_types[i]}); });
    }
    if (l.button(action_label(ui, A::Approve))) press(A::Approve);
  }
  if (offers(actions, A::Reject)) {
    l.title(ui.tr("case.ui.reject_title"));
    l.choices({}, f.rejection_reasons, form.reject_reason, [&](std::size_t i) {
      const std::string& r = f.rejection_reasons[i];
      ui.emit(core::intent::EditCaseForm{CaseFormField::RejectReason, {}, form.reject_reason == r ? std::string() : r});
    });
    if (l.field_and_button(ui.tr("case.ui.reject_note"), form.reject_note, CaseFormField::RejectNote, action_label(ui, A::Reject)))
      press(A::Reject);
  }
  if (offers(actions, A::Objection)) {
    l.title(ui.tr("case.ui.objection_title"));
    if (l.field_and_button(ui.tr("case.ui.objection_note"), form.objection_note, CaseFormField::ObjectionNote,
                           action_label(ui, A::Objection)))
      press(A::Objection);
  }
  if (offers(actions, A::AskSupplement)) {
    l.title(ui.tr("case.ui.supplement_title"));
    std::vector<std::string> names;
    for (const core::Material& m : f.item_materials) names.push_back(m.full_name());
    l.chips(
        {}, names,
        [&](std::size_t i) {
          return std::find(form.missing.begin(), form.missing.end(), f.item_materials[i].code) != form.missing.end();
        },
        [&](std::size_t i) { ui.emit(core::intent::ToggleCaseMissing{f.item_materials[i].code}); });
    if (l.button(action_label(ui, A::AskSupplement))) press(A::AskSupplement);
  }
  (void)t;
}

// The whole panel from y0 in view `v`; returns the lowest y reached.
float lay_out(const core::AppState& s, UiContext& ui, Area a, float y0, const View& v) {
  const core::CaseView& cv = s.backoffice.case_view;
  const auto actions = core::backoffice::case_actions_now(s);
  Layout l{ui, v, a.x0, a.x1, y0};
  l.columns = a.w() >= ui.theme.px(900) ? 2 : 1;
  steps_section(s, l, offers(actions, core::CaseAction::RecordStep));
  // The step form while a step is unrecorded, or one was picked to correct.
  const bool open_step = std::any_of(cv.file->steps.begin(), cv.file->steps.end(),
                                     [](const core::CaseStep& st) { return !st.result; });
  if (offers(actions, core::CaseAction::RecordStep) && (open_step || !cv.form.step.empty())) step_form(s, l);
  action_blocks(s, l, actions);
  if (actions.empty()) {
    l.y += l.g();
    const char* why = cv.acting ? "case.ui.sending" : cv.lease_lost ? "case.ui.lease_lost_hint" : "case.ui.nothing_to_do";
    l.text(ui.tr(why), ui.theme.ink_muted);
  }
  return l.y;
}

}  // namespace

void draw_case_work_panel(const core::AppState& s, UiContext& ui, Area a) {
  const Theme& t = ui.theme;
  const core::CaseView& cv = s.backoffice.case_view;
  // The form's problems first, always in sight.
  float top = a.y0;
  if (!cv.problems.empty()) {
    std::vector<std::string> lines;
    for (const auto& m : cv.problems) lines.push_back(counter::say(ui, m));
    top += counter::problem_list(ui, lines, Area{a.x0, top, a.x1, a.y0 + a.h() * 0.3f}) + gap(ui);
  }
  const Area body{a.x0, top, a.x1, a.y1};
  const counter::Paging p = counter::lay_out_paged(ui, body, cv.work_scroll_px,
                                                   [&](float y0, const View& v) { return lay_out(s, ui, body, y0, v); });
  if (!p.paged) return;
  const float h = row_h(ui);
  const float scroll = p.scroll, max_scroll = p.max_scroll, step = p.step;
  const float by = body.y1 - h;
  const float bw = std::max({t.px(200), widgets::measure(ui, FontRole::Small, ui.tr("case.ui.work_prev")).x + t.px(48),
                             widgets::measure(ui, FontRole::Small, ui.tr("case.ui.work_next")).x + t.px(48)});
  if (scroll > 0 && widgets::button_at(ui, ui.tr("case.ui.work_prev"), {body.x0, by}, {bw, h}, FontRole::Small))
    ui.emit(core::intent::ScrollCase{core::intent::CasePanel::Work, std::max(0.0f, scroll - step)});
  if (scroll < max_scroll &&
      widgets::button_at(ui, ui.tr("case.ui.work_next"), {body.x1 - bw, by}, {bw, h}, FontRole::Small))
    ui.emit(core::intent::ScrollCase{core::intent::CasePanel::Work, std::min(max_scroll, scroll + step)});
}

}  // namespace ui::screens::backoffice
