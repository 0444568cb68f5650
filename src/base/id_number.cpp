#include "base/id_number.h"

#include "base/utf8.h"

#include "base/calendar.h"

namespace base {

namespace {
constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char kCheckChars[11] = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
bool is_digit(char c) { return c >= '0' && c <= '9'; }
int two(std::string_view s, size_t at) { return (s[at] - '0') * 10 + (s[at + 1] - '0'); }
}  // namespace

char id_check_character(std::string_view first17) {
  int sum = 0;
  for (size_t i = 0; i < 17; ++i) sum += (first17[i] - '0') * kWeights[i];
  return kCheckChars[sum % 11];
}

std::optional<BirthDate> birth_date_of(std::string_view id) {
  if (id.size() < 14) return std::nullopt;
  for (size_t i = 6; i < 14; ++i)
    if (!is_digit(id[i])) return std::nullopt;
  BirthDate b{two(id, 6) * 100 + two(id, 8), two(id, 10), two(id, 12)};
  if (!valid_date(b.year, b.month, b.day) || b.year < 1800) return std::nullopt;
  return b;
}

std::optional<IdNumberProblem> check_id_number(std::string_view id) {
  using K = IdNumberProblem::Kind;
  // Lengths and positions in characters, as a person counts them (a full-width digit is one).
  const std::size_t chars = count_chars(id);
  if (chars != 18) return IdNumberProblem{K::Length, "length must be 18 characters, got " + std::to_string(chars)};
  for (size_t i = 0, c = 1; i < id.size(); i = next_char_boundary(id, i), ++c) {
    if (c <= 17 && !is_digit(id[i]))
      return IdNumberProblem{K::Characters, "character " + std::to_string(c) + " must be a digit"};
  }
  if (id.size() != 18) return IdNumberProblem{K::Characters, "character 18 must be a digit or X"};
  const char last = id[17];
  if (!is_digit(last) && last != 'X' && last != 'x')
    return IdNumberProblem{K::Characters, "character 18 must be a digit or X"};
  if (!birth_date_of(id))
    return IdNumberProblem{K::BirthDate, "birth date " + std::string(id.substr(6, 8)) + " is not a real date"};
  const char want = id_check_character(id.substr(0, 17));
  const char got = last == 'x' ? 'X' : last;
  if (want != got)
    return IdNumberProblem{K::CheckCharacter,
                           std::string("check character expected ") + want + " got " + std::string(1, last)};
  return std::nullopt;
}

std::string normalize_id_number(std::string_view id) {
  std::string s(id);
  if (s.size() == 18 && s[17] == 'x') s[17] = 'X';
  return s;
}

}  // namespace base
