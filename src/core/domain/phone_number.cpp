#include "core/domain/phone_number.h"

namespace core {
namespace {

constexpr std::size_t kMaxTyped = 24;  // longer than any number with separators: refused unread

// Area codes: 010 and 02x have three digits, all others four (0 + three, the first not 0, 1 or 2).
std::size_t area_code_length(const std::string& digits) {
  if (digits.size() < 3 || digits[0] != '0') return 0;
  if (digits[1] == '1') return digits[2] == '0' ? 3 : 0;
  if (digits[1] == '2') return 3;
  return 4;
}

}  // namespace

std::optional<std::string> normalize_phone(std::string_view typed) {
  if (typed.size() > kMaxTyped) return std::nullopt;
  std::string digits;
  for (char c : typed) {
    if (c >= '0' && c <= '9') digits += c;
    else if (c != ' ' && c != '-') return std::nullopt;
  }
  if (digits.size() == 11 && digits[0] == '1' && digits[1] >= '3' && digits[1] <= '9') return digits;
  const std::size_t area = area_code_length(digits);
  if (area == 0) return std::nullopt;
  const std::size_t local = digits.size() - area;
  // A local number has 7 or 8 digits and never starts with 0 or 1 (those would be a trunk or
  // service prefix).
  if (local < 7 || local > 8 || digits[area] == '0' || digits[area] == '1') return std::nullopt;
  return digits.substr(0, area) + "-" + digits.substr(area);
}

}  // namespace core
