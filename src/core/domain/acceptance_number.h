#pragma once
// Acceptance numbers (受理编号): hall code + terminal number + date + daily sequence, e.g.
// 320102-01-20261123-0042. Unique without a server because each terminal numbers its own
// applications; the store allocates the sequence so a number is never reused after a restart.
#include <optional>
#include <string>
#include <string_view>

#include "base/result.h"

namespace core {

inline constexpr int kMaxDailySequence = 9999;  // four digits on the slip
inline constexpr int kMaxTerminal = 99;

struct AcceptanceNumber {
  std::string hall_code;  // six digits (administrative division code)
  int terminal = 1;       // 1..99
  int year = 1970, month = 1, day = 1;
  int sequence = 1;  // 1..9999
  auto operator<=>(const AcceptanceNumber&) const = default;

  std::string date_key() const;  // YYYYMMDD
};

std::string format_acceptance_number(const AcceptanceNumber& n);
// Strict: exactly the format above, a real date, sequence and terminal not zero.
base::Result<AcceptanceNumber> parse_acceptance_number(std::string_view text);

}  // namespace core
