#include "store/pg/sql_dialect.h"

#include <cctype>

namespace store::pg {
namespace {

bool starts_with_word(std::string_view s, std::string_view word) {
  if (s.size() < word.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i)
    if (std::toupper(static_cast<unsigned char>(s[i])) != word[i]) return false;
  return s.size() == word.size() || !std::isalnum(static_cast<unsigned char>(s[word.size()]));
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && (std::isspace(static_cast<unsigned char>(s.back())) || s.back() == ';')) s.remove_suffix(1);
  return s;
}

// "IS NOT " right before position `at` (the '?'), case-insensitive; returns where it starts.
std::size_t is_not_before(const std::string& out) {
  static constexpr std::string_view kIsNot = "IS NOT ";
  if (out.size() < kIsNot.size()) return std::string::npos;
  const std::size_t start = out.size() - kIsNot.size();
  for (std::size_t i = 0; i < kIsNot.size(); ++i)
    if (std::toupper(static_cast<unsigned char>(out[start + i])) != kIsNot[i]) return std::string::npos;
  if (start > 0 && std::isalnum(static_cast<unsigned char>(out[start - 1]))) return std::string::npos;
  return start;
}

}  // namespace

Translated to_postgres(std::string_view sql) {
  const std::string_view t = trim(sql);
  if (starts_with_word(t, "PRAGMA")) {
    std::string upper;
    for (char c : t) upper += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (upper == "PRAGMA SYNCHRONOUS=FULL") return {"SET synchronous_commit = on", 0};
    if (upper == "PRAGMA SYNCHRONOUS=NORMAL") return {"SET synchronous_commit = off", 0};
    return {};
  }
  if (starts_with_word(t, "BEGIN")) {
    std::string_view rest = trim(t.substr(5));
    if (starts_with_word(rest, "IMMEDIATE") || starts_with_word(rest, "DEFERRED") || starts_with_word(rest, "EXCLUSIVE"))
      return {"BEGIN", 0};
  }
  std::string out;
  out.reserve(sql.size() + 16);
  bool quoted = false;
  int highest = 0;  // a bare ? is numbered one past the highest so far, as SQLite numbers it
  for (std::size_t i = 0; i < sql.size(); ++i) {
    const char c = sql[i];
    if (c == '\'') quoted = !quoted;  // '' inside a literal toggles twice: still right
    if (!quoted && c == '?') {
      if (std::size_t at = is_not_before(out); at != std::string::npos) {
        out.resize(at);
        out += "IS DISTINCT FROM ";
      }
      out += '$';
      int n = 0;
      std::size_t j = i + 1;
      while (j < sql.size() && std::isdigit(static_cast<unsigned char>(sql[j]))) n = n * 10 + (sql[j++] - '0');
      if (j == i + 1) n = highest + 1;
      if (n > highest) highest = n;
      out += std::to_string(n);
      i = j - 1;
      continue;
    }
    out += c;
  }
  return {out, highest};
}

}  // namespace store::pg
