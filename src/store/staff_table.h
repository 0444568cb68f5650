#pragma once
// staff: who may accept, review and approve at this hall, and how they sign in at a counter
// (PIN hash, wrong-PIN count, lockout; schema version 4).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/domain/civil_time.h"
#include "core/config.h"
#include "base/result.h"
#include "core/domain/sign_in.h"
#include "core/domain/staff_member.h"
#include "store/database.h"

namespace store {

class StaffTable {
 public:
  explicit StaffTable(Database& db) : db_(db) {}
  // Name, role and active flag; a new row gets no PIN (sign-in refused until one is set).
  base::Status save(const core::StaffMember& s);
  base::Result<std::optional<core::StaffMember>> find(const std::string& staff_no);

  // Adds a member with their first PIN (format checked here too). False when the number is taken.
  base::Result<bool> add(const core::StaffMember& s, std::string_view pin);
  // Replaces the PIN and clears wrong-PIN count and lockout. False for an unknown staff number.
  base::Result<bool> set_pin(const std::string& staff_no, std::string_view pin);
  // Refuses every later sign-in; the row stays (events and slips name the staff number).
  // False for an unknown staff number.
  base::Result<bool> disable(const std::string& staff_no);
  base::Result<std::optional<core::StaffAccount>> account(const std::string& staff_no);
  // Every member, by staff number.
  base::Result<std::vector<core::StaffAccount>> list();

  // The counter's sign-in: checks the PIN against its Argon2id hash (outside the write lock: it
  // takes tens of milliseconds), then applies core::decide_sign_in() to the row as it is at that
  // moment inside one BEGIN IMMEDIATE transaction, so wrong PINs typed at two counters at once
  // are both counted. Refusals that no PIN could change (unknown, disabled, locked) are answered
  // from a read alone. A successful sign-in with an outdated hash stores a fresh one.
  // Errors are only store failures; every refusal is an outcome.
  base::Result<core::SignInOutcome> sign_in(const std::string& staff_no, std::string_view pin,
                                            const core::CivilTime& now, const core::Config::Counter& rules);

 private:
  struct Row {
    core::StaffAccount account;
    std::string pin_hash;
  };
  base::Result<std::optional<Row>> load(const std::string& staff_no);
  base::Status store_lockout(const std::string& staff_no, const core::StaffLockout& lockout);
  Database& db_;
};

}  // namespace store
