#pragma once
// audit_log: one row per look-up of a person's data — who looked (kiosk or staff id), when, whose
// (the ID number as a keyed hash under the hall key's "audit-id" sub-key, never in clear) and why
// (kiosk check, intake, review).
#include <string>

#include "base/result.h"
#include "store/database.h"
#include "store/hall_key.h"

namespace store {

inline constexpr const char* kWhyKioskCheck = "kiosk check";
inline constexpr const char* kWhyIntake = "intake";
inline constexpr const char* kWhyReview = "review";
inline constexpr const char* kWhyCommandLine = "command line";

class AuditLog {
 public:
  AuditLog(Database& db, const HallKey& key) : db_(db), key_(key) {}
  base::Status record(const std::string& at, const std::string& who, const std::string& id_number,
                      const std::string& why);
  // How many look-ups of this ID number were logged (for a technician holding the key).
  base::Result<long> count_for(const std::string& id_number);

 private:
  Database& db_;
  const HallKey& key_;
};

}  // namespace store
