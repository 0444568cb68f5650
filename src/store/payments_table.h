#pragma once
// payments: monthly payment records from the county's rosters (one row per resident, period and
// benefit type).
#include <cstdint>
#include <string>
#include <vector>

#include "core/domain/benefit.h"
#include "base/result.h"
#include "store/database.h"
#include "store/upsert_result.h"

namespace store {

class PaymentsTable {
 public:
  explicit PaymentsTable(Database& db) : db_(db) {}
  // Newest period first; within a period in benefit-type order. At most `limit` rows.
  base::Result<std::vector<core::PaymentRecord>> latest(const std::string& id_number, int limit);
  base::Result<Upsert> upsert(const core::PaymentRecord& p);
  // The same, for a resident whose row key the caller already holds (ResidentsTable::find_key).
  base::Result<Upsert> upsert_for(std::int64_t resident_key, const core::PaymentRecord& p);
  base::Result<long> count();

 private:
  Database& db_;
};

}  // namespace store
