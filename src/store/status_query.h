#pragma once
// What the kiosk shows after a card read and what `onewindow status` prints: one code path.
// Each look-up writes an audit-log row (who, when, whose as a keyed hash, why) in the same
// transaction as the reads, so no look-up goes unlogged.
#include <optional>
#include <string>
#include <vector>

#include "core/domain/eligibility.h"
#include "core/kiosk/resident_status.h"
#include "base/result.h"
#include "store/database.h"
#include "store/hall_key.h"

namespace store {

struct LookUp {
  std::string id_number;  // checked and normalised by the caller
  std::string who;        // "kiosk-01", a staff number
  std::string why;        // kWhyKioskCheck, kWhyIntake, …
  std::string at;         // local time "YYYY-MM-DD HH:MM:SS" for the audit log
  std::string today;      // YYYY-MM-DD, for age-based hints
};

class StatusQuery {
 public:
  StatusQuery(Database& db, const HallKey& key, std::vector<core::EligibilityRule> rules)
      : db_(db), key_(key), rules_(std::move(rules)) {}
  // nullopt: the store does not know this person (the look-up is still logged).
  base::Result<std::optional<core::ResidentStatus>> look_up(const LookUp& q);

 private:
  Database& db_;
  const HallKey& key_;
  std::vector<core::EligibilityRule> rules_;
};

}  // namespace store
