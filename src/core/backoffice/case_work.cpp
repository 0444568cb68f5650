#include "core/backoffice/case_work.h"

#include <algorithm>

namespace core::backoffice {
namespace {

// Refusals that mean the actor no longer holds the case (the rules' keys, case_rules.cpp and
// store/case_desk.cpp).
bool claim_gone(const Message& m) {
  return m.key == "case.refused.lease_expired" || m.key == "case.refused.claimed_by" ||
         m.key == "case.refused.not_claimed";
}

CaseView* view_of(AppState& s, const std::string& acceptance_no) {
  CaseView& v = s.backoffice.case_view;
  return v.open() && v.acceptance_no == acceptance_no ? &v : nullptr;
}

void say(CaseView& v, CaseNoticeKind kind, Message m) {
  v.notice_kind = kind;
  v.notice = std::move(m);
}

const char* done_key(CaseAction a) {
  switch (a) {
    case CaseAction::RecordStep: return "case.done.record_step";
    case CaseAction::AskSupplement: return "case.done.supplement";
    case CaseAction::SupplementArrived: return "case.done.supplied";
    case CaseAction::Publicize: return "case.done.publicize";
    case CaseAction::Objection: return "case.done.objection";
    case CaseAction::Approve: return "case.done.approve";
    case CaseAction::Reject: return "case.done.reject";
  }
  return "case.done.record_step";
}

Effects reload(AppState& s) {
  CaseView& v = s.backoffice.case_view;
  v.loading = true;
  return {fx::LoadCaseFile{v.acceptance_no, v.actor.staff_no, s.now}};
}

Effects claim(AppState& s, bool renewal) {
  CaseView& v = s.backoffice.case_view;
  v.claiming = true;
  return {fx::ClaimCase{v.acceptance_no, v.actor.staff_no, v.lease_seconds, s.now, renewal}};
}

}  // namespace

Effects open_case(AppState& s, const std::string& acceptance_no, const CaseActor& actor, int lease_seconds,
                  const std::string& lease_until) {
  CaseView& v = s.backoffice.case_view;
  v = CaseView{};
  v.acceptance_no = acceptance_no;
  v.actor = actor;
  v.lease_seconds = lease_seconds;
  touch(s);
  Effects fx;
  if (lease_until.empty()) {
    fx = claim(s, /*renewal=*/false);
  } else {
    v.lease_until = lease_until;
    v.renew_after = plus_seconds(s.now, std::max(1, lease_seconds / 2));
  }
  for (auto& e : reload(s)) fx.push_back(std::move(e));
  return fx;
}

void close_case(AppState& s) {
  if (!s.backoffice.case_view.open()) return;
  s.backoffice.case_view = CaseView{};
  touch(s);
}

Effects case_clock(AppState& s) {
  CaseView& v = s.backoffice.case_view;
  if (!v.holding() || v.claiming || s.now < v.renew_after) return {};
  return claim(s, /*renewal=*/true);
}

std::vector<CaseAction> case_actions_now(const AppState& s) {
  const CaseView& v = s.backoffice.case_view;
  if (!v.file || v.acting || v.lease_lost) return {};
  return offered_actions(*v.file, v.actor, s.now);
}

bool may_reclaim(const AppState& s) {
  const CaseView& v = s.backoffice.case_view;
  if (!v.lease_lost || !v.file || v.claiming) return false;
  return live_holder(*v.file, s.now.iso_datetime()).empty() && !claim_refusal(case_facts(*v.file, s.now.iso_datetime()), v.actor, s.now.iso_date());
}

Effects on(AppState& s, const ev::CaseFileLoaded& e) {
  CaseView* v = view_of(s, e.file.application.acceptance_no);
  if (!v) return {};
  v->loading = false;
  v->file = e.file;
  // The store's word on the claim: not ours any more (given back by an action just done, or run
  // out and maybe taken) while we thought we held it.
  const bool mine = live_holder(*v->file, s.now.iso_datetime()) == v->actor.staff_no;
  if (!mine && !v->lease_until.empty() && !v->claiming) {
    v->lease_until.clear();
    if (!v->after_action) {
      v->lease_lost = true;
      say(*v, CaseNoticeKind::LeaseLost, Message{"case.lease.lost", {v->acceptance_no}});
    }
  }
  v->after_action = false;
  // The step picked stays picked while the item still asks for it.
  if (!v->form.step.empty() &&
      std::none_of(v->file->steps.begin(), v->file->steps.end(), [&](const CaseStep& st) { return st.def.code == v->form.step; }))
    v->form.step.clear();
  touch(s);
  return {};
}

Effects on(AppState& s, const ev::CaseFileFailed& e) {
  CaseView* v = view_of(s, e.acceptance_no);
  if (!v) return {};
  v->loading = false;
  say(*v, CaseNoticeKind::Failed, e.message);
  touch(s);
  return {};
}

Effects on(AppState& s, const ev::CaseClaimAnswered& e) {
  CaseView* v = view_of(s, e.acceptance_no);
  if (!v) return {};
  v->claiming = false;
  touch(s);
  if (e.granted) {
    const bool regained = v->lease_lost;
    v->lease_lost = false;
    v->lease_until = e.lease_until;
    v->renew_after = plus_seconds(s.now, std::max(1, v->lease_seconds / 2));
    if (v->file) {
      v->file->claimed_by = v->actor.staff_no;
      v->file->lease_until = e.lease_until;
    }
    if (regained) {
      say(*v, CaseNoticeKind::Done, Message{"case.lease.regained", {e.acceptance_no}});
      return reload(s);
    }
    return {};
  }
  // Not (or no longer) ours: the actions stop, what was typed stays.
  const bool had_it = !v->lease_until.empty();
  v->lease_lost = true;
  v->lease_until.clear();
  if (!e.holder.empty() && e.holder != v->actor.staff_no)
    say(*v, CaseNoticeKind::LeaseLost, Message{"case.lease.taken", {e.acceptance_no, e.holder}});
  else if (e.renewal || had_it)
    say(*v, CaseNoticeKind::LeaseLost, Message{"case.lease.lost", {e.acceptance_no}});
  else
    say(*v, CaseNoticeKind::Refused, e.refusal);
  return reload(s);
}

Effects print_paper(AppState& s) {
  CaseView& v = s.backoffice.case_view;
  v.paper = CaseView::Paper::Printing;
  v.paper_job = s.next_print_job++;
  return {fx::PrintCaseNotice{v.acceptance_no, v.paper_kind, v.paper_job, s.now}};
}

Effects on(AppState& s, const ev::CaseActed& e) {
  CaseView* v = view_of(s, e.acceptance_no);
  if (!v) return {};
  Effects fx;
  // The decision is committed: now its paper for the resident.
  if (e.action == CaseAction::AskSupplement || e.action == CaseAction::Reject) {
    v->paper_kind = e.action == CaseAction::Reject ? CaseNoticePaper::Rejection : CaseNoticePaper::Supplement;
    fx = print_paper(s);
  }
  v->acting.reset();
  v->problems.clear();
  clear_after(v->form, e.action);
  v->work_scroll_px = 0;  // back to the top: the steps, and what may be done next
  say(*v, CaseNoticeKind::Done, Message{done_key(e.action), {e.acceptance_no, std::string(status_label(e.to))}});
  // A decision that hands the case on (to the resident, the notice, the approver) gave the claim
  // back in its transaction: the file read next shows it, and nothing is left to renew.
  v->after_action = true;
  v->loading = true;  // the services read the file again after every action
  touch(s);
  return fx;
}

Effects on(AppState& s, const ev::CaseActionRefused& e) {
  CaseView* v = view_of(s, e.acceptance_no);
  if (!v) return {};
  v->acting.reset();
  if (claim_gone(e.message)) {
    v->lease_lost = true;
    v->lease_until.clear();
    say(*v, CaseNoticeKind::LeaseLost, e.message);
  } else {
    say(*v, CaseNoticeKind::Refused, e.message);
  }
  v->loading = true;  // read again after every refusal: the case may have changed meanwhile
  touch(s);
  return {};
}

Effects on(AppState& s, const ev::CaseActionFailed& e) {
  CaseView* v = view_of(s, e.acceptance_no);
  if (!v) return {};
  v->acting.reset();
  say(*v, CaseNoticeKind::Failed, e.message);
  touch(s);
  return {};
}

Effects on(AppState& s, const intent::EditCaseForm& e) {
  CaseView& v = s.backoffice.case_view;
  if (!v.open()) return {};
  using F = intent::CaseFormField;
  CaseForm& f = v.form;
  switch (e.field) {
    case F::StepValue: f.values[e.key] = e.value; break;
    case F::StepNote: f.step_note = e.value; break;
    case F::ObjectionNote: f.objection_note = e.value; break;
    case F::ProposedYuan: f.proposed_yuan = e.value; break;
    case F::AmountYuan: f.amount_yuan = e.value; break;
    case F::StartMonth: f.start_month = e.value; break;
    case F::RejectReason: f.reject_reason = e.value; break;
    case F::RejectNote: f.reject_note = e.value; break;
  }
  v.problems.clear();  // being put right: the sentences come back at the next press if still true
  touch(s);
  return {};
}

Effects on(AppState& s, const intent::PickCaseStep& e) {
  CaseView& v = s.backoffice.case_view;
  if (!v.open() || v.form.step == e.code) return {};
  // Another step's fields: the values typed for the last one do not carry over.
  if (!v.file || form_step(v.form, *v.file) != e.code) v.form.values.clear();
  v.form.step = e.code;
  v.problems.clear();
  touch(s);
  return {};
}

Effects on(AppState& s, const intent::ToggleCaseMissing& e) {
  CaseView& v = s.backoffice.case_view;
  if (!v.open()) return {};
  auto& m = v.form.missing;
  auto at = std::find(m.begin(), m.end(), e.code);
  if (at == m.end()) m.push_back(e.code);
  else m.erase(at);
  v.problems.clear();
  touch(s);
  return {};
}

Effects on(AppState& s, const intent::PickCaseBenefit& e) {
  CaseView& v = s.backoffice.case_view;
  if (!v.open()) return {};
  v.form.benefit = e.type;
  v.problems.clear();
  touch(s);
  return {};
}

Effects on(AppState& s, const intent::PressCaseAction& e) {
  CaseView& v = s.backoffice.case_view;
  if (!v.open() || !v.file || v.acting || v.lease_lost) return {};
  touch(s);
  CaseFormCheck check = check_case_form(v.form, e.action, *v.file, s.now.iso_date());
  if (auto* problems = std::get_if<std::vector<Message>>(&check)) {
    v.problems = *problems;
    return {};
  }
  v.problems.clear();
  v.acting = e.action;
  return {fx::ActOnCase{v.acceptance_no, v.actor.staff_no, std::get<CaseSubmission>(check), s.now}};
}

Effects on(AppState& s, const intent::ReclaimCase&) {
  if (!may_reclaim(s)) return {};
  touch(s);
  return claim(s, /*renewal=*/false);
}

Effects on(AppState& s, const intent::ReloadCase&) {
  CaseView& v = s.backoffice.case_view;
  if (!v.open() || v.loading) return {};
  touch(s);
  return reload(s);
}

Effects on(AppState& s, const intent::ReprintCaseNotice&) {
  CaseView& v = s.backoffice.case_view;
  if (!v.open() || v.paper != CaseView::Paper::Failed) return {};
  touch(s);
  return print_paper(s);
}

Effects on(AppState& s, const intent::ScrollCase& e) {
  CaseView& v = s.backoffice.case_view;
  if (!v.open()) return {};
  (e.panel == intent::CasePanel::File ? v.file_scroll_px : v.work_scroll_px) = std::max(0.0f, e.px);
  touch(s);
  return {};
}

bool case_print_done(AppState& s, std::uint64_t job) {
  CaseView& v = s.backoffice.case_view;
  if (!v.open() || v.paper_job != job || v.paper != CaseView::Paper::Printing) return false;
  v.paper = CaseView::Paper::Printed;
  touch(s);
  return true;
}

bool case_print_failed(AppState& s, std::uint64_t job) {
  CaseView& v = s.backoffice.case_view;
  if (!v.open() || v.paper_job != job || v.paper != CaseView::Paper::Printing) return false;
  v.paper = CaseView::Paper::Failed;  // the decision stands; 重新打印 is offered
  touch(s);
  return true;
}

}  // namespace core::backoffice
