#include "app/backoffice/statistics_read.h"

#include "store/ratings_table.h"
#include "store/stats_query.h"

namespace app {

base::Result<core::StatisticsReport> read_statistics(store::Database& db, const CatalogAssets& assets,
                                                     const std::vector<std::string>& months, const std::string& today) {
  auto report = store::StatisticsSource(db).read(store::StatisticsQuery{months, today}, assets.holidays);
  if (!report) return report.error();
  for (auto& item : report->items)
    if (const core::ServiceItem* it = assets.catalog.find(item.item_code)) item.item_name = it->name;
  store::RatingsTable ratings(db);
  for (const auto& month : months) {
    auto levels = ratings.level_counts(month);
    if (!levels) return levels.error();
    report->ratings.push_back(*levels);
  }
  return report;
}

}  // namespace app
