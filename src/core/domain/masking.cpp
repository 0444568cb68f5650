#include "core/domain/masking.h"

#include <algorithm>
#include <vector>

#include "base/utf8.h"

namespace core {
namespace {

constexpr std::size_t kIdKeepHead = 6;
constexpr std::size_t kIdKeepTail = 4;
constexpr std::size_t kPhoneKeepHead = 3;
constexpr std::size_t kPhoneKeepTail = 4;
constexpr std::size_t kPhoneShortKeepTail = 2;
constexpr std::size_t kAddressKeep = 6;
constexpr char32_t kMiddleDot = U'\u00B7';       // 买买提·艾力
constexpr char32_t kKatakanaMiddleDot = U'\u30FB';

bool is_latin_letter(char32_t c) { return (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z') || (c >= 0xC0 && c <= 0x24F); }
bool is_separator(char32_t c) { return c == U' ' || c == kMiddleDot || c == kKatakanaMiddleDot || c == U'-' || c == U'.'; }

std::string keep_ends(const std::vector<char32_t>& cps, std::size_t head, std::size_t tail) {
  std::string out;
  for (std::size_t i = 0; i < cps.size(); ++i) {
    if (i < head || i + tail >= cps.size()) base::append_utf8(out, cps[i]);
    else out.push_back(kMaskChar);
  }
  return out;
}

std::string mask_latin_name(const std::vector<char32_t>& cps) {
  std::string out;
  bool word_start = true;
  for (char32_t c : cps) {
    if (is_separator(c)) {
      base::append_utf8(out, c);
      word_start = true;
    } else if (word_start) {
      base::append_utf8(out, c);
      word_start = false;
    } else {
      out.push_back(kMaskChar);
    }
  }
  return out;
}

}  // namespace

std::string mask_id_number(std::string_view id) {
  auto cps = base::decode_utf8(id);
  if (cps.size() <= kIdKeepHead + kIdKeepTail) return std::string(cps.size(), kMaskChar);
  return keep_ends(cps, kIdKeepHead, kIdKeepTail);
}

std::string mask_name(std::string_view name) {
  auto cps = base::decode_utf8(name);
  bool latin = false;
  for (char32_t c : cps) latin = latin || is_latin_letter(c);
  if (latin) return mask_latin_name(cps);
  if (cps.empty()) return {};
  if (cps.size() == 1) return std::string(1, kMaskChar);
  std::string out;
  base::append_utf8(out, cps.front());
  for (std::size_t i = 1; i + 1 < cps.size(); ++i) {
    if (is_separator(cps[i])) base::append_utf8(out, cps[i]);
    else out.push_back(kMaskChar);
  }
  if (cps.size() == 2) out.push_back(kMaskChar);
  else base::append_utf8(out, cps.back());
  return out;
}

std::string mask_phone(std::string_view phone) {
  std::vector<char32_t> digits;
  for (char c : phone)
    if (c >= '0' && c <= '9') digits.push_back(static_cast<char32_t>(c));
  if (digits.size() < kPhoneKeepHead + kPhoneKeepTail + 1) return keep_ends(digits, 0, std::min(kPhoneShortKeepTail, digits.size()));
  return keep_ends(digits, kPhoneKeepHead, kPhoneKeepTail);
}

std::string mask_address(std::string_view address) {
  auto cps = base::decode_utf8(address);
  std::string out;
  for (std::size_t i = 0; i < cps.size() && i < kAddressKeep; ++i) base::append_utf8(out, cps[i]);
  return out + "****";
}

}  // namespace core
