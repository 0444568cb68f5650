#pragma once
// 好差评 exported for a month (issue 22): the counts per channel and item at each of the five levels,
// with a total row, and every rating given (time, channel, level, reason, item, acceptance number,
// hall, terminal, staff number — nothing about the resident). As CSV (UTF-8 with a byte-order mark:
// the counts, a blank line, the rows) or as XLSX through app/xlsx (sheets 汇总 and 明细). Headers and
// words come from the catalog in the record language. Written atomically; an empty month gives the
// headers and zero totals. The same month gives the same bytes.
#include <filesystem>
#include <string>
#include <vector>

#include "app/xlsx/workbook.h"
#include "base/result.h"
#include "core/domain/rating.h"
#include "core/domain/service_item.h"
#include "core/text/i18n.h"
#include "store/ratings_table.h"

namespace app {

struct RatingMonth {
  std::string month;  // YYYY-MM
  std::vector<store::RatingCount> counts;
  std::vector<core::Rating> rows;
};

enum class RatingFormat { Csv, Xlsx };

std::string rating_csv(const RatingMonth& m, const core::Catalog& words, const core::ServiceCatalog& items);
xlsx::Book rating_book(const RatingMonth& m, const core::Catalog& words, const core::ServiceCatalog& items);
base::Status write_rating_export(const RatingMonth& m, RatingFormat format, const core::Catalog& words,
                                 const core::ServiceCatalog& items, const std::filesystem::path& out);

}  // namespace app
