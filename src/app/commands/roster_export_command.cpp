// `onewindow roster export --month YYYY-MM --format xlsx|csv [--encoding utf8|gb18030] --out FILE
// [--db FILE|URI] [--config FILE] [--key FILE]`: the month's payment roster out (发放花名册) for the
// bank — every active benefit's line (app/roster_export.h). Everyone on it is recorded in the audit
// log as looked at (why "roster export", who "cli") before the file is written. stdout: one line with the month, the lines, the total
// in yuan, how many lack an account, and the file. A month without benefits is an empty roster with
// its headers and a zero total, not an error. Exit 2 for a bad month, format or encoding, a store
// that cannot be read, or a file that cannot be written (nothing is left behind).
#include <cstdio>
#include <string>

#include "app/clock_service.h"
#include "app/commands/arg_parser.h"
#include "app/commands/command.h"
#include "app/commands/store_command_support.h"
#include "app/file_write.h"
#include "app/paths.h"
#include "app/roster_export.h"
#include "base/printable.h"
#include "core/domain/civil_time.h"
#include "store/audit_log.h"
#include "store/hall_key.h"
#include "store/payment_roster_source.h"

namespace app {
namespace {

bool is_month(const std::string& m) {
  if (m.size() != 7 || m[4] != '-') return false;
  return core::parse_iso_date(m + "-01").ok();
}

}  // namespace

int run_roster_export(Args args) {
  ArgParser p(args);
  auto month = p.option("--month");
  auto format = p.option("--format");
  auto encoding = p.option("--encoding");
  auto out = p.option("--out");
  auto db_option = p.option("--db");
  auto config_option = p.option("--config");
  auto key_option = p.option("--key");
  std::vector<std::string> pos;
  std::string err;
  if (!p.finish(pos, err)) return usage_error(err);
  if (!pos.empty()) return usage_error("roster export takes no positional arguments (got '" + base::printable(pos[0], 60) + "')");
  if (!month) return usage_error("roster export needs --month YYYY-MM");
  if (!is_month(*month)) return usage_error("--month must be a month as YYYY-MM, not '" + base::printable(*month, 40) + "'");
  if (!format) return usage_error("roster export needs --format xlsx|csv");
  if (*format != "xlsx" && *format != "csv") return usage_error("--format must be xlsx or csv, not '" + base::printable(*format, 40) + "'");
  const std::string enc = encoding.value_or("utf8");
  if (enc != "utf8" && enc != "gb18030") return usage_error("--encoding must be utf8 or gb18030, not '" + base::printable(enc, 40) + "'");
  if (encoding && *format == "xlsx") return usage_error("--encoding is for --format csv (an XLSX file is always Unicode)");
  if (!out) return usage_error("roster export needs --out FILE");

  auto key = store::HallKey::load_or_create(key_option ? std::filesystem::path(*key_option) : paths::default_hall_key());
  if (!key) return usage_error(key.error().message);
  auto db = open_db_option(db_option, StoreUse::MustExist, config_option);
  if (!db) return usage_error(db.error().message);
  auto sources = store::payment_sources(db.value(), *month);
  if (!sources) return usage_error(sources.error().message);
  const auto roster = core::make_payment_roster(*month, std::move(sources.value()));
  // Everyone on it leaves the store with ID number and account: audited; no audit, no file.
  if (auto s = export_payment_roster(db.value(), key.value(), roster, {local_now().iso_datetime(), "cli"},
                                     *format == "xlsx" ? RosterFormat::Xlsx : RosterFormat::Csv,
                                     enc == "gb18030" ? RosterEncoding::Gb18030 : RosterEncoding::Utf8, *out);
      !s) {
    return usage_error(s.error().message + "; nothing was written");
  }
  const std::string line = *month + ": " + std::to_string(roster.line_count) + " lines, " +
                           core::format_yuan(roster.total_fen) + " yuan, " + std::to_string(roster.without_account) +
                           " without an account -> " + base::printable(*out, 200) + "\n";
  if (auto s = write_stdout(line); !s) return usage_error(s.error().message);
  if (auto s = flush_stdout(); !s) return usage_error(s.error().message);
  return kExitOk;
}

}  // namespace app
