#include "core/counter/item_search.h"

#include <algorithm>

#include "base/utf8.h"

namespace core {
namespace {

// Hanyu pinyin has no syllable that begins with i, u or v (ü): such a letter in the table is a typo.
bool is_pinyin_initial(char c) { return c >= 'a' && c <= 'z' && c != 'i' && c != 'u' && c != 'v'; }

char lower_ascii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool is_blank(char32_t cp) { return cp == U' ' || cp == U'\t' || cp == U'\r' || cp == 0x3000; }

std::string lower_without_spaces(std::string_view text) {
  std::u32string out;
  for (char32_t cp : base::decode_utf8(text))
    if (!is_blank(cp)) out.push_back(cp < 0x80 ? static_cast<char32_t>(lower_ascii(static_cast<char>(cp))) : cp);
  return base::encode_utf8(out);
}

std::string shown(char32_t cp) {
  std::string s;
  base::append_utf8(s, cp);
  return s;
}

}  // namespace

bool is_han(char32_t cp) {
  return (cp >= 0x3400 && cp <= 0x4DBF) ||    // Extension A
         (cp >= 0x4E00 && cp <= 0x9FFF) ||    // Unified Ideographs
         (cp >= 0xF900 && cp <= 0xFAFF) ||    // Compatibility Ideographs
         (cp >= 0x20000 && cp <= 0x3FFFF);    // Extensions B and beyond (planes 2 and 3)
}

base::Result<PinyinInitials> PinyinInitials::parse(std::string_view text) {
  PinyinInitials table;
  std::map<char32_t, int> line_of;
  int line_no = 0;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (auto hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    std::vector<char32_t> cps = base::decode_utf8(line);
    std::size_t i = 0;
    while (i < cps.size() && is_blank(cps[i])) ++i;
    if (i == cps.size()) continue;
    std::string where = "line " + std::to_string(line_no) + ": ";
    char32_t letter = cps[i];
    if (letter >= 0x80 || !is_pinyin_initial(lower_ascii(static_cast<char>(letter))) ||
        (i + 1 < cps.size() && !is_blank(cps[i + 1])))
      return base::Error{where + "must start with a pinyin initial letter (a–z, not i, u or v) and a space, "
                           "then the characters"};
    char initial = lower_ascii(static_cast<char>(letter));
    for (++i; i < cps.size(); ++i) {
      char32_t cp = cps[i];
      if (is_blank(cp)) continue;
      if (!is_han(cp)) return base::Error{where + "'" + shown(cp) + "' is not a Han character"};
      if (auto seen = line_of.find(cp); seen != line_of.end())
        return base::Error{where + shown(cp) + " is already listed under " + std::string(1, table.initials_.at(cp)) +
                     " on line " + std::to_string(seen->second) + "; give each character one initial"};
      line_of[cp] = line_no;
      table.initials_[cp] = initial;
    }
    if (end == text.size()) break;
  }
  return table;
}

char PinyinInitials::initial(char32_t cp) const {
  auto it = initials_.find(cp);
  return it == initials_.end() ? 0 : it->second;
}

std::string PinyinInitials::initials_of(std::string_view utf8) const {
  std::string out;
  for (char32_t cp : base::decode_utf8(utf8)) {
    if (cp < 0x80) {
      char c = lower_ascii(static_cast<char>(cp));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
    } else if (char c = initial(cp)) {
      out += c;
    }
  }
  return out;
}

std::vector<char32_t> PinyinInitials::uncovered(std::string_view utf8) const {
  std::vector<char32_t> out;
  for (char32_t cp : base::decode_utf8(utf8))
    if (is_han(cp) && !initial(cp) && std::find(out.begin(), out.end(), cp) == out.end()) out.push_back(cp);
  return out;
}

std::vector<const ServiceItem*> find_items(const ServiceCatalog& catalog, std::string_view query,
                                           const PinyinInitials& initials) {
  enum Rank { kName, kPrefix, kSubstring, kNone };
  const std::string q = lower_without_spaces(query);
  std::vector<std::pair<Rank, const ServiceItem*>> hits;
  for (const auto& item : catalog.items) {
    Rank rank = kNone;
    if (q.empty() || lower_without_spaces(item.name).find(q) != std::string::npos) {
      rank = kName;
    } else {
      std::string letters = initials.initials_of(item.name);
      if (item.code.rfind(q, 0) == 0 || letters.rfind(q, 0) == 0) rank = kPrefix;
      else if (letters.find(q) != std::string::npos) rank = kSubstring;
    }
    if (rank != kNone) hits.emplace_back(rank, &item);
  }
  std::stable_sort(hits.begin(), hits.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<const ServiceItem*> out;
  for (const auto& [rank, item] : hits) out.push_back(item);
  return out;
}

}  // namespace core
