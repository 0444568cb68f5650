// The counter's sign-in, lock and sign-out (issue 9): staff number + PIN checked on the store
// worker, refusals as catalog sentences (counter.sign_in.*), the idle lock and 暂离 keeping the
// form for the same PIN.
#include <type_traits>

#include "core/counter/counter_flow.h"
#include "core/counter/counter_flow_support.h"
#include "core/domain/staff_member.h"
#include "core/domain/staff_number.h"

namespace core::counter {

using detail::open_new_form;
using detail::signed_in;


Effects on(AppState& s, const intent::EditSignIn& e) {
  if (s.counter.sign_in.checking) return {};
  s.counter.sign_in.staff_no = e.staff_no;
  s.counter.sign_in.pin = e.pin;
  touch(s);
  return {};
}

Effects on(AppState& s, const intent::SubmitSignIn&) {
  auto& d = s.counter.sign_in;
  if (d.checking) return {};
  // Unlocking asks for the PIN of whoever locked the screen, never for another staff number.
  // Staff numbers are case-insensitive: a07 signs in as A07.
  const std::string staff_no =
      normalize_staff_no(s.counter.locked && s.counter.staff ? s.counter.staff->staff_no : d.staff_no);
  if (!check_staff_no(staff_no)) {
    d.problem = Message{"counter.sign_in.need_staff_no", {}};
    touch(s);
    return {};
  }
  if (!check_pin_format(d.pin)) {
    d.problem = Message{"counter.sign_in.need_pin", {}};
    d.pin.clear();
    touch(s);
    return {};
  }
  if (s.store != StoreLink::Ready) {
    d.problem = Message{"counter.sign_in.store_down", {}};
    touch(s);
    return {};
  }
  d.checking = true;
  d.problem = {};
  std::string pin = std::move(d.pin);
  d.pin.clear();
  touch(s);
  return {fx::CheckSignIn{staff_no, std::move(pin), s.now}};
}

Effects on(AppState& s, const ev::SignInAnswered& e) {
  auto& d = s.counter.sign_in;
  d.checking = false;
  touch(s);
  return std::visit(
      [&](const auto& o) -> Effects {
        using T = std::decay_t<decltype(o)>;
        if constexpr (std::is_same_v<T, sign_in::SignedIn>) {
          s.counter.last_activity = s.now;
          d = SignInDraft{};
          if (s.counter.locked && s.counter.staff && s.counter.staff->staff_no == o.staff.staff_no) {
            s.counter.locked = false;
            s.screen = s.counter_screen_before_lock;
            return {};
          }
          const int lock_after = s.counter.lock_after_idle_s;
          s.counter = CounterSession{};
          s.counter.staff = o.staff;
          s.counter.last_activity = s.now;
          s.counter.lock_after_idle_s = lock_after;
          Effects effects = open_new_form(s);
          // A form this staff member left unfinished here today (a crash, a power cut) is offered back.
          effects.push_back(fx::LoadDraft{o.staff.staff_no, s.now.iso_date()});
          return effects;
        } else if constexpr (std::is_same_v<T, sign_in::WrongPin>) {
          d.problem = Message{"counter.sign_in.wrong_pin", {std::to_string(o.tries_left)}};
        } else if constexpr (std::is_same_v<T, sign_in::Locked>) {
          d.problem = Message{"counter.sign_in.locked", {o.until.hh_mm()}};
        } else if constexpr (std::is_same_v<T, sign_in::Disabled>) {
          d.problem = Message{"counter.sign_in.disabled", {}};
        } else if constexpr (std::is_same_v<T, sign_in::UnknownStaff>) {
          d.problem = Message{"counter.sign_in.unknown_staff", {}};
        } else if constexpr (std::is_same_v<T, sign_in::StoreUnavailable>) {
          d.problem = Message{"counter.sign_in.store_failed", {}};
        } else {
          d.problem = Message{"counter.sign_in.no_pin", {}};
        }
        return {};
      },
      e.outcome);
}

Effects on(AppState& s, const intent::LockCounter&) {
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
  if (!signed_in(s) || s.counter.pressing || s.counter.lock_after_idle_s <= 0) return false;
  if (seconds_of(s.now) - seconds_of(s.counter.last_activity) < s.counter.lock_after_idle_s) return false;
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
