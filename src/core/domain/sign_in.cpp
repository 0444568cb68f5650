#include "core/domain/sign_in.h"

#include <string>

namespace core {

base::Status check_pin_format(std::string_view pin) {
  if (pin.size() < kMinPinDigits || pin.size() > kMaxPinDigits ||
      pin.find_first_not_of("0123456789") != std::string_view::npos)
    return base::Error{"a PIN must be 4 to 8 digits (0-9), nothing else"};
  return base::ok();
}

namespace {

// The lockout as it stands at `now`: one whose time has passed is over and its count forgotten.
StaffLockout current_lockout(const StaffLockout& stored, const CivilTime& now) {
  if (stored.locked_until && *stored.locked_until <= now) return StaffLockout{};
  return stored;
}

// A refusal that does not depend on the PIN, if any.
std::optional<SignInOutcome> refusal(const std::optional<StaffAccount>& account, const CivilTime& now) {
  if (!account) return sign_in::UnknownStaff{};
  if (!account->member.active) return sign_in::Disabled{};
  if (!account->has_pin) return sign_in::NoPinSet{};
  const StaffLockout lockout = current_lockout(account->lockout, now);
  if (lockout.locked_until) return sign_in::Locked{*lockout.locked_until};
  return std::nullopt;
}

}  // namespace

bool pin_check_needed(const std::optional<StaffAccount>& account, const CivilTime& now) {
  return !refusal(account, now).has_value();
}

SignInDecision decide_sign_in(const std::optional<StaffAccount>& account, const CivilTime& now, PinCheck pin,
                              const Config::Counter& rules) {
  if (auto no = refusal(account, now)) return {*no, account ? account->lockout : StaffLockout{}};
  if (pin == PinCheck::Right) return {sign_in::SignedIn{account->member}, StaffLockout{}};

  StaffLockout next = current_lockout(account->lockout, now);
  next.failed_pins += 1;
  const int allowed = rules.wrong_pins_before_lockout < 1 ? 1 : rules.wrong_pins_before_lockout;
  if (next.failed_pins >= allowed) {
    next.locked_until = plus_seconds(now, static_cast<long>(rules.lockout_minutes) * 60);
    return {sign_in::Locked{*next.locked_until}, next};
  }
  return {sign_in::WrongPin{allowed - next.failed_pins}, next};
}

std::string describe(const SignInOutcome& outcome) {
  struct Describe {
    std::string operator()(const sign_in::SignedIn& s) const { return "signed in as " + s.staff.staff_no; }
    std::string operator()(const sign_in::WrongPin& w) const {
      return "wrong PIN, " + std::to_string(w.tries_left) + (w.tries_left == 1 ? " try" : " tries") +
             " left before the account locks";
    }
    std::string operator()(const sign_in::Locked& l) const { return "account locked until " + l.until.iso_datetime(); }
    std::string operator()(const sign_in::Disabled&) const { return "account disabled"; }
    std::string operator()(const sign_in::UnknownStaff&) const { return "no such staff number"; }
    std::string operator()(const sign_in::NoPinSet&) const { return "no PIN set for this account"; }
    std::string operator()(const sign_in::StoreUnavailable&) const { return "the store could not answer"; }
  };
  return std::visit(Describe{}, outcome);
}

}  // namespace core
