// `onewindow rating export --month YYYY-MM --format csv|xlsx --out FILE [--db FILE|URI]
// [--config FILE]`: the month's 好差评 (app/rating_export.h) — counts per channel, item and level, and
// every rating given, nothing personal. stdout: one line with the month, the ratings and the file. A
// month without ratings gives the headers and zero totals, exit 0. Exit 2 for a bad month or
// format, a store that cannot be read, or a file that cannot be written (nothing is left behind).
#include <string>

#include "app/catalog_file.h"
#include "app/commands/arg_parser.h"
#include "app/commands/command.h"
#include "app/commands/store_command_support.h"
#include "app/file_write.h"
#include "app/paths.h"
#include "app/rating_export.h"
#include "base/printable.h"
#include "store/ratings_table.h"

namespace app {

int run_rating_export(Args args) {
  ArgParser p(args);
  auto month = p.option("--month");
  auto format = p.option("--format");
  auto out = p.option("--out");
  auto db_option = p.option("--db");
  auto config_option = p.option("--config");
  std::vector<std::string> pos;
  std::string err;
  if (!p.finish(pos, err)) return usage_error(err);
  if (!pos.empty()) return usage_error("rating export takes no positional arguments (got '" + base::printable(pos[0], 60) + "')");
  if (!month) return usage_error("rating export needs --month YYYY-MM");
  if (!store::is_rating_month(*month))
    return usage_error("--month must be a month as YYYY-MM, not '" + base::printable(*month, 40) + "'");
  if (!format) return usage_error("rating export needs --format csv|xlsx");
  if (*format != "xlsx" && *format != "csv")
    return usage_error("--format must be csv or xlsx, not '" + base::printable(*format, 40) + "'");
  if (!out) return usage_error("rating export needs --out FILE");

  auto assets = load_catalog_assets(paths::assets_dir());
  if (!assets) return usage_error(assets.error().message);
  auto db = open_db_option(db_option, StoreUse::MustExist, config_option);
  if (!db) return usage_error(db.error().message);
  store::RatingsTable table(db.value());
  RatingMonth m;
  m.month = *month;
  auto counts = table.counts(*month);
  if (!counts) return usage_error("ratings: " + counts.error().message);
  auto rows = table.in_month(*month);
  if (!rows) return usage_error("ratings: " + rows.error().message);
  m.counts = std::move(counts.value());
  m.rows = std::move(rows.value());
  if (auto s = write_rating_export(m, *format == "xlsx" ? RatingFormat::Xlsx : RatingFormat::Csv, assets->words,
                                   assets->catalog, *out);
      !s)
    return usage_error(s.error().message + "; nothing was written");
  const std::string line =
      *month + ": " + std::to_string(m.rows.size()) + " ratings -> " + base::printable(*out, 200) + "\n";
  if (auto s = write_stdout(line); !s) return usage_error(s.error().message);
  if (auto s = flush_stdout(); !s) return usage_error(s.error().message);
  return kExitOk;
}

}  // namespace app
