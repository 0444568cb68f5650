#pragma once
// Masking of personal data shown to the public (domain.md "Personal data on screens and paper").
// Every function works on code points, so names with CJK Extension A/B characters are masked by
// character, never split inside a UTF-8 sequence.
#include <string>
#include <string_view>

namespace core {

inline constexpr char kMaskChar = '*';

// First 6 and last 4 characters kept, the rest '*': 320102********1234. Anything of 10 characters
// or fewer is masked whole (keeping 10 would show it all).
std::string mask_id_number(std::string_view id);

// Chinese names: one character → '*'; two → first + '*' (张*); three or more → first and last kept,
// each character between masked (张*三, 欧**英). A Latin-letter name keeps the first letter of each
// word (JOHN SMITH → J*** S****). Separators (space, '·', '-') are kept.
std::string mask_name(std::string_view name);

// Digits: first 3 and last 4 kept (138****5678); shorter than 8 digits → all masked but the last 2.
std::string mask_phone(std::string_view phone);

// The first 6 characters, then "****".
std::string mask_address(std::string_view address);

}  // namespace core
