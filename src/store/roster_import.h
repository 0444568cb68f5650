#pragma once
// Writes a checked roster into the store in one transaction: all rows or none. A person the store
// does not know yet is added (birth date and gender from the ID number); a roster name that
// differs from the stored name is reported and the stored name kept. Importing the same roster
// again changes nothing and says so. The commit is synced (synchronous=FULL); copying its WAL
// frames back into the database file is left to Database::checkpoint_when_idle() (or to the last
// connection closing), so a monthly roster does not write the payments table twice in one go.
#include <string>
#include <vector>

#include "base/result.h"
#include "core/domain/roster.h"
#include "store/database.h"

namespace store {

struct NameMismatch {
  int line = 0;
  std::string id_number;
  std::string roster_name;
  std::string stored_name;
};

struct RosterImportReport {
  long rows = 0;
  long inserted = 0, updated = 0, unchanged = 0;
  long new_residents = 0;
  std::vector<NameMismatch> name_mismatches;
};

base::Result<RosterImportReport> import_roster(Database& db, const core::Roster& roster);

}  // namespace store
