// The case file on the left of the case screen: applicant, household, declarations and totals,
// materials (received / missing), the public notice, the review steps' results, and the history at
// the bottom — who did what
// when, from which status to which. Staff see it in full (they signed in; the read was audited).
// Long files are turned page by page (ui/widgets/scroll_panel.h).
#include <algorithm>

#include "core/domain/money.h"
#include "ui/screens/backoffice/case_panels.h"
#include "ui/screens/counter/counter_blocks.h"

namespace ui::screens::backoffice {
namespace {

using widgets::ScrollPanel;

struct Writer {
  ScrollPanel& p;
  float x0, width, y = 0;
  void title(std::string_view s) {
    const Theme& t = p.ui.theme;
    if (y > 0) y += t.px(14);
    y += p.text(FontRole::Small, s, x0, y, t.current) + t.px(4);
  }
  void line(std::string_view s, Rgb colour) { y += p.text_wrapped(FontRole::Small, s, x0 + p.ui.theme.px(16), y, width - p.ui.theme.px(16), colour); }
  void mark_line(widgets::Mark m, std::string_view s, Rgb colour) {
    const Theme& t = p.ui.theme;
    const float box = t.px(22);
    const float h = widgets::measure(p.ui, FontRole::Small, s).y;
    p.shape_on_line(m, x0 + t.px(16), y + (h - box) / 2, box, colour, y, h);
    y += p.text_wrapped(FontRole::Small, s, x0 + t.px(48), y, width - t.px(48), colour);
  }
};

// "record_step:home_visit" → 记录「入户调查」; other actions by their words; the counter's: 受理.
std::string history_action(const UiContext& ui, const core::CaseFile& f, const std::string& action) {
  constexpr std::string_view kStep = "record_step:";
  if (action.rfind(kStep, 0) == 0) {
    const std::string code = action.substr(kStep.size());
    for (const auto& st : f.steps)
      if (st.def.code == code) return core::format(ui.tr("case.ui.history_step"), {st.def.name});
    return core::format(ui.tr("case.ui.history_step"), {code});
  }
  if (auto a = core::case_action_from_code(action)) return std::string(action_label(ui, *a));
  return std::string(ui.tr("case.ui.history_counter"));
}

void lay_out(const core::AppState& s, ScrollPanel& p) {
  UiContext& ui = p.ui;
  const Theme& t = ui.theme;
  const core::CaseFile& f = *s.backoffice.case_view.file;
  const core::Application& a = f.application;
  Writer w{p, p.left(), p.right() - p.left()};
  w.title(ui.tr("case.ui.applicant"));
  w.line(a.applicant_name + "  " + a.applicant_id, t.ink);
  if (!a.applicant_phone.empty()) w.line(core::format(ui.tr("case.ui.phone"), {a.applicant_phone}), t.ink);
  w.line(core::format(ui.tr("case.ui.accepted_at"), {a.accepted_at, a.due}), t.ink_muted);
  if (!a.members.empty()) {
    w.title(ui.tr("case.ui.household"));
    for (const auto& m : a.members) {
      std::string line = m.relation + "  " + m.name + "  " + m.id_number;
      if (!m.lives_in_household) line += "  " + std::string(ui.tr("counter.not_living_in"));
      if (!m.disability_cert_no.empty()) line += "  " + std::string(ui.tr("counter.disability_cert")) + " " + m.disability_cert_no;
      if (m.monthly_income_fen > 0)
        line += "  " + std::string(ui.tr("counter.monthly_income")) + " " + core::format_yuan(m.monthly_income_fen);
      w.line(line, t.ink);
    }
  }
  if (!f.declared.empty() || !f.totals.empty()) {
    w.title(ui.tr("case.ui.declarations"));
    for (const auto& l : f.declared) w.line(l, t.ink);
    for (const auto& l : f.totals) w.line(l, t.current);
  }
  if (!a.materials.empty()) {
    w.title(ui.tr("case.ui.materials"));
    for (const auto& m : a.materials) {
      const bool ok = m.received || !m.required;
      std::string line = m.name;
      if (!m.required) line += "  " + std::string(ui.tr("case.ui.optional"));
      else if (!m.received) line += "  " + std::string(ui.tr("case.ui.missing"));
      w.mark_line(m.received ? widgets::Mark::Tick : widgets::Mark::Cross, line, ok ? t.ink : t.fault);
    }
  }
  if (f.notice) {
    w.title(ui.tr("case.ui.notice"));
    std::string line = core::format(ui.tr("case.ui.notice_dates"), {f.notice->starts, f.notice->ends});
    if (f.notice->proposed_fen > 0)
      line += "  " + core::format(ui.tr("case.ui.proposed"), {core::format_yuan(f.notice->proposed_fen)});
    w.line(line, t.ink);
  }
  // What the review found so far, step by step (the form for the next one is on the right).
  bool any_result = false;
  for (const auto& st : f.steps) any_result = any_result || st.result.has_value();
  if (any_result) {
    w.title(ui.tr("case.ui.results"));
    for (const auto& st : f.steps) {
      if (!st.result) continue;
      p.begin_group(w.y);
      w.line(core::format(ui.tr("case.ui.result_head"), {st.def.name, st.result->done_on, st.result->who}), t.ink);
      for (const auto& fd : st.def.fields) {
        auto it = st.result->fields.find(fd.key);
        if (it == st.result->fields.end() || it->second.empty()) continue;
        w.line("    " + fd.label + "  " + it->second + (fd.unit.empty() ? "" : " " + fd.unit), t.ink_muted);
      }
      if (!st.result->note.empty()) w.line("    " + st.result->note, t.ink_muted);
      p.end_group();
    }
  }
  w.title(ui.tr("case.ui.history"));
  for (const auto& e : a.events) {
    std::string move = e.from ? std::string(ui.tr("app_status." + std::string(core::status_code(*e.from)))) + " → " : "";
    move += std::string(ui.tr("app_status." + std::string(core::status_code(e.to))));
    p.begin_group(w.y);
    w.line(e.at.substr(0, 16) + "  " + e.who + "  " + history_action(ui, f, e.action) + "  " + move, t.ink);
    if (!e.note.empty()) w.line("    " + e.note, t.ink_muted);
    p.end_group();
  }
  p.extend(w.y);
}

}  // namespace

void draw_case_file_panel(const core::AppState& s, UiContext& ui, Area a) {
  const Theme& t = ui.theme;
  const core::CaseView& v = s.backoffice.case_view;
  const float h = counter::row_h(ui), g = counter::gap(ui);
  const Area view{a.x0, a.y0, a.x1, a.y1 - h - g};
  const widgets::PageTurn turn =
      widgets::scroll_view(ui, view, v.file_scroll_px, [&](ScrollPanel& p) { lay_out(s, p); });
  const float y = a.y1 - h;
  const float bw = std::max({t.px(200), widgets::measure(ui, FontRole::Small, ui.tr("case.ui.file_prev")).x + t.px(48),
                             widgets::measure(ui, FontRole::Small, ui.tr("case.ui.file_next")).x + t.px(48)});
  if (turn.prev && widgets::button_at(ui, ui.tr("case.ui.file_prev"), {a.x0, y}, {bw, h}, FontRole::Small))
    ui.emit(core::intent::ScrollCase{core::intent::CasePanel::File, turn.prev_px});
  if (turn.next && widgets::button_at(ui, ui.tr("case.ui.file_next"), {a.x1 - bw, y}, {bw, h}, FontRole::Small))
    ui.emit(core::intent::ScrollCase{core::intent::CasePanel::File, turn.next_px});
}

}  // namespace ui::screens::backoffice
