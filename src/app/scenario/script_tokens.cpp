#include "app/scenario/script_tokens.h"

#include <charconv>

namespace app::scenario {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// The line up to a '#' that is not inside quotes.
std::string_view strip_comment(std::string_view line) {
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (quoted && line[i] == '\\') {
      ++i;
    } else if (line[i] == '"') {
      quoted = !quoted;
    } else if (!quoted && line[i] == '#') {
      return line.substr(0, i);
    }
  }
  return line;
}

base::Result<std::vector<Token>> tokenize(std::string_view s) {
  std::vector<Token> out;
  std::size_t i = 0;
  while (i < s.size()) {
    if (s[i] == ' ' || s[i] == '\t') {
      ++i;
      continue;
    }
    Token t;
    if (s[i] == '"') {
      t.quoted = true;
      ++i;
      bool closed = false;
      while (i < s.size()) {
        char c = s[i++];
        if (c == '"') {
          closed = true;
          break;
        }
        if (c == '\\') {
          if (i >= s.size()) break;
          char e = s[i++];
          if (e != '"' && e != '\\') return base::Error{std::string("unknown escape \\") + e + " (only \\\" and \\\\)"};
          c = e;
        }
        t.text += c;
      }
      if (!closed) return base::Error{"a quoted string is not closed"};
      if (i < s.size() && s[i] != ' ' && s[i] != '\t') return base::Error{"put a space after the closing quote"};
    } else {
      while (i < s.size() && s[i] != ' ' && s[i] != '\t') {
        if (s[i] == '"') return base::Error{"a quote inside a word; quote the whole string"};
        t.text += s[i++];
      }
    }
    out.push_back(std::move(t));
  }
  return out;
}

bool parse_int(std::string_view s, long& v) {
  if (s.empty()) return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  return ec == std::errc() && p == s.data() + s.size();
}

// "2s", "500ms", "1.5s" to milliseconds.
bool parse_duration(std::string_view s, int& ms) {
  constexpr long kMaxMs = 600'000;  // ten minutes: longer is a typo
  long scale = 0;
  std::string_view num;
  if (s.size() > 2 && s.substr(s.size() - 2) == "ms") {
    scale = 1;
    num = s.substr(0, s.size() - 2);
  } else if (s.size() > 1 && s.back() == 's') {
    scale = 1000;
    num = s.substr(0, s.size() - 1);
  } else {
    return false;
  }
  long whole = 0, frac = 0, frac_scale = 1;
  auto dot = num.find('.');
  if (dot == std::string_view::npos) {
    if (!parse_int(num, whole)) return false;
  } else {
    if (!parse_int(num.substr(0, dot), whole) || !parse_int(num.substr(dot + 1), frac)) return false;
    for (std::size_t k = dot + 1; k < num.size(); ++k) frac_scale *= 10;
  }
  if (whole < 0 || frac < 0) return false;
  long total = whole * scale + frac * scale / frac_scale;
  if (total > kMaxMs) return false;
  ms = static_cast<int>(total);
  return true;
}

}  // namespace app::scenario
