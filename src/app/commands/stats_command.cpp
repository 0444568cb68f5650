// `onewindow stats (--json | --xlsx FILE) [--month YYYY-MM | --months N] [--today YYYY-MM-DD]
// [--db FILE|URI]` (issue 20): the statistics screen's figures — applications per item and month,
// payments per month, benefits in payment by type and village — as JSON on stdout, and/or as the
// screen's XLSX workbook. A store with nothing in it answers with zeros (exit 0); bad arguments, a
// store that cannot be read or a file that cannot be written exit 2 (nothing half-written is left).
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

#include "app/backoffice/statistics_json.h"
#include "app/backoffice/statistics_read.h"
#include "app/backoffice/statistics_xlsx.h"
#include "app/catalog_file.h"
#include "app/clock_service.h"
#include "app/commands/arg_parser.h"
#include "app/commands/command.h"
#include "app/commands/store_command_support.h"
#include "base/json.h"

namespace app {

inline constexpr int kDefaultStatisticsMonths = 12;

int run_stats(Args args) {
  ArgParser p(args);
  const bool json = p.flag("--json");
  auto xlsx_out = p.option("--xlsx");
  auto db_option = p.option("--db");
  auto month = p.option("--month");
  auto months_option = p.option("--months");
  auto today_option = p.option("--today");
  std::vector<std::string> pos;
  std::string err;
  if (!p.finish(pos, err)) return usage_error(err);
  if (!pos.empty()) return usage_error("stats takes no arguments (got \"" + pos[0] + "\")");
  if (!json && !xlsx_out) return usage_error("stats needs --json or --xlsx FILE");
  if (month && months_option) return usage_error("stats takes --month or --months, not both");
  std::string today = local_now().iso_date();
  if (today_option) {
    if (!core::parse_iso_date(*today_option)) return usage_error("--today must be a date YYYY-MM-DD (got \"" + *today_option + "\")");
    today = *today_option;
  }
  int n = kDefaultStatisticsMonths;
  std::string last = today.substr(0, 7);
  if (month) {
    n = 1;
    last = *month;
  }
  if (months_option) {
    const std::string& t = *months_option;
    n = t.empty() || t.size() > 2 || t.find_first_not_of("0123456789") != std::string::npos ? 0 : std::atoi(t.c_str());
    if (n < 1 || n > core::kMaxStatisticsMonths)
      return usage_error("--months must be a number 1.." + std::to_string(core::kMaxStatisticsMonths) + " (got \"" + t + "\")");
  }
  auto months = core::months_ending(last, n);
  if (!months) return usage_error("--month must be a month YYYY-MM (got \"" + last + "\")");
  auto assets = load_catalog_assets(paths::assets_dir());
  if (!assets) return usage_error(assets.error().message);
  auto db = open_db_option(db_option);
  if (!db) return usage_error(db.error().message);
  auto report = read_statistics(*db, *assets, *months, today);
  if (!report) return usage_error("statistics: " + report.error().message);
  if (xlsx_out)
    if (auto s = xlsx::write_book(statistics_book(*report, assets->words), *xlsx_out); !s) return usage_error(s.error().message);
  if (json) {
    auto text = base::write_json(statistics_json(*report), base::JsonLayout::Indented);
    if (!text) return usage_error(text.error().message);
    std::printf("%s\n", text->c_str());
  }
  return kExitOk;
}

}  // namespace app
