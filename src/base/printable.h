#pragma once
// Text from outside (file names, field values, payloads, device bytes) made safe to print on one
// line of a terminal or a log: control characters, line and paragraph separators and bytes that are
// not UTF-8 become visible escapes (\n, \t, \0, \x1B, \u2028), and a long text is cut at a
// character boundary with "…". Error messages and results that echo input go through here.
#include <cstddef>
#include <string>
#include <string_view>

namespace base {

// How much of an input value an error message repeats (characters, before the "…").
inline constexpr std::size_t kMaxEchoChars = 60;
// The longest error line (characters): one terminal line or two, never a screenful.
inline constexpr std::size_t kMaxLineChars = 300;

std::string printable(std::string_view text, std::size_t max_chars = kMaxEchoChars);

// A whole message: printable(message, kMaxLineChars).
inline std::string one_line(std::string_view message) { return printable(message, kMaxLineChars); }

// Whether `text` is valid UTF-8 without control characters (C0, DEL, C1, U+2028/U+2029): what a
// name or any other one-line field may hold.
bool is_plain_text(std::string_view text);

// The character (1-based) and line (1-based) of byte offset `byte` in `text`, counting a character
// per UTF-8 sequence (a bad byte counts as one), lines after '\n'.
struct TextPosition {
  std::size_t line = 1;
  std::size_t column = 1;  // character in its line
};
TextPosition position_of(std::string_view text, std::size_t byte);

}  // namespace base
