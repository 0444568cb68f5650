#include "core/domain/address_village.h"

#include <algorithm>

namespace core {

namespace {

// The next `n` characters of UTF-8 text from byte `from` (fewer at its end).
std::string_view next_chars(std::string_view text, std::size_t from, int n) {
  std::size_t end = from;
  for (int i = 0; i < n && end < text.size(); ++i) {
    const auto lead = static_cast<unsigned char>(text[end]);
    end += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  }
  return text.substr(from, std::min(end, text.size()) - from);
}

// Where the township named by marker `m` ends (bytes), or npos: 街道 anywhere; a 镇 or 乡 only
// with no 市, 县 or 区 in the two characters after it (a 市 that begins 市场 is a market street,
// not a city: X镇市场路), the first or else the second such marker.
std::size_t township_end(std::string_view address, std::string_view m) {
  std::size_t at = address.find(m);
  if (m == "街道") return at == std::string_view::npos ? at : at + m.size();
  for (int look = 0; look < 2 && at != std::string_view::npos; ++look) {
    const std::string_view next = next_chars(address, at + m.size(), 2);
    const bool city = next.find("市") != std::string_view::npos &&
                      next_chars(address, at + m.size(), 3).find("市场") == std::string_view::npos;
    if (!city && next.find("县") == std::string_view::npos && next.find("区") == std::string_view::npos)
      return at + m.size();
    at = address.find(m, at + m.size());
  }
  return std::string_view::npos;
}

}  // namespace

AddressVillage address_village(std::string_view address) {
  AddressVillage out;
  std::string_view rest = address;
  for (std::string_view m : kTownshipMarkers) {
    if (const auto end = township_end(address, m); end != std::string_view::npos) {
      out.township = std::string(address.substr(0, end));
      rest = address.substr(end);
      break;
    }
  }
  for (std::string_view m : kVillageMarkers) {
    if (const auto at = rest.find(m); at != std::string_view::npos) {
      out.village = std::string(rest.substr(0, at + m.size()));
      break;
    }
  }
  return out;
}

std::string address_village_label(const AddressVillage& v) {
  if (!v.village.empty()) return v.village;
  // The township's own name begins after the county level (区 or 县, else a county-level 市).
  const std::string_view t = v.township;
  std::size_t cut = 0;
  for (std::string_view m : {std::string_view("区"), std::string_view("县")})
    if (const auto at = t.rfind(m); at != std::string_view::npos && at + m.size() < t.size()) cut = std::max(cut, at + m.size());
  if (cut == 0)
    if (const auto at = t.rfind("市"); at != std::string_view::npos && at + 3 < t.size()) cut = at + 3;
  return std::string(t.substr(cut));
}

}  // namespace core
