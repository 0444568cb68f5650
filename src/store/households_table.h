#pragma once
// households and household_members: the 户 benefits are granted to, with each member's relation.
#include <optional>
#include <string>

#include "core/domain/resident.h"
#include "base/result.h"
#include "store/database.h"

namespace store {

class HouseholdsTable {
 public:
  explicit HouseholdsTable(Database& db) : db_(db) {}
  // Inserts or replaces the household and its member list (members must be residents).
  base::Status save(const core::Household& h);
  base::Result<std::optional<core::Household>> find(const std::string& household_no);
  // The household a resident belongs to, if any.
  base::Result<std::optional<std::string>> household_of(const std::string& id_number);

 private:
  Database& db_;
};

}  // namespace store
