#include "core/domain/acceptance_number.h"

#include <cstdio>

#include "core/domain/civil_time.h"

namespace core {
namespace {

constexpr std::size_t kHallCodeDigits = 6;
constexpr std::size_t kFormattedLength = 6 + 1 + 2 + 1 + 8 + 1 + 4;

bool all_digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}
int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

}  // namespace

std::string AcceptanceNumber::date_key() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d%02d%02d", year, month, day);
  return buf;
}

std::string format_acceptance_number(const AcceptanceNumber& n) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "-%02d-%s-%04d", n.terminal, n.date_key().c_str(), n.sequence);
  return n.hall_code + buf;
}

base::Result<AcceptanceNumber> parse_acceptance_number(std::string_view text) {
  const std::string shown(text.substr(0, 40));
  if (text.size() != kFormattedLength || text[6] != '-' || text[9] != '-' || text[18] != '-')
    return base::Error{"acceptance number '" + shown + "' is not in the form 320102-01-20261123-0042"};
  std::string_view hall = text.substr(0, kHallCodeDigits), term = text.substr(7, 2), date = text.substr(10, 8),
                   seq = text.substr(19, 4);
  if (!all_digits(hall) || !all_digits(term) || !all_digits(date) || !all_digits(seq))
    return base::Error{"acceptance number '" + shown + "' may hold only digits between the dashes"};
  AcceptanceNumber n;
  n.hall_code = std::string(hall);
  n.terminal = to_int(term);
  n.year = to_int(date.substr(0, 4));
  n.month = to_int(date.substr(4, 2));
  n.day = to_int(date.substr(6, 2));
  n.sequence = to_int(seq);
  if (!base::valid_date(n.year, n.month, n.day)) return base::Error{"acceptance number '" + shown + "' has no real date"};
  if (n.terminal == 0) return base::Error{"acceptance number '" + shown + "' has terminal 00"};
  if (n.sequence == 0) return base::Error{"acceptance number '" + shown + "' has sequence 0000"};
  return n;
}

}  // namespace core
