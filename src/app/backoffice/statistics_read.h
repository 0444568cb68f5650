#pragma once
// One read of the statistics for the screen and `onewindow stats`: the store's aggregate figures
// (store/stats_query.h), working days counted with the county's calendar, items named from the
// catalog.
#include <string>
#include <vector>

#include "app/catalog_file.h"
#include "base/result.h"
#include "core/backoffice/statistics.h"
#include "store/database.h"

namespace app {

base::Result<core::StatisticsReport> read_statistics(store::Database& db, const CatalogAssets& assets,
                                                     const std::vector<std::string>& months, const std::string& today);

}  // namespace app
