// Counter sign-in rules: PIN format, wrong-PIN count, lockout and its end, refusals.
#include <doctest/doctest.h>

#include "core/domain/sign_in.h"

using namespace core;

namespace {

const CivilTime kNine{2026, 11, 23, 9, 0, 0, 1};

StaffAccount counter_clerk() {
  StaffAccount a;
  a.member = StaffMember{"A07", "李娜", StaffRole::Counter, true};
  a.has_pin = true;
  return a;
}

template <class T>
const T& as(const SignInOutcome& o) {
  REQUIRE_MESSAGE(std::holds_alternative<T>(o), describe(o));
  return std::get<T>(o);
}

}  // namespace

TEST_CASE("sign-in: a PIN is 4 to 8 digits, and the message says so without repeating it") {
  CHECK(check_pin_format("1234").ok());
  CHECK(check_pin_format("12345678").ok());
  for (const char* bad : {"", "123", "123456789", "12a4", "12 34", "１２３４", "-1234"}) {
    auto r = check_pin_format(bad);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message.find("4 to 8 digits") != std::string::npos);
  }
  CHECK(check_pin_format("123456789").error().message.find("123456789") == std::string::npos);
}

TEST_CASE("sign-in: the right PIN signs in and clears earlier wrong PINs") {
  StaffAccount a = counter_clerk();
  a.lockout.failed_pins = 3;
  Config::Counter rules;
  REQUIRE(pin_check_needed(a, kNine));
  auto d = decide_sign_in(a, kNine, PinCheck::Right, rules);
  CHECK(as<sign_in::SignedIn>(d.outcome).staff.staff_no == "A07");
  CHECK(d.lockout == StaffLockout{});
}

TEST_CASE("sign-in: five wrong PINs lock the account for the configured minutes") {
  StaffAccount a = counter_clerk();
  Config::Counter rules;  // 5 wrong PINs, 15 minutes
  for (int tries_left = 4; tries_left >= 1; --tries_left) {
    auto d = decide_sign_in(a, kNine, PinCheck::Wrong, rules);
    CHECK(as<sign_in::WrongPin>(d.outcome).tries_left == tries_left);
    CHECK_FALSE(d.lockout.locked_until.has_value());
    a.lockout = d.lockout;
  }
  CHECK(a.lockout.failed_pins == 4);
  auto fifth = decide_sign_in(a, kNine, PinCheck::Wrong, rules);
  CHECK(as<sign_in::Locked>(fifth.outcome).until == CivilTime{2026, 11, 23, 9, 15, 0, 1});
  a.lockout = fifth.lockout;

  // While locked even the right PIN is refused, nothing is checked and nothing changes.
  const CivilTime nine_fourteen{2026, 11, 23, 9, 14, 59, 1};
  CHECK_FALSE(pin_check_needed(a, nine_fourteen));
  auto refused = decide_sign_in(a, nine_fourteen, PinCheck::Right, rules);
  CHECK(as<sign_in::Locked>(refused.outcome).until.iso_datetime() == "2026-11-23 09:15:00");
  CHECK(refused.lockout == a.lockout);

  // Once the time has passed: a fresh set of tries, and the right PIN signs in.
  const CivilTime nine_fifteen{2026, 11, 23, 9, 15, 0, 1};
  CHECK(pin_check_needed(a, nine_fifteen));
  CHECK(as<sign_in::WrongPin>(decide_sign_in(a, nine_fifteen, PinCheck::Wrong, rules).outcome).tries_left == 4);
  auto back = decide_sign_in(a, nine_fifteen, PinCheck::Right, rules);
  as<sign_in::SignedIn>(back.outcome);
  CHECK(back.lockout == StaffLockout{});
}

TEST_CASE("sign-in: the lockout follows the configuration, across midnight") {
  StaffAccount a = counter_clerk();
  Config::Counter rules;
  rules.wrong_pins_before_lockout = 2;
  rules.lockout_minutes = 90;
  const CivilTime late{2026, 12, 31, 23, 0, 0, 4};
  a.lockout = decide_sign_in(a, late, PinCheck::Wrong, rules).lockout;
  auto d = decide_sign_in(a, late, PinCheck::Wrong, rules);
  CHECK(as<sign_in::Locked>(d.outcome).until.iso_datetime() == "2027-01-01 00:30:00");
}

TEST_CASE("sign-in: unknown, disabled and PIN-less accounts are refused whatever the PIN") {
  Config::Counter rules;
  CHECK_FALSE(pin_check_needed(std::nullopt, kNine));
  as<sign_in::UnknownStaff>(decide_sign_in(std::nullopt, kNine, PinCheck::Right, rules).outcome);

  StaffAccount off = counter_clerk();
  off.member.active = false;
  off.lockout.failed_pins = 2;
  CHECK_FALSE(pin_check_needed(off, kNine));
  auto d = decide_sign_in(off, kNine, PinCheck::Right, rules);
  as<sign_in::Disabled>(d.outcome);
  CHECK(d.lockout.failed_pins == 2);

  StaffAccount no_pin = counter_clerk();
  no_pin.has_pin = false;
  as<sign_in::NoPinSet>(decide_sign_in(no_pin, kNine, PinCheck::Right, rules).outcome);
}

TEST_CASE("sign-in: a PIN nobody checked never signs in") {
  Config::Counter rules;
  auto d = decide_sign_in(counter_clerk(), kNine, PinCheck::NotChecked, rules);
  CHECK(as<sign_in::WrongPin>(d.outcome).tries_left == 4);
}

TEST_CASE("staff: staff numbers and role codes") {
  CHECK(check_staff_no("A07").ok());
  CHECK_FALSE(check_staff_no("").ok());
  CHECK_FALSE(check_staff_no("A 07").ok());
  CHECK_FALSE(check_staff_no("A07;DROP").ok());
  CHECK_FALSE(check_staff_no(std::string(17, 'A')).ok());
  CHECK(parse_staff_role("approver") == StaffRole::Approver);
  CHECK_FALSE(parse_staff_role("boss").has_value());
}
