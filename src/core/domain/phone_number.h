#pragma once
// An applicant's phone number as the counter takes it: a mainland mobile number (11 digits,
// 1[3-9]xxxxxxxxx) or a landline with its area code (0 + 2 or 3 digits, then 7 or 8 digits: 010,
// 02x, 0xxx). Spaces and hyphens as people write them are allowed; the stored form is the mobile's
// 11 digits or "area-number" (025-84000000).
#include <optional>
#include <string>
#include <string_view>

namespace core {

// The stored form, or empty when `typed` is neither kind of number.
std::optional<std::string> normalize_phone(std::string_view typed);

}  // namespace core
