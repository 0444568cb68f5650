#include "core/domain/address_village.h"

#include <algorithm>

namespace core {

AddressVillage address_village(std::string_view address) {
  AddressVillage out;
  std::string_view rest = address;
  for (std::string_view m : kTownshipMarkers) {
    if (const auto at = address.find(m); at != std::string_view::npos) {
      out.township = std::string(address.substr(0, at + m.size()));
      rest = address.substr(at + m.size());
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
