#pragma once
// A look-up of a person's data for the kiosk and `onewindow status` (one code path): the store
// answers with plain rows (core::ResidentRecords) and core builds what a person sees from them
// (core/kiosk). Each look-up writes an audit-log row (who, when, whose as a keyed hash, why) in the
// same transaction as the reads, so no look-up goes unlogged.
#include <optional>
#include <string>

#include "base/result.h"
#include "core/domain/application.h"
#include "core/kiosk/resident_records.h"
#include "store/database.h"
#include "store/hall_key.h"

namespace store {

struct LookUp {
  std::string id_number;  // checked and normalised by the caller
  std::string who;        // "kiosk-01", a staff number
  std::string why;        // kWhyKioskCheck, kWhyIntake, …
  std::string at;         // local time "YYYY-MM-DD HH:MM:SS" for the audit log
};

// One application by a slip's acceptance number, logged under its applicant.
struct ApplicationLookUp {
  std::string acceptance_no;
  std::string who;
  std::string why;
  std::string at;
};

class StatusQuery {
 public:
  StatusQuery(Database& db, const HallKey& key) : db_(db), key_(key) {}
  // The resident with their benefits, latest payments and open applications (with materials and
  // events). nullopt: the store does not know this person (the look-up is still logged).
  base::Result<std::optional<core::ResidentRecords>> look_up(const LookUp& q);
  // The application with its materials and events; nullopt (and nothing logged: no person was
  // read) when the store does not hold that number.
  base::Result<std::optional<core::Application>> look_up_application(const ApplicationLookUp& q);

 private:
  Database& db_;
  const HallKey& key_;
};

}  // namespace store
