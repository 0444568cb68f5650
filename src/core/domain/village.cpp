#include "core/domain/village.h"

#include <algorithm>
#include <array>

#include "base/utf8.h"

namespace core {
namespace {

using Text = std::u32string;
using View = std::u32string_view;

constexpr std::size_t kMaxAdminChars = 12;  // 黔东南苗族侗族自治州 is 10
constexpr int kMaxAdminParts = 3;           // province, city, county

constexpr View kAdminEnds = U"省市区县旗州盟";
constexpr std::array<View, 4> kTownshipWords = {U"街道", U"苏木", U"镇", U"乡"};
constexpr std::array<View, 3> kCommunityWords = {U"社区", U"居委会", U"村委会"};
constexpr View kHouseNumberMarks = U"号幢栋室组#";

bool is_digit(char32_t c) { return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９'); }

bool contains(View text, View word) { return text.find(word) != View::npos; }

// Where the house number starts: the first digit or 号 幢 栋 室 组, or 单元.
std::size_t house_number_start(View text) {
  std::size_t end = text.size();
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (is_digit(text[i]) || kHouseNumberMarks.find(text[i]) != View::npos) {
      end = i;
      break;
    }
  }
  return std::min(end, text.find(U"单元"));
}

// The length of a leading administrative part (rule 1), or 0 when the text does not start with one.
std::size_t admin_part(View text) {
  for (std::size_t i = 1; i < text.size() && i < kMaxAdminChars; ++i) {
    if (kAdminEnds.find(text[i]) == View::npos) continue;
    const View part = text.substr(0, i + 1);
    if (contains(part, U"街道") || contains(part, U"村") || contains(part, U"社区")) return 0;
    if (std::any_of(part.begin(), part.end(), is_digit)) return 0;
    if (part.find_first_of(U"镇乡", 1) != View::npos) return 0;
    return i + 1;
  }
  return 0;
}

// The length of the township (rule 2), or 0. Only before the house number: 北京东路12号乡村小区
// names no township.
std::size_t township(View text) {
  const View before_number = text.substr(0, house_number_start(text));
  std::size_t best = View::npos, best_end = 0;
  for (View word : kTownshipWords) {
    const std::size_t at = before_number.find(word, 1);
    if (at != View::npos && at < best) {
      best = at;
      best_end = at + word.size();
    }
  }
  return best == View::npos ? 0 : best_end;
}

// The length of the community (rule 3).
std::size_t community(View text) {
  const View before_number = text.substr(0, house_number_start(text));
  std::size_t best = View::npos, best_end = 0;
  for (View word : kCommunityWords) {
    const std::size_t at = before_number.find(word, 1);
    if (at != View::npos && at < best) {
      best = at;
      best_end = at + word.size();
    }
  }
  if (best != View::npos) return best_end;
  if (const std::size_t at = before_number.find(U'村', 1); at != View::npos) return at + 1;
  return before_number.size();
}

std::string utf8(View cps) {
  std::string out;
  for (char32_t c : cps) base::append_utf8(out, c);
  return out;
}

}  // namespace

VillageParts village_parts(std::string_view address) {
  Text cps;
  for (char32_t c : base::decode_utf8(address)) {
    if (c != U' ' && c != U'\t' && c != U'　' && c != U'\r' && c != U'\n') cps.push_back(c);
  }
  View rest = cps;
  for (int n = 0; n < kMaxAdminParts; ++n) {
    const std::size_t len = admin_part(rest);
    if (len == 0) break;
    rest.remove_prefix(len);
  }
  VillageParts out;
  const std::size_t town = township(rest);
  out.township = utf8(rest.substr(0, town));
  rest.remove_prefix(town);
  out.community = utf8(rest.substr(0, community(rest)));
  return out;
}

std::string village_of(std::string_view address) {
  VillageParts p = village_parts(address);
  return p.township + p.community;
}

}  // namespace core
