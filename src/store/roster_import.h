#pragma once
// Writes a checked roster into the store in one transaction: all rows or none. A person the store
// does not know yet is added (birth date and gender from the ID number); a roster name that
// differs from the stored name is reported and the stored name kept. Importing the same roster
// again changes nothing and says so. The commit is synced (synchronous=FULL); copying its WAL
// frames back into the database file is left to Database::checkpoint_when_idle() (or to the last
// connection closing), so a monthly roster does not write the payments table twice in one go.
#include <memory>
#include <string>
#include <vector>

#include "base/result.h"
#include "core/domain/roster.h"
#include "store/database.h"

namespace store {

inline constexpr std::size_t kMaxNameMismatchesKept = 1000;

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
  std::vector<NameMismatch> name_mismatches;  // the first kMaxNameMismatchesKept of them
  long name_mismatch_count = 0;               // all of them
};

base::Result<RosterImportReport> import_roster(Database& db, const core::Roster& roster);

// The same a row at a time, for a roster read from a file in a stream (already checked whole by
// core::RosterChecker): start() opens the transaction, add() writes a row, commit() ends it; a
// RosterWriter destroyed before commit() rolls everything back.
class RosterWriter {
 public:
  explicit RosterWriter(Database& db);
  ~RosterWriter();
  RosterWriter(const RosterWriter&) = delete;
  RosterWriter& operator=(const RosterWriter&) = delete;

  // rows: how many the roster holds (chooses between one scan of every resident and look-ups).
  base::Status start(std::size_t rows);
  base::Status add(const core::BenefitRollRow& row);
  base::Status add(const core::PaymentRosterRow& row);
  base::Result<RosterImportReport> commit();

 private:
  struct State;
  Database& db_;
  std::unique_ptr<State> state_;
};

}  // namespace store
