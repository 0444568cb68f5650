// The counter's sign-in, lock and sign-out (issue 9): staff number + PIN checked on the store
// worker, refusals as catalog sentences (core/desk_sign_in.h, shared with the back office), the
// idle lock and 暂离 keeping the form for the same PIN.
#include "core/counter/counter_flow.h"
#include "core/counter/counter_flow_support.h"
#include "core/desk_sign_in.h"
#include "core/domain/staff_member.h"

namespace core::counter {

using detail::open_new_form;
using detail::signed_in;


Effects on(AppState& s, const intent::EditSignIn& e) {
  if (desk::edit(s.counter.sign_in, e)) touch(s);
  return {};
}

Effects on(AppState& s, const intent::SubmitSignIn&) {
  // Unlocking asks for the PIN of whoever locked the screen, never for another staff number.
  const bool unlocking = s.counter.locked && s.counter.staff;
  Effects fx = desk::submit(s.counter.sign_in, unlocking ? s.counter.staff->staff_no : s.counter.sign_in.staff_no,
                            s.store, s.now);
  touch(s);
  return fx;
}

Effects on(AppState& s, const ev::SignInAnswered& e) {
  auto& d = s.counter.sign_in;
  d.checking = false;
  touch(s);
  if (auto no = desk::refusal(e.outcome)) {
    d.problem = *no;
    return {};
  }
  const StaffMember& staff = std::get<sign_in::SignedIn>(e.outcome).staff;
  s.counter.last_activity = s.now;
  d = SignInDraft{};
  if (s.counter.locked && s.counter.staff && s.counter.staff->staff_no == staff.staff_no) {
    s.counter.locked = false;
    s.screen = s.counter_screen_before_lock;
    return {};
  }
  const int lock_after = s.counter.lock_after_idle_s;
  s.counter = CounterSession{};
  s.counter.staff = staff;
  s.counter.last_activity = s.now;
  s.counter.lock_after_idle_s = lock_after;
  Effects effects = open_new_form(s);
  // A form this staff member left unfinished here today (a crash, a power cut) is offered back.
  effects.push_back(fx::LoadDraft{staff.staff_no, s.now.iso_date()});
  return effects;
}

Effects on(AppState& s, const intent::LockDesk&) {
  if (!signed_in(s)) return {};
  s.counter.locked = true;
  s.counter_screen_before_lock = s.screen;
  s.counter.sign_in = SignInDraft{};
  s.screen = ScreenId::CounterLocked;
  touch(s);
  return {};
}

Effects on(AppState& s, const intent::SignOut&) {
  if (!s.counter.staff) return {};
  // Whatever was being typed goes with the person who typed it; committed applications stay.
  const int lock_after = s.counter.lock_after_idle_s;
  s.counter = CounterSession{};
  s.counter.last_activity = s.now;
  s.counter.lock_after_idle_s = lock_after;
  s.screen = ScreenId::CounterSignIn;
  touch(s);
  return {fx::DiscardDraft{}};  // signed out on purpose: the form went with them
}

bool clock_ticked(AppState& s) {
  if (!signed_in(s) || s.counter.pressing) return false;
  if (!desk::idle_for(s.now, s.counter.last_activity, s.counter.lock_after_idle_s)) return false;
  s.counter.locked = true;
  s.counter_screen_before_lock = s.screen;
  s.counter.sign_in = SignInDraft{};
  s.screen = ScreenId::CounterLocked;
  return true;
}

Effects started(AppState& s, const Config& config) {
  s.counter.lock_after_idle_s = config.counter.lock_after_idle_s;
  s.counter.last_activity = s.now;
  return {fx::LoadCounterCatalog{}};
}

Effects on(AppState& s, const intent::Touched&) {
  s.counter.last_activity = s.now;
  return {};
}

}  // namespace core::counter
