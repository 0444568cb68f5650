#pragma once
// The day ledger (受理台账) query: the applications accepted on one day, at one counter or all, in
// acceptance order, each with whether its slip was printed (the latest row of slip_prints).
#include <optional>
#include <string>
#include <vector>

#include "core/domain/ledger.h"
#include "base/result.h"
#include "store/database.h"

namespace store {

class DayLedger {
 public:
  explicit DayLedger(Database& db) : db_(db) {}
  // `date` is YYYY-MM-DD (an error otherwise); `terminal` keeps only the applications numbered by
  // that counter (the TT of HALL-TT-YYYYMMDD-NNNN). Rows come with full name and ID number.
  base::Result<std::vector<core::LedgerRow>> rows(const std::string& date, std::optional<int> terminal = {});

 private:
  Database& db_;
};

}  // namespace store
