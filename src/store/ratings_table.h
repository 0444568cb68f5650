#pragma once
// 好差评 in the store (issue 22): one row per rated visit or application (the visit key is unique),
// and a month's ratings read back for the export and the statistics screen. Nothing personal is
// stored: item, acceptance number, window and staff number only.
#include <string>
#include <vector>

#include "base/result.h"
#include "core/domain/rating.h"
#include "store/database.h"

namespace store {

// A month's count for one channel and item at one level (item '' = a kiosk visit without one).
struct RatingCount {
  core::RatingChannel channel = core::RatingChannel::Kiosk;
  std::string item_code;
  core::RatingLevelCounts levels{};  // index 0 = level 1 … index 4 = level 5
  bool operator==(const RatingCount&) const = default;
};

class RatingsTable {
 public:
  explicit RatingsTable(Database& db) : db_(db) {}

  // Stores `r` (checked first: core::check_rating). Returns false, writing nothing, when its visit or
  // application was already rated: the first rating stands.
  base::Result<bool> insert(const core::Rating& r);
  // The ratings given in `month` (YYYY-MM), in the order given.
  base::Result<std::vector<core::Rating>> in_month(const std::string& month);
  // Counts per channel and item in `month` (kiosk first, then by item code).
  base::Result<std::vector<RatingCount>> counts(const std::string& month);
  // Counts per level in `month`, all channels and items together.
  base::Result<core::RatingLevelCounts> level_counts(const std::string& month);

 private:
  Database& db_;
};

// "YYYY-MM" with a month 01..12.
bool is_rating_month(const std::string& month);

}  // namespace store
