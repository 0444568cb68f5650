#pragma once
// The statistics (core/backoffice/statistics.h) as an XLSX workbook (app/xlsx/workbook.h): 办件
// per month and item, 在保 by benefit type and by village, 发放 per month and benefit type — typed
// number cells, a total row per table, headers and sheet names from the catalog in the record
// language. Counts and sums only, as on the screen. The same report gives the same bytes.
#include <filesystem>
#include <string>

#include "app/xlsx/workbook.h"
#include "base/result.h"
#include "core/backoffice/statistics.h"
#include "core/text/i18n.h"

namespace app {

xlsx::Book statistics_book(const core::StatisticsReport& r, const core::Catalog& words);

// 统计表-<today>-<terminal>.xlsx in `dir`: the path written.
base::Result<std::filesystem::path> write_statistics_xlsx(const core::StatisticsReport& r, const core::Catalog& words,
                                                          const std::filesystem::path& dir, int terminal_number);

}  // namespace app
