#pragma once
// Hall staff who accept, review and approve; their number is printed on the slip and written into
// every application event and audit-log row they cause.
#include <optional>
#include <string>
#include <string_view>

#include "core/domain/civil_time.h"
#include "base/result.h"

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

inline std::optional<StaffRole> parse_staff_role(std::string_view code) {
  for (auto r : {StaffRole::Counter, StaffRole::Reviewer, StaffRole::Approver, StaffRole::Admin})
    if (code == staff_role_code(r)) return r;
  return std::nullopt;
}

// Staff numbers are printed on slips and typed on the sign-in keypad: short, ASCII letters, digits, '-'.
inline constexpr std::size_t kMaxStaffNoLength = 16;
inline base::Status check_staff_no(std::string_view no) {
  if (no.empty() || no.size() > kMaxStaffNoLength ||
      no.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-") != std::string_view::npos)
    return base::Error{"a staff number is 1 to 16 letters, digits or '-' (e.g. A07)"};
  return base::ok();
}

// Wrong PINs since the last successful sign-in, and the end of a lockout (absent: not locked).
struct StaffLockout {
  int failed_pins = 0;
  std::optional<CivilTime> locked_until;
  bool operator==(const StaffLockout&) const = default;
};

// A staff member as the sign-in desk sees them; the PIN hash itself never leaves the store.
struct StaffAccount {
  StaffMember member;
  bool has_pin = false;
  StaffLockout lockout;
};

}  // namespace core
