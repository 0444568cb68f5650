#include "core/domain/roster_fields.h"

#include <algorithm>
#include <array>
#include <cstdio>

#include "base/calendar.h"
#include "base/utf8.h"

namespace core {
namespace {

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == 0xA0 || c == 0x3000 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F ||
         c == 0x205F || c == 0xFEFF;
}

// Decodes one code point at s[i] (valid UTF-8 assumed; a bad byte reads as U+FFFD); returns its length.
std::size_t next_cp(std::string_view s, std::size_t i, char32_t& cp) {
  const std::size_t end = base::next_char_boundary(s, i);
  const auto cps = base::decode_utf8(s.substr(i, end - i));
  cp = cps.empty() ? base::kReplacementChar : cps.front();
  return end - i;
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

// Splits "Y<sep>M[<sep>D]" where sep is one of - / . and the parts are digits.
bool split_parts(std::string_view s, std::array<std::string_view, 3>& parts, std::size_t& count) {
  count = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == '-' || s[i] == '/' || s[i] == '.') {
      if (count == 3) return false;
      parts[count++] = s.substr(start, i - start);
      start = i + 1;
    }
  }
  for (std::size_t k = 0; k < count; ++k)
    if (!all_digits(parts[k])) return false;
  // One separator kind throughout: 2026-3/1 is not a form anyone types.
  char sep = 0;
  for (char c : s)
    if (c == '-' || c == '/' || c == '.') {
      if (sep && c != sep) return false;
      sep = c;
    }
  return true;
}

// "2026年3月1日" / "2026年9月" → "2026-3-1" / "2026-9".
std::string chinese_date_to_dashes(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    if (s.substr(i, 3) == "年" || s.substr(i, 3) == "月") {
      out += '-';
      i += 3;
    } else if (s.substr(i, 3) == "日" || s.substr(i, 3) == "号") {
      i += 3;
    } else {
      out += s[i++];
    }
  }
  if (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

bool valid_time(std::string_view t) {
  // H:MM, HH:MM or HH:MM:SS
  std::array<std::string_view, 3> parts{};
  std::size_t count = 0, start = 0;
  for (std::size_t i = 0; i <= t.size(); ++i) {
    if (i == t.size() || t[i] == ':') {
      if (count == 3) return false;
      parts[count++] = t.substr(start, i - start);
      start = i + 1;
    }
  }
  if (count < 2) return false;
  for (std::size_t k = 0; k < count; ++k)
    if (!all_digits(parts[k]) || parts[k].size() > 2) return false;
  return to_int(parts[0]) < 24 && parts[1].size() == 2 && to_int(parts[1]) < 60 &&
         (count < 3 || (parts[2].size() == 2 && to_int(parts[2]) < 60));
}

std::string two(int v) {
  char b[8];
  std::snprintf(b, sizeof b, "%02d", v);
  return b;
}

}  // namespace

std::string trim_spaces(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e) {
    char32_t cp;
    const std::size_t n = next_cp(s, b, cp);
    if (!is_space(cp)) break;
    b += n;
  }
  while (e > b) {
    const std::size_t start = base::previous_char_boundary(s, e);
    char32_t cp;
    next_cp(s, start, cp);
    if (!is_space(cp)) break;
    e = start;
  }
  return std::string(s.substr(b, e - b));
}

std::string to_half_width(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    char32_t cp;
    const std::size_t n = next_cp(s, i, cp);
    if (cp >= 0xFF01 && cp <= 0xFF5E) out += static_cast<char>(cp - 0xFF01 + 0x21);
    else if (cp == 0x3002) out += '.';  // 。 typed for a decimal point
    else out.append(s.substr(i, n));
    i += n;
  }
  return out;
}

std::string header_key(std::string_view s) {
  std::string out = trim_spaces(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::optional<std::string> parse_roster_date(std::string_view text) {
  std::string s = chinese_date_to_dashes(to_half_width(trim_spaces(text)));
  if (const auto space = s.find(' '); space != std::string::npos) {
    if (!valid_time(trim_spaces(s.substr(space + 1)))) return std::nullopt;
    s.resize(space);
  } else if (const auto t = s.find('T'); t != std::string::npos) {  // ISO 8601 "2026-03-01T00:00:00"
    if (!valid_time(s.substr(t + 1))) return std::nullopt;
    s.resize(t);
  }
  int y = 0, m = 0, d = 0;
  if (s.size() == 8 && all_digits(s)) {
    y = to_int(s.substr(0, 4)), m = to_int(s.substr(4, 2)), d = to_int(s.substr(6, 2));
  } else {
    std::array<std::string_view, 3> parts{};
    std::size_t count = 0;
    if (!split_parts(s, parts, count) || count != 3 || parts[0].size() != 4 || parts[1].size() > 2 ||
        parts[2].size() > 2)
      return std::nullopt;
    y = to_int(parts[0]), m = to_int(parts[1]), d = to_int(parts[2]);
  }
  if (y < 1900 || !base::valid_date(y, m, d)) return std::nullopt;
  return std::to_string(y) + "-" + two(m) + "-" + two(d);
}

std::optional<std::string> parse_roster_month(std::string_view text) {
  const std::string s = chinese_date_to_dashes(to_half_width(trim_spaces(text)));
  int y = 0, m = 0;
  if (s.size() == 6 && all_digits(s)) {
    y = to_int(s.substr(0, 4)), m = to_int(s.substr(4, 2));
  } else {
    std::array<std::string_view, 3> parts{};
    std::size_t count = 0;
    if (!split_parts(s, parts, count) || count != 2 || parts[0].size() != 4 || parts[1].empty() ||
        parts[1].size() > 2)
      return std::nullopt;
    y = to_int(parts[0]), m = to_int(parts[1]);
  }
  if (y < 1900 || m < 1 || m > 12) return std::nullopt;
  return std::to_string(y) + "-" + two(m);
}

std::optional<Fen> parse_roster_amount(std::string_view text) {
  std::string s = to_half_width(trim_spaces(text));
  // Currency signs before, 元 after: ￥ (U+FFE5) became no ASCII; ¥ is U+00A5.
  for (std::string_view sign : {std::string_view("\xEF\xBF\xA5"), std::string_view("\xC2\xA5")}) {
    if (s.rfind(sign, 0) == 0) s.erase(0, sign.size());
  }
  if (s.size() >= 3 && s.compare(s.size() - 3, 3, "元") == 0) s.resize(s.size() - 3);
  s = trim_spaces(s);
  // Thousands separators: only between groups of exactly three digits before the point.
  if (s.find(',') != std::string::npos) {
    const std::size_t point = std::min(s.find('.'), s.size());
    std::string whole = s.substr(0, point);
    std::size_t group_end = whole.size();
    std::string plain;
    for (std::size_t comma = whole.rfind(','); comma != std::string::npos; comma = whole.rfind(',', comma - 1)) {
      if (group_end - comma - 1 != 3) return std::nullopt;
      plain.insert(0, whole.substr(comma + 1, 3));
      group_end = comma;
      if (comma == 0) return std::nullopt;
    }
    if (group_end == 0 || group_end > 3) return std::nullopt;
    plain.insert(0, whole.substr(0, group_end));
    s = plain + s.substr(point);
  }
  return parse_yuan(s);
}

std::string clean_id_cell(std::string_view text) {
  std::string s = to_half_width(trim_spaces(text));
  if (!s.empty() && s.front() == '\'') s.erase(0, 1);
  return trim_spaces(s);
}

}  // namespace core
