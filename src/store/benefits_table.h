#pragma once
// benefits: what each resident holds (one row per resident and benefit type).
#include <optional>
#include <string>
#include <vector>

#include "core/domain/benefit.h"
#include "base/result.h"
#include "store/database.h"
#include "store/upsert_result.h"

namespace store {

class BenefitsTable {
 public:
  explicit BenefitsTable(Database& db) : db_(db) {}
  // In benefit-type order of the roster vocabulary (低保 first), then by since.
  base::Result<std::vector<core::Benefit>> for_resident(const std::string& id_number);
  base::Result<Upsert> upsert(const core::Benefit& b);

 private:
  Database& db_;
};

}  // namespace store
