// The case on screen (core/backoffice/case_work.h) driven by events through update(): opening
// claims and reads, the lease renewed at half time, a lease lost while typing (the form kept, the
// actions stopped, 重新领取 once free), two approvers at once (the loser told), a refusal that
// reloads the file, and a store failure that keeps everything typed.
#include <doctest/doctest.h>

#include "core/backoffice/case_work.h"
#include "core/update.h"

using namespace core;
using A = CaseAction;
using S = ApplicationStatus;

namespace {

constexpr const char* kNo = "320102-01-20261123-0042";

CivilTime at(int hour, int minute, int second = 0) { return CivilTime{2026, 12, 10, hour, minute, second, 4}; }

CaseFile publicized_file(const std::string& holder, const std::string& lease_until) {
  CaseFile f;
  f.application.acceptance_no = kNo;
  f.application.item_code = "gaoling";
  f.application.status = S::Publicized;
  f.publicity_working_days = 7;
  f.notice = CaseNotice{"2026-11-30", "2026-12-09", 0};
  f.benefit_types = {BenefitType::OldAgeAllowance};
  f.claimed_by = holder;
  f.lease_until = lease_until;
  return f;
}

struct Desk {
  AppState s;
  // P01 (an approver) signed in; the screen does not lock while these tests type and wait.
  Desk() {
    s.mode = Mode::Backoffice;
    s.store = StoreLink::Ready;
    s.now = at(9, 0);
    s.backoffice.staff = StaffMember{"P01", "王德䶮", StaffRole::Approver, true};
    s.backoffice.last_activity = s.now;
    s.backoffice.lock_after_idle_s = 24 * 3600;
    s.backoffice.refresh_s = 24 * 3600;
    s.backoffice.last_read = s.now;
  }
  Effects send(const Event& e) { return update(s, e); }
  Effects tick(const CivilTime& t) {
    s.now = t;
    return send(ev::ClockTicked{t});
  }
  CaseView& v() { return s.backoffice.case_view; }
};

template <class T>
const T* find(const Effects& fx) {
  for (const auto& e : fx)
    if (auto* x = e.get_if<T>()) return x;
  return nullptr;
}

// An approver with an open case, claimed until 09:30, the form half filled.
Desk approver_at_work() {
  Desk d;
  const auto fx = backoffice::open_case(d.s, kNo, CaseActor{"P01", StaffRole::Approver, true}, 1800);
  const auto* claim = find<fx::ClaimCase>(fx);
  REQUIRE(claim);
  CHECK_FALSE(claim->renewal);
  CHECK(claim->lease_seconds == 1800);
  REQUIRE(find<fx::LoadCaseFile>(fx));
  d.send(ev::CaseClaimAnswered{kNo, false, true, "2026-12-10 09:30:00", "", {}});
  d.send(ev::CaseFileLoaded{publicized_file("P01", "2026-12-10 09:30:00")});
  d.send(intent::EditCaseForm{intent::CaseFormField::AmountYuan, "", "100"});
  d.send(intent::EditCaseForm{intent::CaseFormField::StartMonth, "", "2027-01"});
  REQUIRE(d.v().holding());
  return d;
}

}  // namespace

TEST_CASE("a case the queue's claim opened is read, not claimed again, and renewed from half its lease") {
  Desk d;
  d.s.backoffice.staff = StaffMember{"B01", "陈建华", StaffRole::Reviewer, true};
  d.s.backoffice.lease_seconds = 1800;
  QueueEntry opened;
  opened.acceptance_no = kNo;
  opened.claimed_by = "B01";
  opened.lease_until = "2026-12-10 09:30:00";
  const auto fx = d.send(ev::ClaimAnswered{opened, {}});
  CHECK(d.s.screen == ScreenId::BackofficeCase);
  CHECK(find<fx::ClaimCase>(fx) == nullptr);
  const auto* load = find<fx::LoadCaseFile>(fx);
  REQUIRE(load);
  CHECK(load->staff_no == "B01");
  CHECK(d.v().actor.role == StaffRole::Reviewer);
  CHECK(d.v().holding());
  CHECK(find<fx::ClaimCase>(d.tick(at(9, 14, 59))) == nullptr);
  CHECK(find<fx::ClaimCase>(d.tick(at(9, 15))) != nullptr);
  d.send(intent::CloseCase{});
  CHECK(find<fx::ClaimCase>(d.tick(at(9, 40))) == nullptr);  // closed: no renewals
  CHECK_FALSE(d.v().open());
  CHECK(d.s.screen == ScreenId::BackofficeHome);
}

TEST_CASE("no renewals while the desk is locked: the lease may run out, and the case is told when it comes back") {
  Desk d = approver_at_work();
  d.s.backoffice.locked = true;
  CHECK(find<fx::ClaimCase>(d.tick(at(9, 20))) == nullptr);
  d.s.backoffice.locked = false;
  CHECK(find<fx::ClaimCase>(d.tick(at(9, 20, 1))) != nullptr);  // own claim renews if nobody took it
}

TEST_CASE("the claim is renewed at half the lease while the case is open, and given back on close") {
  Desk d = approver_at_work();
  CHECK(backoffice::case_actions_now(d.s) == std::vector<A>{A::Objection, A::Approve, A::Reject});
  CHECK(find<fx::ClaimCase>(d.tick(at(9, 14, 59))) == nullptr);
  const auto fx = d.tick(at(9, 15));
  const auto* renew = find<fx::ClaimCase>(fx);
  REQUIRE(renew);
  CHECK(renew->renewal);
  CHECK(find<fx::ClaimCase>(d.tick(at(9, 15, 1))) == nullptr);  // one renewal out at a time
  d.send(ev::CaseClaimAnswered{kNo, true, true, "2026-12-10 09:45:00", "", {}});
  CHECK(d.v().lease_until == "2026-12-10 09:45:00");
  CHECK(find<fx::ClaimCase>(d.tick(at(9, 29))) == nullptr);
  CHECK(find<fx::ClaimCase>(d.tick(at(9, 30, 1))) != nullptr);  // half the lease after the answer (09:15:01)
  backoffice::close_case(d.s);  // the claim stays (「我的待办」): 释放 is the queue's
  CHECK_FALSE(d.v().open());
  CHECK(find<fx::ClaimCase>(d.tick(at(9, 50))) == nullptr);
}

TEST_CASE("a lease lost while typing: told in one sentence, the form kept, no actions, 重新领取 once free") {
  Desk d = approver_at_work();
  d.tick(at(9, 15));
  const auto fx = d.send(ev::CaseClaimAnswered{kNo, true, false, "", "P02", Message{"case.refused.claimed_by", {kNo, "P02"}}});
  REQUIRE(find<fx::LoadCaseFile>(fx));  // read again: who holds it now
  CHECK(d.v().notice_kind == CaseNoticeKind::LeaseLost);
  CHECK(d.v().notice == Message{"case.lease.taken", {kNo, "P02"}});
  CHECK(d.v().form.amount_yuan == "100");
  CHECK(d.v().form.start_month == "2027-01");
  CHECK(backoffice::case_actions_now(d.s).empty());
  CHECK(d.send(intent::PressCaseAction{A::Approve}).empty());  // nothing is sent
  CHECK(find<fx::ClaimCase>(d.tick(at(9, 40))) == nullptr);    // no renewals of a lost claim
  d.send(ev::CaseFileLoaded{publicized_file("P02", "2026-12-10 09:45:00")});
  CHECK_FALSE(backoffice::may_reclaim(d.s));  // P02 holds it
  CHECK(d.send(intent::ReclaimCase{}).empty());
  // P02 gave it back: 重新领取 claims it again, the form still as typed.
  d.send(ev::CaseFileLoaded{publicized_file("", "")});
  REQUIRE(backoffice::may_reclaim(d.s));
  REQUIRE(find<fx::ClaimCase>(d.send(intent::ReclaimCase{})));
  const auto regained = d.send(ev::CaseClaimAnswered{kNo, false, true, "2026-12-10 10:10:00", "", {}});
  CHECK(find<fx::LoadCaseFile>(regained));
  CHECK(d.v().notice.key == "case.lease.regained");
  CHECK(d.v().holding());
  CHECK(d.v().form.amount_yuan == "100");
  const auto sent = d.send(intent::PressCaseAction{A::Approve});
  const auto* act = find<fx::ActOnCase>(sent);
  REQUIRE(act);
  CHECK(act->submission.request.amount_fen == 10000);
  CHECK(act->submission.benefit == BenefitType::OldAgeAllowance);
}

TEST_CASE("a lease that ran out unnoticed: the refused action says so, and the file read next confirms it") {
  Desk d = approver_at_work();
  REQUIRE(find<fx::ActOnCase>(d.send(intent::PressCaseAction{A::Approve})));
  CHECK(backoffice::case_actions_now(d.s).empty());  // waiting for the answer
  d.send(ev::CaseActionRefused{kNo, A::Approve, Message{"case.refused.lease_expired", {kNo}}});
  CHECK(d.v().notice_kind == CaseNoticeKind::LeaseLost);
  CHECK(d.v().notice.key == "case.refused.lease_expired");
  CHECK(d.v().lease_lost);
  CHECK(d.v().form.amount_yuan == "100");
  d.send(ev::CaseFileLoaded{publicized_file("P01", "2026-12-10 08:59:00")});
  CHECK(backoffice::may_reclaim(d.s));
}

TEST_CASE("two approvers press approve at once: the one refused is told why and sees the decided case") {
  Desk d = approver_at_work();
  d.send(intent::PressCaseAction{A::Approve});
  // The other approver's decision committed first (the case is approved; the claim went with it).
  d.send(ev::CaseActionRefused{kNo, A::Approve, Message{"case.refused.status", {kNo, "已审批", "approve"}}});
  CHECK(d.v().notice_kind == CaseNoticeKind::Refused);
  CHECK(d.v().notice.key == "case.refused.status");
  CaseFile decided = publicized_file("", "");
  decided.application.status = S::Approved;
  d.send(ev::CaseFileLoaded{decided});
  CHECK(d.v().file->application.status == S::Approved);
  CHECK(backoffice::case_actions_now(d.s).empty());
  CHECK(d.v().form.amount_yuan == "100");  // kept: the approver reads what they had typed
}

TEST_CASE("a done action clears what it used, says so, and the claim it gave back is not renewed") {
  Desk d = approver_at_work();
  d.send(intent::PressCaseAction{A::Approve});
  d.send(ev::CaseActed{kNo, A::Approve, S::Publicized, S::Approved});
  CHECK(d.v().notice == Message{"case.done.approve", {kNo, "已审批"}});
  CHECK(d.v().form.amount_yuan.empty());
  CaseFile decided = publicized_file("", "");
  decided.application.status = S::Approved;
  d.send(ev::CaseFileLoaded{decided});
  CHECK_FALSE(d.v().lease_lost);  // given back by the decision, not lost
  CHECK(d.v().notice.key == "case.done.approve");
  CHECK(find<fx::ClaimCase>(d.tick(at(9, 20))) == nullptr);
}

TEST_CASE("form problems are shown and nothing is sent, a store failure keeps everything typed") {
  Desk d = approver_at_work();
  d.send(intent::EditCaseForm{intent::CaseFormField::AmountYuan, "", "abc"});
  CHECK(d.send(intent::PressCaseAction{A::Approve}).empty());
  REQUIRE(d.v().problems.size() == 1);
  CHECK(d.v().problems[0].key == "case.form.amount");
  d.send(intent::EditCaseForm{intent::CaseFormField::AmountYuan, "", "100"});
  REQUIRE(find<fx::ActOnCase>(d.send(intent::PressCaseAction{A::Approve})));
  CHECK(d.v().problems.empty());
  d.send(ev::CaseActionFailed{kNo, A::Approve, Message{"case.store_failed", {kNo}}});
  CHECK(d.v().notice_kind == CaseNoticeKind::Failed);
  CHECK(d.v().form.amount_yuan == "100");
  CHECK(backoffice::case_actions_now(d.s) == std::vector<A>{A::Objection, A::Approve, A::Reject});  // try again
}

TEST_CASE("answers about another case than the one on screen are ignored") {
  Desk d = approver_at_work();
  CaseFile other = publicized_file("P01", "2026-12-10 09:30:00");
  other.application.acceptance_no = "320102-01-20261123-0001";
  d.send(ev::CaseFileLoaded{other});
  d.send(ev::CaseActed{"320102-01-20261123-0001", A::Approve, S::Publicized, S::Approved});
  CHECK(d.v().file->application.acceptance_no == kNo);
  CHECK(d.v().notice.empty());
}

TEST_CASE("a rejection's paper is printed after the decision, and a failed print is offered again, the decision standing") {
  Desk d = approver_at_work();
  d.send(intent::EditCaseForm{intent::CaseFormField::RejectNote, "", "名下有两套住房"});
  d.send(intent::PressCaseAction{A::Reject});
  const auto fx = d.send(ev::CaseActed{kNo, A::Reject, S::Publicized, S::Rejected});
  const auto* print = find<fx::PrintCaseNotice>(fx);
  REQUIRE(print);
  CHECK(print->paper == CaseNoticePaper::Rejection);
  CHECK(d.v().paper == CaseView::Paper::Printing);
  CHECK(d.send(intent::ReprintCaseNotice{}).empty());  // not while it prints
  d.send(ev::PrintFailed{print->job, PrinterTrouble::PaperOut, "paper out"});
  CHECK(d.v().paper == CaseView::Paper::Failed);
  CHECK(d.v().notice.key == "case.done.reject");  // the decision stands
  const auto again = d.send(intent::ReprintCaseNotice{});
  const auto* reprint = find<fx::PrintCaseNotice>(again);
  REQUIRE(reprint);
  CHECK(reprint->job != print->job);
  d.send(ev::PrintDone{reprint->job});
  CHECK(d.v().paper == CaseView::Paper::Printed);
}

TEST_CASE("a step recorded prints nothing, and the panels scroll") {
  Desk d = approver_at_work();
  CHECK(find<fx::PrintCaseNotice>(d.send(ev::CaseActed{kNo, A::Objection, S::Publicized, S::Reviewing})) == nullptr);
  d.send(intent::ScrollCase{intent::CasePanel::Work, 240});
  d.send(intent::ScrollCase{intent::CasePanel::File, -5});
  CHECK(d.v().work_scroll_px == 240);
  CHECK(d.v().file_scroll_px == 0);
}
