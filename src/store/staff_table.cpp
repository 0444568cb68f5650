#include "store/staff_table.h"

#include <cstdio>

#include "core/domain/roster.h"
#include "store/staff_pins.h"

namespace store {
namespace {

// A sign-in retries when the PIN was reset between the PIN check and the transaction; more than a few such races in a row means something else is wrong.
constexpr int kSignInAttempts = 3;

// "YYYY-MM-DD HH:MM:SS" as written by CivilTime::iso_datetime(); empty = not locked. A value that
// cannot be read locks the account (fail closed) until `onewindow staff pin` clears it.
std::optional<core::CivilTime> parse_locked_until(const std::string& text) {
  if (text.empty()) return std::nullopt;
  core::CivilTime t;
  char tail = 0;
  const int n = std::sscanf(text.c_str(), "%4d-%2d-%2d %2d:%2d:%2d%c", &t.year, &t.month, &t.day, &t.hour, &t.minute,
                            &t.second, &tail);
  if (n != 6 || !base::valid_date(t.year, t.month, t.day) || t.hour > 23 || t.minute > 59 || t.second > 59 ||
      t.hour < 0 || t.minute < 0 || t.second < 0)
    return core::CivilTime{9999, 12, 31, 23, 59, 59, 5};
  t.weekday = base::weekday_from_days(base::days_from_civil(t.year, t.month, t.day));
  return t;
}

base::Status check_new_member(const core::StaffMember& s, std::string_view pin) {
  if (auto st = core::check_staff_no(s.staff_no); !st) return st;
  std::string name;
  if (auto reason = core::check_person_name(s.name, name); !reason.empty() || name != s.name)
    return base::Error{"a staff member's name is 1 to 50 characters on one line, without spaces around it"};
  return core::check_pin_format(pin);
}

}  // namespace

base::Status StaffTable::save(const core::StaffMember& s) {
  auto st = db_.cached(
      "INSERT INTO staff(staff_no, name, role, active) VALUES(?1, ?2, ?3, ?4) ON CONFLICT(staff_no) DO UPDATE SET "
      "name = excluded.name, role = excluded.role, active = excluded.active");
  if (!st) return st.error();
  (*st)->bind_all(s.staff_no, s.name, core::staff_role_code(s.role), s.active ? 1 : 0);
  return (*st)->run();
}

base::Result<std::optional<core::StaffMember>> StaffTable::find(const std::string& staff_no) {
  auto row = load(staff_no);
  if (!row) return row.error();
  if (!row.value()) return std::optional<core::StaffMember>{};
  return std::optional<core::StaffMember>((*row)->account.member);
}

base::Result<std::optional<StaffTable::Row>> StaffTable::load(const std::string& staff_no) {
  // Staff numbers are case-insensitive (a07 is A07): new ones are stored upper-case
  // (core::normalize_staff_no), and a row stored in lower case before that is still found.
  auto st = db_.cached(
      "SELECT name, role, active, pin_hash, failed_pins, locked_until, staff_no FROM staff "
      "WHERE staff_no = ?1 COLLATE NOCASE");
  if (!st) return st.error();
  (*st)->bind(1, staff_no);
  auto found = (*st)->step();
  if (!found) return found.error();
  if (!found.value()) return std::optional<Row>{};
  Row r;
  r.account.member = core::StaffMember{(*st)->text(6), (*st)->text(0),
                                       core::parse_staff_role((*st)->text(1)).value_or(core::StaffRole::Counter),
                                       (*st)->integer(2) != 0};
  r.pin_hash = (*st)->text(3);
  r.account.has_pin = !r.pin_hash.empty();
  r.account.lockout = core::StaffLockout{(*st)->integer(4), parse_locked_until((*st)->text(5))};
  return std::optional<Row>(std::move(r));
}

base::Result<std::optional<core::StaffAccount>> StaffTable::account(const std::string& staff_no) {
  auto row = load(staff_no);
  if (!row) return row.error();
  if (!row.value()) return std::optional<core::StaffAccount>{};
  return std::optional<core::StaffAccount>((*row)->account);
}

base::Result<std::vector<core::StaffAccount>> StaffTable::list() {
  auto st = db_.cached("SELECT staff_no FROM staff ORDER BY staff_no");
  if (!st) return st.error();
  std::vector<std::string> numbers;
  while (true) {
    auto more = (*st)->step();
    if (!more) return more.error();
    if (!more.value()) break;
    numbers.push_back((*st)->text(0));
  }
  std::vector<core::StaffAccount> out;
  for (const auto& no : numbers) {
    auto row = load(no);
    if (!row) return row.error();
    if (row.value()) out.push_back((*row)->account);
  }
  return out;
}

base::Result<bool> StaffTable::add(const core::StaffMember& s, std::string_view pin) {
  if (auto bad = check_new_member(s, pin); !bad) return bad.error();
  auto hash = hash_pin(pin);
  if (!hash) return hash.error();
  auto st = db_.cached(
      "INSERT INTO staff(staff_no, name, role, active, pin_hash, failed_pins, locked_until) "
      "SELECT ?1, ?2, ?3, ?4, ?5, 0, '' WHERE NOT EXISTS (SELECT 1 FROM staff WHERE staff_no = ?1 COLLATE NOCASE) "
      "ON CONFLICT(staff_no) DO NOTHING");
  if (!st) return st.error();
  (*st)->bind_all(s.staff_no, s.name, core::staff_role_code(s.role), s.active ? 1 : 0, *hash);
  if (auto done = (*st)->run(); !done) return done.error();
  return db_.changes() == 1;
}

base::Result<bool> StaffTable::set_pin(const std::string& staff_no, std::string_view pin) {
  if (auto bad = core::check_pin_format(pin); !bad) return bad.error();
  auto hash = hash_pin(pin);
  if (!hash) return hash.error();
  auto st = db_.cached("UPDATE staff SET pin_hash = ?2, failed_pins = 0, locked_until = '' WHERE staff_no = ?1 COLLATE NOCASE");
  if (!st) return st.error();
  (*st)->bind_all(staff_no, *hash);
  if (auto done = (*st)->run(); !done) return done.error();
  return db_.changes() == 1;
}

base::Result<bool> StaffTable::disable(const std::string& staff_no) {
  auto st = db_.cached("UPDATE staff SET active = 0 WHERE staff_no = ?1 COLLATE NOCASE");
  if (!st) return st.error();
  (*st)->bind(1, staff_no);
  if (auto done = (*st)->run(); !done) return done.error();
  return db_.changes() == 1;
}

base::Status StaffTable::store_lockout(const std::string& staff_no, const core::StaffLockout& lockout) {
  auto st = db_.cached("UPDATE staff SET failed_pins = ?2, locked_until = ?3 WHERE staff_no = ?1 COLLATE NOCASE");
  if (!st) return st.error();
  (*st)->bind_all(staff_no, lockout.failed_pins,
                  lockout.locked_until ? lockout.locked_until->iso_datetime() : std::string());
  return (*st)->run();
}

base::Result<core::SignInOutcome> StaffTable::sign_in(const std::string& staff_no, std::string_view pin,
                                                      const core::CivilTime& now, const core::Config::Counter& rules) {
  for (int attempt = 0; attempt < kSignInAttempts; ++attempt) {
    auto seen = load(staff_no);
    if (!seen) return seen.error();
    const std::optional<core::StaffAccount> seen_account =
        seen.value() ? std::optional<core::StaffAccount>((*seen)->account) : std::nullopt;
    const std::string seen_hash = seen.value() ? (*seen)->pin_hash : std::string();

    // A refusal whatever the PIN (unknown, disabled, no PIN, locked) writes nothing: no hash
    // check, no write lock.
    if (!core::pin_check_needed(seen_account, now))
      return core::decide_sign_in(seen_account, now, core::PinCheck::NotChecked, rules).outcome;

    const core::PinCheck check = pin_matches(pin, seen_hash) ? core::PinCheck::Right : core::PinCheck::Wrong;
    std::string fresh_hash;
    if (check == core::PinCheck::Right && pin_hash_outdated(seen_hash)) {
      auto h = hash_pin(pin);  // a failed rehash keeps the old hash; the sign-in still counts
      if (h) fresh_hash = std::move(*h);
    }

    auto tx = Transaction::begin(db_);
    if (!tx) return tx.error();
    auto now_row = load(staff_no);
    if (!now_row) return now_row.error();
    const std::optional<core::StaffAccount> account =
        now_row.value() ? std::optional<core::StaffAccount>((*now_row)->account) : std::nullopt;
    const std::string hash = now_row.value() ? (*now_row)->pin_hash : std::string();
    // The PIN was reset while it was being checked: check again against the new hash.
    if (hash != seen_hash) continue;

    core::SignInDecision d = core::decide_sign_in(account, now, check, rules);
    if (account && !(d.lockout == account->lockout)) {
      if (auto st = store_lockout(staff_no, d.lockout); !st) return st.error();
    }
    if (std::holds_alternative<core::sign_in::SignedIn>(d.outcome) && !fresh_hash.empty()) {
      auto st = db_.cached("UPDATE staff SET pin_hash = ?2 WHERE staff_no = ?1 COLLATE NOCASE");
      if (!st) return st.error();
      (*st)->bind_all(staff_no, fresh_hash);
      if (auto done = (*st)->run(); !done) return done.error();
    }
    if (auto c = tx->commit(); !c) return c.error();
    return d.outcome;
  }
  return base::Error{"sign-in for " + staff_no + " did not settle: the account kept changing; try again"};
}

}  // namespace store
