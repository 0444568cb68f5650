// store::StaffTable PINs and sign-in on a real SQLite file: the hash at rest, right and wrong PINs,
// lockout with injected times, disabled staff, PIN reset, rehash of an outdated hash, two
// connections racing the wrong-PIN count.
#include <doctest/doctest.h>
#include <sodium.h>

#include <thread>

#include "store/staff_pins.h"
#include "store/staff_table.h"
#include "store/store_fixture.h"

using namespace store;
using test_support::open_test_store;
using test_support::TempDir;

namespace {

const core::CivilTime kNine{2026, 11, 23, 9, 0, 0, 1};
const core::StaffMember kLi{"A07", "李娜", core::StaffRole::Counter, true};

std::string stored(Database& db, const std::string& column) {
  auto st = db.prepare("SELECT " + column + " FROM staff WHERE staff_no = 'A07'");
  REQUIRE(st.ok());
  REQUIRE(st->step().value());
  return st->text(0);
}

template <class T>
const T& as(const base::Result<core::SignInOutcome>& r) {
  REQUIRE_MESSAGE(r.ok(), (r.ok() ? std::string() : r.error().message));
  REQUIRE_MESSAGE(std::holds_alternative<T>(*r), core::describe(*r));
  return std::get<T>(*r);
}

}  // namespace

TEST_CASE("staff PIN: stored only as an Argon2id hash, salted, and checked") {
  TempDir dir;
  auto db = open_test_store(dir / "s.db");
  StaffTable staff(db);
  REQUIRE(staff.add(kLi, "20261123").value());
  const std::string hash = stored(db, "pin_hash");
  CHECK(hash.rfind("$argon2id$", 0) == 0);
  CHECK(hash.find("20261123") == std::string::npos);
  CHECK(pin_matches("20261123", hash));
  CHECK_FALSE(pin_matches("20261124", hash));
  CHECK_FALSE(pin_hash_outdated(hash));
  // Same PIN for a second member: a different salt, so a different hash.
  REQUIRE(staff.add(core::StaffMember{"A08", "王强", core::StaffRole::Reviewer, true}, "20261123").value());
  auto st = db.prepare("SELECT pin_hash FROM staff WHERE staff_no = 'A08'");
  REQUIRE(st->step().value());
  CHECK(st->text(0) != hash);
  // A taken number is not overwritten; a bad PIN or staff number is refused before any write.
  CHECK_FALSE(staff.add(core::StaffMember{"A07", "别人", core::StaffRole::Admin, true}, "1111").value());
  CHECK(stored(db, "name") == "李娜");
  auto bad = staff.add(core::StaffMember{"A09", "赵六", core::StaffRole::Counter, true}, "12ab");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().message.find("4 to 8 digits") != std::string::npos);
  CHECK_FALSE(staff.find("A09").value().has_value());
}

TEST_CASE("staff sign-in: right PIN, wrong PIN, unknown staff") {
  TempDir dir;
  auto db = open_test_store(dir / "s.db");
  StaffTable staff(db);
  REQUIRE(staff.add(kLi, "4321").value());
  core::Config::Counter rules;
  CHECK(as<core::sign_in::WrongPin>(staff.sign_in("A07", "1234", kNine, rules)).tries_left == 4);
  CHECK(stored(db, "failed_pins") == "1");
  CHECK(as<core::sign_in::SignedIn>(staff.sign_in("A07", "4321", kNine, rules)).staff.name == "李娜");
  CHECK(stored(db, "failed_pins") == "0");
  as<core::sign_in::UnknownStaff>(staff.sign_in("B01", "4321", kNine, rules));
}

TEST_CASE("staff sign-in: five wrong PINs lock for 15 minutes, the right PIN is refused meanwhile, then works") {
  TempDir dir;
  auto db = open_test_store(dir / "s.db");
  StaffTable staff(db);
  REQUIRE(staff.add(kLi, "4321").value());
  core::Config::Counter rules;
  for (int i = 0; i < 4; ++i) as<core::sign_in::WrongPin>(staff.sign_in("A07", "0000", kNine, rules));
  auto locked = as<core::sign_in::Locked>(staff.sign_in("A07", "0000", core::plus_seconds(kNine, 30), rules));
  CHECK(locked.until.iso_datetime() == "2026-11-23 09:15:30");
  CHECK(stored(db, "locked_until") == "2026-11-23 09:15:30");
  CHECK(staff.account("A07").value()->lockout.locked_until == locked.until);

  const core::CivilTime just_before{2026, 11, 23, 9, 15, 29, 1};
  CHECK(as<core::sign_in::Locked>(staff.sign_in("A07", "4321", just_before, rules)).until == locked.until);
  CHECK(stored(db, "locked_until") == "2026-11-23 09:15:30");  // refusals do not extend the lock

  const core::CivilTime after{2026, 11, 23, 9, 15, 30, 1};
  as<core::sign_in::SignedIn>(staff.sign_in("A07", "4321", after, rules));
  CHECK(stored(db, "locked_until").empty());
  CHECK(stored(db, "failed_pins") == "0");
}

TEST_CASE("staff sign-in: disabled staff and staff without a PIN are refused, and a PIN reset clears a lockout") {
  TempDir dir;
  auto db = open_test_store(dir / "s.db");
  StaffTable staff(db);
  REQUIRE(staff.add(kLi, "4321").value());
  core::Config::Counter rules;
  rules.wrong_pins_before_lockout = 1;
  as<core::sign_in::Locked>(staff.sign_in("A07", "9999", kNine, rules));
  REQUIRE(staff.set_pin("A07", "5678").value());
  CHECK(stored(db, "locked_until").empty());
  as<core::sign_in::SignedIn>(staff.sign_in("A07", "5678", kNine, rules));
  CHECK_FALSE(staff.set_pin("B01", "5678").value());

  REQUIRE(staff.disable("A07").value());
  as<core::sign_in::Disabled>(staff.sign_in("A07", "5678", kNine, rules));
  CHECK_FALSE(staff.disable("B01").value());

  REQUIRE(staff.save(core::StaffMember{"C03", "老账号", core::StaffRole::Approver, true}).ok());
  as<core::sign_in::NoPinSet>(staff.sign_in("C03", "1234", kNine, rules));
}

TEST_CASE("staff sign-in: an outdated hash is replaced at the next successful sign-in") {
  REQUIRE(sodium_init() >= 0);
  TempDir dir;
  auto db = open_test_store(dir / "s.db");
  StaffTable staff(db);
  REQUIRE(staff.add(kLi, "4321").value());
  // A hash made with lighter parameters (as an older release might have stored).
  char old_hash[crypto_pwhash_argon2id_STRBYTES];
  REQUIRE(crypto_pwhash_argon2id_str(old_hash, "4321", 4, crypto_pwhash_argon2id_OPSLIMIT_MIN,
                                     crypto_pwhash_argon2id_MEMLIMIT_MIN) == 0);
  REQUIRE(db.exec("UPDATE staff SET pin_hash = '" + std::string(old_hash) + "' WHERE staff_no = 'A07'").ok());
  CHECK(pin_hash_outdated(old_hash));
  core::Config::Counter rules;
  as<core::sign_in::WrongPin>(staff.sign_in("A07", "1111", kNine, rules));
  CHECK(stored(db, "pin_hash") == old_hash);  // only a right PIN may be rehashed
  as<core::sign_in::SignedIn>(staff.sign_in("A07", "4321", kNine, rules));
  const std::string fresh = stored(db, "pin_hash");
  CHECK(fresh != old_hash);
  CHECK_FALSE(pin_hash_outdated(fresh));
  CHECK(pin_matches("4321", fresh));
}

TEST_CASE("staff sign-in: wrong PINs from two counters at once are all counted") {
  TempDir dir;
  const auto file = dir / "s.db";
  {
    auto db = open_test_store(file);
    REQUIRE(StaffTable(db).add(kLi, "4321").value());
  }
  core::Config::Counter rules;
  rules.wrong_pins_before_lockout = 20;
  constexpr int kPerCounter = 3;
  auto counter = [&] {
    auto db = open_test_store(file);
    StaffTable staff(db);
    for (int i = 0; i < kPerCounter; ++i) {
      auto r = staff.sign_in("A07", "0000", kNine, rules);
      if (!r.ok() || !std::holds_alternative<core::sign_in::WrongPin>(*r)) return false;
    }
    return true;
  };
  bool ok_a = false, ok_b = false;
  std::thread a([&] { ok_a = counter(); });
  std::thread b([&] { ok_b = counter(); });
  a.join();
  b.join();
  CHECK(ok_a);
  CHECK(ok_b);
  auto db = open_test_store(file);
  CHECK(stored(db, "failed_pins") == std::to_string(2 * kPerCounter));
}
