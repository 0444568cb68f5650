#pragma once
// The village or community (村 / 社区) a resident lives in, read from the address prefix — the one
// rule for every list and figure kept per village: the statistics (each store keeps every
// resident's township and village by the same rule in SQL — schema version 16, store/schema_steps.h
// and store/pg/schema_ddl.h — and tests/store/stats_query_test checks the two agree) and the
// payment roster's 村（社区） column. Simple enough for SQL on purpose:
// an address that names no 村 or 社区 (a street, 北京东路41号) is counted under its township.
// Addresses run from the province down: 省 市 区/县, the township (街道 / 镇 / 乡), then the village
// or community, then the house.
//   - the township ends at the first 街道; without one at the first 镇; without one at the first 乡
//     (in that order, so 锁金村街道 is a township and 湘乡市…镇 finds the 镇);
//   - a 镇 or 乡 with 市, 县 or 区 in the two characters after it ends a city's or county's name,
//     not a township's (镇江市, 镇平县, 新乡市, 乡宁县): the next one is looked at instead — one
//     more at most, which every such name in use needs;
//   - after it, the village runs to the first 社区, else to the first 村 (inclusive);
//   - an address without a township marker is read from its start; one without a village marker
//     after the township has an empty village (counted under its township).
#include <array>
#include <string>
#include <string_view>

namespace core {

struct AddressVillage {
  std::string township;  // the address up to and including the township marker ("" if none)
  std::string village;   // e.g. 锁金一村, 贡院社区; "" when the address names none
  bool operator==(const AddressVillage&) const = default;
  auto operator<=>(const AddressVillage&) const = default;
};

// Township markers in the order they are looked for; village markers likewise.
inline constexpr std::array<std::string_view, 3> kTownshipMarkers = {"街道", "镇", "乡"};
inline constexpr std::array<std::string_view, 2> kVillageMarkers = {"社区", "村"};

AddressVillage address_village(std::string_view address);

// What a screen or a sheet shows for one: the village, or, without one, the township's own name
// (the part after the last 区, 县 or 市 of its prefix), e.g. 玄武门街道.
std::string address_village_label(const AddressVillage& v);

}  // namespace core
