#pragma once
// Staff numbers are case-insensitive: a07 and A07 are one account, kept in upper case. Every place
// a number comes in (the sign-in keypad, `onewindow staff …`) passes it through here first.
#include <string>
#include <string_view>

namespace core {

inline std::string normalize_staff_no(std::string_view staff_no) {
  std::string out(staff_no);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return out;
}

}  // namespace core
