// `onewindow demo-data --db FILE|URI --residents N --months M [--seed S] [--today YYYY-MM-DD]`:
// deterministic synthetic county data into a new store file.
#include <cstdio>
#include <string>

#include "app/catalog_file.h"
#include "app/commands/arg_parser.h"
#include "app/commands/command.h"
#include "app/commands/store_command_support.h"
#include "app/demo_data.h"
#include "app/paths.h"
#include "base/printable.h"

namespace app {
namespace {

constexpr long kMaxResidents = 5'000'000;
constexpr long kMaxMonths = 120;

bool parse_count(const std::optional<std::string>& text, long lo, long hi, long& out) {
  if (!text || text->empty() || text->size() > 12) return false;
  for (char c : *text)
    if (c < '0' || c > '9') return false;
  out = std::stol(*text);
  return out >= lo && out <= hi;
}

}  // namespace

int run_demo_data(Args args) {
  ArgParser p(args);
  auto db_option = p.option("--db");
  auto residents = p.option("--residents");
  auto months = p.option("--months");
  auto seed = p.option("--seed");
  auto today = p.option("--today");
  std::vector<std::string> pos;
  std::string err;
  if (!p.finish(pos, err)) return usage_error(err);
  if (!pos.empty()) return usage_error("demo-data takes no positional arguments");
  if (!db_option) return usage_error("demo-data needs --db FILE|URI (it never writes into the default store)");
  DemoDataOptions o;
  long n = 0, m = 0, s = 1;
  if (!parse_count(residents, 1, kMaxResidents, n)) return usage_error("--residents must be a number 1..5000000");
  if (!parse_count(months, 0, kMaxMonths, m)) return usage_error("--months must be a number 0..120");
  if (seed && !parse_count(seed, 0, 999'999'999'999, s)) return usage_error("--seed must be a non-negative number");
  o.residents = static_cast<int>(n);
  o.months = static_cast<int>(m);
  o.seed = static_cast<std::uint64_t>(s);
  if (today) o.today = *today;

  auto assets = load_catalog_assets(paths::assets_dir());
  if (!assets) return usage_error(assets.error().message);
  auto db = open_db_option(db_option, StoreUse::MayCreate);
  if (!db) return usage_error(db.error().message);
  auto report = generate_demo_data(db.value(), o, assets->catalog, assets->holidays);
  if (!report) return usage_error(report.error().message);
  // What the store holds now, counted in it (the generator's own tallies missed rows its
  // applications add, and counted a category drawn twice for one person twice).
  long counts[5] = {};
  const char* tables[5] = {"residents", "households", "benefits", "payments", "applications"};
  for (int i = 0; i < 5; ++i) {
    auto st = db->prepare(std::string("SELECT count(*) FROM ") + tables[i]);
    if (!st) return usage_error(st.error().message);
    auto row = st->step();
    if (!row) return usage_error(row.error().message);
    counts[i] = static_cast<long>(st->integer(0));
  }
  std::printf("%s: %ld residents, %ld households, %ld benefits, %ld payments, %ld applications\n",
              base::printable(*db_option, 200).c_str(), counts[0], counts[1], counts[2], counts[3], counts[4]);
  return kExitOk;
}

}  // namespace app
