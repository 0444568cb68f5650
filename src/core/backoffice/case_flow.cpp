// Claims from the queue and the case they open: 领取下一件 (the oldest this staff member may
// claim), 领取 on a row (or 打开 on one's own claim, which renews its lease), 释放 and an admin's
// 收回; a successful claim opens the case (BackofficeSession::open_case_no), 返回队列 closes it.
// While the case is on screen its lease is renewed at half time (case_work.h: a refused renewal
// keeps the case and what was typed on screen, and says so).
// The store does the claiming (store::CaseDesk) on its worker; refusals are the rules' sentences.
#include "core/backoffice/backoffice_flow.h"

namespace core::backoffice {

namespace {
bool may_press(const AppState& s) { return signed_in(s) && !s.backoffice.claiming; }

void leave_case(AppState& s) {
  s.backoffice.open_case_no.reset();
  s.backoffice.open_case.reset();
  close_case(s);  // the case's own view (case_work.h); its claim stays
  s.screen = ScreenId::BackofficeHome;
}
}  // namespace

Effects on(AppState& s, const intent::ClaimNext&) {
  if (!may_press(s)) return {};
  BackofficeSession& b = s.backoffice;
  b.claiming = true;
  b.notice = {};
  touch(s);
  return {fx::ClaimNextCase{b.staff->staff_no, s.now, b.lease_seconds}};
}

Effects on(AppState& s, const intent::ClaimCase& e) {
  if (!may_press(s) || e.acceptance_no.empty()) return {};
  BackofficeSession& b = s.backoffice;
  b.claiming = true;
  b.notice = {};
  touch(s);
  return {fx::ClaimOneCase{e.acceptance_no, b.staff->staff_no, s.now, b.lease_seconds}};
}

Effects on(AppState& s, const intent::ReleaseCase& e) {
  if (!may_press(s) || e.acceptance_no.empty()) return {};
  BackofficeSession& b = s.backoffice;
  b.claiming = true;
  b.notice = {};
  touch(s);
  return {fx::ReleaseClaim{e.acceptance_no, b.staff->staff_no, s.now}};
}

Effects on(AppState& s, const intent::CloseCase&) {
  if (!s.backoffice.open_case_no) return {};
  leave_case(s);
  touch(s);
  return read_queue(s);
}

Effects on(AppState& s, const ev::ClaimAnswered& e) {
  BackofficeSession& b = s.backoffice;
  b.claiming = false;
  touch(s);
  if (!b.staff) return {};  // signed out meanwhile: the claim stays until its lease ends
  Effects fx;
  if (e.opened) {
    b.open_case_no = e.opened->acceptance_no;
    b.open_case = e.opened;
    b.notice = {};
    if (b.locked) b.screen_before_lock = ScreenId::BackofficeCase;
    else s.screen = ScreenId::BackofficeCase;
    // The case itself (case_work.h): its file read, its claim kept alive while it is open.
    fx = open_case(s, e.opened->acceptance_no, CaseActor{b.staff->staff_no, b.staff->role, b.staff->active},
                   b.lease_seconds, e.opened->lease_until);
  } else {
    b.notice = e.refusal.empty() ? Message{"backoffice.nothing_to_claim", {}} : e.refusal;
  }
  for (auto& x : read_queue(s)) fx.push_back(std::move(x));
  return fx;
}

Effects on(AppState& s, const ev::ReleaseAnswered& e) {
  BackofficeSession& b = s.backoffice;
  b.claiming = false;
  touch(s);
  if (!b.staff) return {};
  if (!e.refusal.empty()) {
    b.notice = e.refusal;
    return {};
  }
  b.notice = Message{"backoffice.released", {e.acceptance_no}};
  if (b.open_case_no == e.acceptance_no) leave_case(s);
  return read_queue(s);
}

}  // namespace core::backoffice
