// `onewindow ledger export --date YYYY-MM-DD [--terminal N] [--db FILE|URI] [--config FILE] [--out FILE]
// [--encoding utf8|gb18030] [--full]`: the day ledger (受理台账) as CSV — UTF-8 with a byte-order
// mark so Excel opens it, or GB18030 for older office software; names and ID numbers masked unless
// --full. Exit 2 for a bad date, terminal or encoding, or a store that cannot be read.
#include <cstdio>
#include <filesystem>
#include <string>

#include "app/catalog_file.h"
#include "app/commands/arg_parser.h"
#include "app/commands/command.h"
#include "app/commands/store_command_support.h"
#include "app/file_write.h"
#include "app/ledger_export.h"
#include "app/text_encoding.h"
#include "core/domain/acceptance_number.h"
#include "core/domain/ledger.h"
#include "core/domain/working_days.h"
#include "store/day_ledger.h"

namespace app {
namespace {

std::optional<int> parse_terminal(const std::string& text) {
  if (text.empty() || text.size() > 2) return std::nullopt;
  int n = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + (c - '0');
  }
  if (n < 1 || n > core::kMaxTerminal) return std::nullopt;
  return n;
}

}  // namespace

int run_ledger_export(Args args) {
  ArgParser p(args);
  auto date = p.option("--date");
  auto terminal_option = p.option("--terminal");
  auto db_option = p.option("--db");
  auto config_option = p.option("--config");
  auto out = p.option("--out");
  auto encoding = p.option("--encoding");
  bool full = p.flag("--full");
  std::vector<std::string> pos;
  std::string err;
  if (!p.finish(pos, err)) return usage_error(err);
  if (!pos.empty()) return usage_error("ledger export takes no positional arguments (got '" + pos[0] + "')");
  if (!date) return usage_error("ledger export needs --date YYYY-MM-DD");
  if (auto d = core::parse_iso_date(*date); !d) return usage_error("--date: " + d.error().message);
  std::optional<int> terminal;
  if (terminal_option) {
    terminal = parse_terminal(*terminal_option);
    if (!terminal) return usage_error("--terminal must be a counter number 1..99, not '" + *terminal_option + "'");
  }
  const std::string enc = encoding.value_or("utf8");
  if (enc != "utf8" && enc != "gb18030") return usage_error("--encoding must be utf8 or gb18030, not '" + enc + "'");

  auto assets = load_catalog_assets(paths::assets_dir());
  if (!assets) return usage_error(assets.error().message);
  auto db = open_db_option(db_option, StoreUse::MustExist, config_option);
  if (!db) return usage_error(db.error().message);
  auto rows = store::DayLedger(db.value()).rows(*date, terminal);
  if (!rows) return usage_error(rows.error().message);

  auto bytes = ledger_file_bytes(rows.value(), assets->catalog, full, enc == "gb18030");
  if (!bytes) return usage_error(bytes.error().message);
  if (out) {
    if (auto s = write_file_atomically(*out, *bytes); !s) return usage_error(s.error().message);
  } else {
    std::fwrite(bytes->data(), 1, bytes->size(), stdout);
  }
  return kExitOk;
}

}  // namespace app
