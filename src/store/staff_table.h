#pragma once
// staff: who may accept, review and approve at this hall.
#include <optional>
#include <string>

#include "core/result.h"
#include "core/staff_member.h"
#include "store/database.h"

namespace store {

class StaffTable {
 public:
  explicit StaffTable(Database& db) : db_(db) {}
  core::Status save(const core::StaffMember& s);
  core::Result<std::optional<core::StaffMember>> find(const std::string& staff_no);

 private:
  Database& db_;
};

}  // namespace store
