#pragma once
// 主动发现 in the store (issue 20): each rule of the eligibility file run over the store's rows
// (core/domain/discovery.h says what each kind finds), with staff's current mark on each entry; and
// marking one (contacted / not eligible / applied, replacing the last mark).
#include <string>
#include <vector>

#include "base/result.h"
#include "core/domain/discovery.h"
#include "store/database.h"

namespace store {

class DiscoveryList {
 public:
  explicit DiscoveryList(Database& db) : db_(db) {}

  // Entries on `today` (YYYY-MM-DD), in rule order, then by address and ID number.
  base::Result<std::vector<core::DiscoveryEntry>> find(const std::vector<core::EligibilityRule>& rules,
                                                       const std::string& today);

  struct Mark {
    std::string rule, id_number, period;
    core::DiscoveryMark mark = core::DiscoveryMark::Contacted;
    std::string who, at, note;
  };
  // One current mark per entry: a new one replaces it. An unknown person is an error.
  base::Status mark(const Mark& m);

 private:
  Database& db_;
};

}  // namespace store
