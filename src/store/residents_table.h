#pragma once
// residents: one row per person the hall knows, keyed by ID number.
#include <cstdint>
#include <optional>
#include <string>
#include <functional>
#include <string_view>

#include "core/domain/resident.h"
#include "base/result.h"
#include "store/database.h"

namespace store {

class ResidentsTable {
 public:
  explicit ResidentsTable(Database& db) : db_(db) {}
  base::Result<std::optional<core::Resident>> find(const std::string& id_number);
  // The row key and stored name only (roster imports: the cheapest look-up that can spot a name
  // that differs).
  struct KeyAndName {
    std::int64_t key = 0;
    std::string name;
  };
  base::Result<std::optional<KeyAndName>> find_key(const std::string& id_number);
  // Every resident's ID number, key and name, in one table scan: far cheaper than a look-up per row
  // when a roster names a large share of the store. The views are valid during the call only.
  base::Status for_each_key(
      const std::function<void(std::string_view id_number, std::int64_t key, std::string_view name)>& visit);
  // Inserts a new resident and returns its row key; an existing ID number is an error.
  base::Result<std::int64_t> insert(const core::Resident& r);
  base::Result<long> count();

 private:
  Database& db_;
};

}  // namespace store
