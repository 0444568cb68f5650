#pragma once
// Resident ID numbers (GB 11643-1999): 6-digit division code, 8-digit birth date, 3-digit sequence
// (odd = male), and a check character by ISO 7064 MOD 11-2. The same check applies to the numbers
// of Hong Kong/Macau/Taiwan residence permits (810000/820000/830000…) and 2023 foreigner permanent
// residence cards (starting with 9), so no division-code table is consulted.
#include <optional>
#include <string>
#include <string_view>

namespace base {

struct IdNumberProblem {
  enum class Kind { Length, Characters, BirthDate, CheckCharacter } kind;
  std::string message;  // a sentence a person can act on, e.g. "check character expected X got 5"
};

// The check character for the first 17 digits ('0'..'9' or 'X'). Precondition: 17 ASCII digits.
char id_check_character(std::string_view first17);

// nullopt when valid. A lower-case 'x' is accepted as the check character.
std::optional<IdNumberProblem> check_id_number(std::string_view id);
inline bool is_valid_id_number(std::string_view id) { return !check_id_number(id).has_value(); }

// Upper-cases a trailing 'x'; returns the input unchanged otherwise.
std::string normalize_id_number(std::string_view id);

struct BirthDate {
  int year, month, day;
};
// The birth date encoded in a (structurally valid) ID number.
std::optional<BirthDate> birth_date_of(std::string_view id);

}  // namespace base
