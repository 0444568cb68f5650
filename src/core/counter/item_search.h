#pragma once
// Finding a service item by what staff type in the counter's search box: part of the name
// (「低保」), the start of the item code (「dib」), or the pinyin initials of the name (「dbsq」 finds
// 最低生活保障（低保）申请, whose initials are zdshbzdbsq). The initials come from a small table in
// assets (catalog/pinyin_initials.txt) covering the characters of the catalog's names, so no
// pinyin library is needed; the catalog reader refuses a name with a character the table lacks.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "core/domain/service_item.h"

namespace core {

class PinyinInitials {
 public:
  // Lines of "<letter> <characters>", e.g. "b 保报补病", spaces between characters allowed; '#'
  // starts a comment. A letter may have several lines; a character may be under one letter only
  // (polyphones take the reading used in the names: 长 in 长期 is c). Errors name the line.
  static base::Result<PinyinInitials> parse(std::string_view text);

  // The initial letter ('a'..'z') of a Han character, 0 if the table does not have it.
  char initial(char32_t cp) const;
  // Letters for Han characters, ASCII letters (lower-cased) and digits kept, everything else
  // (punctuation, spaces, characters not in the table) dropped: "优抚（义务兵）" → "yfywb".
  std::string initials_of(std::string_view utf8) const;
  // The Han characters of the text the table lacks, each once, in order of appearance.
  std::vector<char32_t> uncovered(std::string_view utf8) const;
  std::size_t size() const { return initials_.size(); }

 private:
  std::map<char32_t, char> initials_;
};

// Whether the code point is a CJK unified (or compatibility) ideograph.
bool is_han(char32_t cp);

// Items whose name contains the query, or whose code starts with it, or whose name's initials
// contain it (ASCII case-insensitive, spaces in the query ignored); an empty query gives all items
// in catalog order. Ranked: name match, then code or initials prefix, then initials substring;
// catalog order within a rank.
std::vector<const ServiceItem*> find_items(const ServiceCatalog& catalog, std::string_view query,
                                           const PinyinInitials& initials);

}  // namespace core
