#include "core/desk_sign_in.h"

#include <type_traits>

#include "core/domain/staff_number.h"

namespace core::desk {

bool edit(SignInDraft& d, const intent::EditSignIn& e) {
  if (d.checking) return false;
  d.staff_no = e.staff_no;
  d.pin = e.pin;
  return true;
}

Effects submit(SignInDraft& d, const std::string& typed_staff_no, StoreLink store, const CivilTime& now) {
  if (d.checking) return {};
  // Staff numbers are case-insensitive: a07 signs in as A07.
  const std::string staff_no = normalize_staff_no(typed_staff_no);
  if (!check_staff_no(staff_no)) {
    d.problem = Message{"counter.sign_in.need_staff_no", {}};
    return {};
  }
  if (!check_pin_format(d.pin)) {
    d.problem = Message{"counter.sign_in.need_pin", {}};
    d.pin.clear();
    return {};
  }
  if (store != StoreLink::Ready) {
    d.problem = Message{"counter.sign_in.store_down", {}};
    return {};
  }
  d.checking = true;
  d.problem = {};
  std::string pin = std::move(d.pin);
  d.pin.clear();
  return {fx::CheckSignIn{staff_no, std::move(pin), now}};
}

std::optional<Message> refusal(const SignInOutcome& outcome) {
  return std::visit(
      [](const auto& o) -> std::optional<Message> {
        using T = std::decay_t<decltype(o)>;
        if constexpr (std::is_same_v<T, sign_in::SignedIn>) return std::nullopt;
        else if constexpr (std::is_same_v<T, sign_in::WrongPin>)
          return Message{"counter.sign_in.wrong_pin", {std::to_string(o.tries_left)}};
        else if constexpr (std::is_same_v<T, sign_in::Locked>) return Message{"counter.sign_in.locked", {o.until.hh_mm()}};
        else if constexpr (std::is_same_v<T, sign_in::Disabled>) return Message{"counter.sign_in.disabled", {}};
        else if constexpr (std::is_same_v<T, sign_in::UnknownStaff>) return Message{"counter.sign_in.unknown_staff", {}};
        else if constexpr (std::is_same_v<T, sign_in::StoreUnavailable>) return Message{"counter.sign_in.store_failed", {}};
        else return Message{"counter.sign_in.no_pin", {}};
      },
      outcome);
}

bool idle_for(const CivilTime& now, const CivilTime& last_activity, int lock_after_s) {
  return lock_after_s > 0 && seconds_of(now) - seconds_of(last_activity) >= lock_after_s;
}

}  // namespace core::desk
