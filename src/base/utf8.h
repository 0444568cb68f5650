#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace base {

constexpr char32_t kReplacementChar = 0xFFFD;

// Decodes UTF-8 into code points. Malformed sequences become U+FFFD, one per bad byte, so nothing
// after them is lost. Handles 4-byte sequences (CJK Extension B and beyond).
std::vector<char32_t> decode_utf8(std::string_view text);

// Whether `text` is well-formed UTF-8: no stray or missing continuation bytes, overlong forms,
// surrogates or code points beyond U+10FFFF.
bool is_valid_utf8(std::string_view text);

// Character boundaries in text that is already valid UTF-8 (what the program builds itself), found
// by skipping continuation bytes (10xxxxxx), so a cut or a cursor never lands inside a character.
constexpr bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }
// The start of the character before byte offset `i` (0 stays 0).
std::size_t previous_char_boundary(std::string_view text, std::size_t i);
// The start of the character after the one at `i` (text.size() at the end).
std::size_t next_char_boundary(std::string_view text, std::size_t i);
// Characters (code points) in valid UTF-8.
std::size_t count_chars(std::string_view text);

// Appends the UTF-8 encoding of one code point.
void append_utf8(std::string& out, char32_t cp);
std::string encode_utf8(const std::u32string& cps);

}  // namespace base
