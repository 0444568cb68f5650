// `onewindow db backup --out FILE [--db FILE|URI] [--config FILE]`: a consistent copy of a SQLite
// store taken while terminals keep working (SQLite's online backup API), and its audit file beside
// it as FILE.audit; both private to their owner (0600: they hold residents' data). A PostgreSQL
// hall store is refused with the pg_dump command that backs it up.
// `onewindow db restore --from FILE [--db FILE] [--force]`: puts a backup back. The backup is
// checked whole first (integrity, a schema this build reads); a store that holds anything is only
// replaced with --force; the restored store is then migrated to this build's schema.
#include <cstdio>
#include <filesystem>
#include <string>

#include "app/commands/arg_parser.h"
#include "app/commands/command.h"
#include "app/commands/store_command_support.h"
#include "app/file_write.h"
#include "store/audit_log.h"
#include "store/backup.h"
#include "store/schema.h"

namespace app {
namespace {

constexpr unsigned kPrivate = 0600;

std::string counts(long long residents, long long applications) {
  return std::to_string(residents) + " residents, " + std::to_string(applications) + " applications";
}

}  // namespace

int run_db_backup(Args args) {
  ArgParser p(args);
  auto db_option = p.option("--db");
  auto config_option = p.option("--config");
  auto out = p.option("--out");
  std::vector<std::string> pos;
  std::string err;
  if (!p.finish(pos, err)) return usage_error(err);
  if (!pos.empty() || !out) return usage_error("db backup needs --out FILE (and no other arguments besides --db and --config)");
  auto db = open_db_option(db_option, StoreUse::MustExist, config_option);
  if (!db) return usage_error(db.error().message);
  if (db->is_postgres()) {
    return usage_error("a PostgreSQL hall store is backed up with pg_dump, as its owner: pg_dump --format=custom --file '" +
                       *out + "' '" + db->file().string() + "'");
  }
  const std::filesystem::path target(*out);
  auto audit = store::audit_database(db.value());
  if (!audit) return usage_error(audit.error().message);
  // The audit file first: a backup file that exists always has its audit file beside it.
  const auto audit_target = store::audit_file_of(target);
  if (auto s = write_through_temporary(
          audit_target, [&](const std::string& tmp) { return store::copy_sqlite_file(audit.value()->handle(), tmp); },
          kPrivate);
      !s) {
    return usage_error(s.error().message);
  }
  if (auto s = write_through_temporary(
          target, [&](const std::string& tmp) { return store::copy_sqlite_file(db->handle(), tmp); }, kPrivate);
      !s) {
    std::filesystem::remove(audit_target);
    return usage_error(s.error().message);
  }
  auto info = store::inspect_backup(target);
  if (!info) return usage_error(info.error().message);
  std::printf("backed up %s to %s (schema %d, %s; audit log in %s)\n", db->file().c_str(), target.c_str(), info->version,
              counts(info->residents, info->applications).c_str(), audit_target.c_str());
  return kExitOk;
}

int run_db_restore(Args args) {
  ArgParser p(args);
  auto db_option = p.option("--db");
  auto config_option = p.option("--config");
  auto from = p.option("--from");
  const bool force = p.flag("--force");
  std::vector<std::string> pos;
  std::string err;
  if (!p.finish(pos, err)) return usage_error(err);
  if (!pos.empty() || !from) return usage_error("db restore needs --from FILE (a file made by db backup)");
  const std::filesystem::path backup(*from);
  auto info = store::inspect_backup(backup);
  if (!info) return usage_error(info.error().message);
  auto db = open_db_option(db_option, StoreUse::MayCreate, config_option);
  if (!db) return usage_error(db.error().message);
  if (db->is_postgres()) {
    return usage_error("a PostgreSQL hall store is restored with pg_restore, as its owner: pg_restore --clean --dbname '" +
                       db->file().string() + "' '" + *from + "'");
  }
  auto held = store::count_contents(db.value());
  if (!held) return usage_error(db->file().string() + ": cannot read it before restoring");
  if ((held->residents > 0 || held->applications > 0) && !force) {
    return usage_error(db->file().string() + " holds " + counts(held->residents, held->applications) +
                       "; add --force to replace them with the backup");
  }
  if (auto s = store::restore_sqlite_file(backup, db->handle()); !s) return usage_error(s.error().message);
  const auto audit_backup = store::audit_file_of(backup);
  std::error_code ec;
  const bool with_audit = std::filesystem::is_regular_file(audit_backup, ec);
  if (with_audit) {
    auto audit = store::audit_database(db.value());
    if (!audit) return usage_error(audit.error().message);
    if (auto s = store::restore_sqlite_file(audit_backup, audit.value()->handle()); !s) return usage_error(s.error().message);
  }
  if (auto s = store::migrate(db.value()); !s) return usage_error(s.error().message);
  auto now = store::read_schema_version(db.value());
  if (!now) return usage_error(now.error().message);
  std::printf("restored %s from %s (%s, schema %d now %d%s)\n", db->file().c_str(), backup.c_str(),
              counts(info->residents, info->applications).c_str(), info->version, now->version,
              with_audit ? "" : "; no audit file beside the backup, the store's audit log kept");
  return kExitOk;
}

}  // namespace app
