#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace base {

constexpr char32_t kReplacementChar = 0xFFFD;

// Decodes UTF-8 into code points. Malformed sequences become U+FFFD, one per bad byte, so nothing
// after them is lost. Handles 4-byte sequences (CJK Extension B and beyond).
std::vector<char32_t> decode_utf8(std::string_view text);

// Appends the UTF-8 encoding of one code point.
void append_utf8(std::string& out, char32_t cp);
std::string encode_utf8(const std::u32string& cps);

}  // namespace base
