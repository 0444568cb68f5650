#include "base/printable.h"

#include <algorithm>
#include <cstdio>

namespace base {
namespace {

// Length of the well-formed UTF-8 sequence at text[i] and its code point, or 0 when the byte there
// does not start one (stray continuation, overlong form, surrogate, beyond U+10FFFF, cut short).
std::size_t sequence_at(std::string_view text, std::size_t i, char32_t& cp) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(text[i + k]); };
  const unsigned char c = b(0);
  if (c < 0x80) {
    cp = c;
    return 1;
  }
  std::size_t n = 0;
  char32_t min = 0;
  if ((c & 0xE0) == 0xC0) n = 2, cp = c & 0x1F, min = 0x80;
  else if ((c & 0xF0) == 0xE0) n = 3, cp = c & 0x0F, min = 0x800;
  else if ((c & 0xF8) == 0xF0) n = 4, cp = c & 0x07, min = 0x10000;
  else return 0;
  if (i + n > text.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    if ((b(k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b(k) & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

bool is_control(char32_t cp) {
  return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029;
}

void escape(std::string& out, char32_t cp) {
  switch (cp) {
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    case 0: out += "\\0"; return;
    default: break;
  }
  char buf[12];
  if (cp < 0x100) std::snprintf(buf, sizeof buf, "\\x%02X", static_cast<unsigned>(cp));
  else std::snprintf(buf, sizeof buf, "\\u%04X", static_cast<unsigned>(cp));
  out += buf;
}

}  // namespace

std::string printable(std::string_view text, std::size_t max_chars) {
  std::string out;
  out.reserve(std::min(text.size(), max_chars * 4) + 8);
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size();) {
    if (chars >= max_chars) {
      out += "…";
      break;
    }
    char32_t cp = 0;
    const std::size_t n = sequence_at(text, i, cp);
    if (n == 0) {
      escape(out, static_cast<unsigned char>(text[i]));  // a byte that is not UTF-8: \xNN
      i += 1;
    } else {
      if (is_control(cp)) escape(out, cp);
      else out.append(text.substr(i, n));
      i += n;
    }
    ++chars;
  }
  return out;
}

bool is_plain_text(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    char32_t cp = 0;
    const std::size_t n = sequence_at(text, i, cp);
    if (n == 0 || is_control(cp)) return false;
    i += n;
  }
  return true;
}

TextPosition position_of(std::string_view text, std::size_t byte) {
  TextPosition p;
  if (byte > text.size()) byte = text.size();
  for (std::size_t i = 0; i < byte;) {
    char32_t cp = 0;
    std::size_t n = sequence_at(text, i, cp);
    if (n == 0) n = 1;
    if (text[i] == '\n') {
      ++p.line;
      p.column = 1;
    } else {
      ++p.column;
    }
    i += n;
  }
  return p;
}

}  // namespace base
