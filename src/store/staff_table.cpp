#include "store/staff_table.h"

namespace store {

core::Status StaffTable::save(const core::StaffMember& s) {
  auto st = db_.cached(
      "INSERT INTO staff(staff_no, name, role, active) VALUES(?1, ?2, ?3, ?4) ON CONFLICT(staff_no) DO UPDATE SET "
      "name = excluded.name, role = excluded.role, active = excluded.active");
  if (!st) return st.error();
  (*st)->bind_all(s.staff_no, s.name, core::staff_role_code(s.role), s.active ? 1 : 0);
  return (*st)->run();
}

core::Result<std::optional<core::StaffMember>> StaffTable::find(const std::string& staff_no) {
  auto st = db_.cached("SELECT name, role, active FROM staff WHERE staff_no = ?1");
  if (!st) return st.error();
  (*st)->bind(1, staff_no);
  auto row = (*st)->step();
  if (!row) return row.error();
  if (!row.value()) return std::optional<core::StaffMember>{};
  core::StaffMember m{staff_no, (*st)->text(0), core::StaffRole::Counter, (*st)->integer(2) != 0};
  for (auto r : {core::StaffRole::Counter, core::StaffRole::Reviewer, core::StaffRole::Approver, core::StaffRole::Admin})
    if ((*st)->text(1) == core::staff_role_code(r)) m.role = r;
  return std::optional<core::StaffMember>(m);
}

}  // namespace store
