#pragma once
// Counter sign-in rules (issue 9): staff number + PIN. Pure: the store reads the account, checks
// the PIN against its hash, asks decide_sign_in() what that means, and writes back the lockout it
// returns — all in one transaction, so two counters cannot both spend the same wrong-PIN try.
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "core/domain/civil_time.h"
#include "core/config.h"
#include "base/result.h"
#include "core/domain/staff_member.h"

namespace core {

inline constexpr std::size_t kMinPinDigits = 4;
inline constexpr std::size_t kMaxPinDigits = 8;

// 4 to 8 ASCII digits. The message never repeats the PIN.
base::Status check_pin_format(std::string_view pin);

namespace sign_in {
struct SignedIn {
  StaffMember staff;
};
struct WrongPin {
  int tries_left = 0;  // before the account locks
};
struct Locked {
  CivilTime until;  // sign-in is refused before this moment, even with the right PIN
};
struct Disabled {};
struct UnknownStaff {};
struct NoPinSet {};  // the account exists but no PIN was ever set (`onewindow staff pin`)
// The store could not answer (the cause is in the log): nothing was decided, so it is neither an
// unknown account nor a wrong PIN, and no try is spent.
struct StoreUnavailable {};
}  // namespace sign_in

using SignInOutcome =
    std::variant<sign_in::SignedIn, sign_in::WrongPin, sign_in::Locked, sign_in::Disabled, sign_in::UnknownStaff,
                 sign_in::NoPinSet, sign_in::StoreUnavailable>;

// What the PIN check found. NotChecked: the store skipped the (slow) hash because
// pin_check_needed() said the answer cannot change the outcome.
enum class PinCheck { Right, Wrong, NotChecked };

// False when the account is unknown, disabled, without PIN or locked at `now`: the outcome is a
// refusal whatever the PIN, so the store need not spend an Argon2id verification on it.
bool pin_check_needed(const std::optional<StaffAccount>& account, const CivilTime& now);

struct SignInDecision {
  SignInOutcome outcome;
  StaffLockout lockout;  // to store (unchanged for refusals)
};

// The rule. A lockout whose time has passed is forgotten (a fresh set of tries); the configured
// number of wrong PINs in a row locks the account for the configured minutes (that attempt's
// outcome is Locked); a successful sign-in clears the count. A PinCheck of NotChecked on an
// account that could sign in counts as wrong (fail closed).
SignInDecision decide_sign_in(const std::optional<StaffAccount>& account, const CivilTime& now, PinCheck pin,
                              const Config::Counter& rules);

// One line for logs and the CLI, without the PIN: "signed in as A07", "wrong PIN, 3 tries left", …
std::string describe(const SignInOutcome& outcome);

}  // namespace core
