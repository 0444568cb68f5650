// The back office's sign-in, lock and sign-out: the staff desks' rules (core/desk_sign_in.h, the
// same store check and lockout as the counter), for reviewers, approvers and admins only. Nothing
// personal is read before someone signs in; 暂离 and the idle lock keep the queue, the filters and
// the open case for the same PIN.
#include "core/backoffice/backoffice_flow.h"
#include "core/backoffice/case_rules.h"
#include "core/desk_sign_in.h"

namespace core::backoffice {

namespace {
// Signed out: a fresh session that keeps only the terminal's settings.
void reset(BackofficeSession& b, const CivilTime& now) {
  BackofficeSession fresh;
  fresh.lock_after_idle_s = b.lock_after_idle_s;
  fresh.refresh_s = b.refresh_s;
  fresh.lease_seconds = b.lease_seconds;
  fresh.last_activity = now;
  b = std::move(fresh);
}
}  // namespace

Effects on(AppState& s, const intent::EditSignIn& e) {
  if (desk::edit(s.backoffice.sign_in, e)) touch(s);
  return {};
}

Effects on(AppState& s, const intent::SubmitSignIn&) {
  BackofficeSession& b = s.backoffice;
  // Unlocking asks for the PIN of whoever locked the screen, never for another staff number.
  const bool unlocking = b.locked && b.staff;
  Effects fx = desk::submit(b.sign_in, unlocking ? b.staff->staff_no : b.sign_in.staff_no, s.store, s.now);
  touch(s);
  return fx;
}

Effects on(AppState& s, const ev::SignInAnswered& e) {
  BackofficeSession& b = s.backoffice;
  b.sign_in.checking = false;
  touch(s);
  if (auto no = desk::refusal(e.outcome)) {
    b.sign_in.problem = *no;
    return {};
  }
  const StaffMember& staff = std::get<sign_in::SignedIn>(e.outcome).staff;
  if (!may_work_cases(staff.role)) {
    b.sign_in = SignInDraft{};
    b.sign_in.problem = Message{"backoffice.sign_in.not_case_staff", {staff.staff_no}};
    return {};
  }
  if (b.locked && b.staff && b.staff->staff_no == staff.staff_no) {
    b.locked = false;
    b.sign_in = SignInDraft{};
    b.last_activity = s.now;
    s.screen = b.screen_before_lock;
    return read_queue(s);
  }
  reset(b, s.now);
  b.staff = staff;
  s.screen = ScreenId::BackofficeHome;
  return read_queue(s);
}

void lock_desk(AppState& s) {
  BackofficeSession& b = s.backoffice;
  b.locked = true;
  b.screen_before_lock = s.screen;
  b.sign_in = SignInDraft{};
  s.screen = ScreenId::BackofficeLocked;
  touch(s);
}

Effects on(AppState& s, const intent::LockDesk&) {
  if (signed_in(s)) lock_desk(s);
  return {};
}

Effects on(AppState& s, const intent::SignOut&) {
  if (!s.backoffice.staff) return {};
  // The queue goes with the person who read it; their claims stay until released or expired.
  reset(s.backoffice, s.now);
  s.screen = ScreenId::BackofficeSignIn;
  touch(s);
  return {};
}

}  // namespace core::backoffice
