#pragma once
// The case file (core/backoffice/case_file.h) of one application, read in one transaction on either
// store: the application with its household, declarations, materials and history; the results in
// case_steps; the notice in case_notices; the claim on the application's row. Staff see a person's
// data in full here, so every read is audited like every look-up (store/audit_log.h): who read it,
// when, whose (the applicant's ID number, hashed) and why (kWhyReview).
#include <optional>
#include <string>

#include "base/result.h"
#include "core/backoffice/case_file.h"
#include "core/domain/service_item.h"
#include "store/database.h"
#include "store/hall_key.h"

namespace store {

struct CaseFileRead {
  std::string acceptance_no;
  std::string who;  // staff number
  std::string at;   // local time "YYYY-MM-DD HH:MM:SS" (the audit row's, and the file's read_at)
};

class CaseFileReader {
 public:
  CaseFileReader(Database& db, const HallKey& key, const core::ServiceCatalog& catalog)
      : db_(db), key_(key), catalog_(catalog) {}
  // nullopt (and nothing logged: no person was read) when the store holds no such number.
  base::Result<std::optional<core::CaseFile>> read(const CaseFileRead& q);

 private:
  Database& db_;
  const HallKey& key_;
  const core::ServiceCatalog& catalog_;
};

}  // namespace store
