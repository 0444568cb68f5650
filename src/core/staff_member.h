#pragma once
// Hall staff who accept, review and approve; their number is printed on the slip and written into
// every application event and audit-log row they cause.
#include <string>

namespace core {

enum class StaffRole { Counter, Reviewer, Approver, Admin };  // 窗口 / 审核 / 审批 / 管理

struct StaffMember {
  std::string staff_no;  // e.g. "A07"
  std::string name;
  StaffRole role = StaffRole::Counter;
  bool active = true;
};

inline const char* staff_role_code(StaffRole r) {
  switch (r) {
    case StaffRole::Counter: return "counter";
    case StaffRole::Reviewer: return "reviewer";
    case StaffRole::Approver: return "approver";
    case StaffRole::Admin: return "admin";
  }
  return "counter";
}

}  // namespace core
