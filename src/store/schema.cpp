#include "store/schema.h"

#include <array>
#include <cstdlib>
#include <string>

#include "store/audit_log.h"
#include "store/pg/migrate.h"
#include "store/schema_steps.h"

namespace store {
namespace {

using sqlite_schema::kAuditMovedOut;
using sqlite_schema::kSteps;

base::Status write_meta(Database& db, const char* key, int value) {
  auto st = db.prepare("INSERT INTO meta(key, value) VALUES(?1, ?2) ON CONFLICT(key) DO UPDATE SET value = ?2");
  if (!st) return st.error();
  st->bind_all(std::string(key), std::to_string(value));
  return st->run();
}

}  // namespace

base::Result<SchemaVersion> read_schema_version(Database& db) {
  if (db.is_postgres()) return pg::read_pg_schema_version(db);
  auto exists = db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'");
  if (!exists) return exists.error();
  auto row = exists->step();
  if (!row) return row.error();
  SchemaVersion v;
  if (exists->integer(0) == 0) return v;
  auto st = db.prepare("SELECT key, value FROM meta WHERE key IN ('version', 'compatible_version')");
  if (!st) return st.error();
  while (true) {
    auto r = st->step();
    if (!r) return r.error();
    if (!r.value()) break;
    int value = std::atoi(st->text(1).c_str());
    if (st->text(0) == "version") v.version = value;
    else v.compatible = value;
  }
  return v;
}

base::Status migrate(Database& db, int target) {
  if (db.is_postgres()) return pg::migrate_pg(db, target);
  if (target < 1 || target > kSchemaVersion)
    return base::Error{"no schema version " + std::to_string(target) + " (this build knows 1 to " +
                       std::to_string(kSchemaVersion) + ")"};
  // The common case, a file already at the target version, takes no write lock.
  if (auto v = read_schema_version(db); v && v->version >= target && v->compatible <= kSchemaVersion) return base::ok();
  auto tx = Transaction::begin(db);
  if (!tx) return tx.error();
  auto current = read_schema_version(db);
  if (!current) return current.error();
  const std::string where = db.file().string();
  if (current->compatible > kSchemaVersion)
    return base::Error{"database " + where + " was written by a newer onewindow (schema " +
                       std::to_string(current->version) + ", needs at least " + std::to_string(current->compatible) +
                       "; this build has " + std::to_string(kSchemaVersion) + "): upgrade onewindow"};
  if (current->version >= target) return base::ok();
  if (current->version == 0) {
    if (auto s = db.exec("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"); !s) return s;
  }
  for (int v = current->version + 1; v <= target; ++v) {
    if (v == kAuditMovedOut) {
      if (auto s = move_audit_rows_out(db); !s)
        return base::Error{"database " + where + ": moving the audit log to its own file failed: " + s.error().message};
    }
    if (auto s = db.exec(kSteps[static_cast<std::size_t>(v - 1)].sql); !s)
      return base::Error{"database " + where + ": migration to schema " + std::to_string(v) +
                         " failed: " + s.error().message};
  }
  if (auto s = write_meta(db, "version", target); !s) return s;
  if (auto s = write_meta(db, "compatible_version", kSteps[static_cast<std::size_t>(target - 1)].compatible); !s)
    return s;
  return tx->commit();
}

base::Result<Database> open_store(const std::filesystem::path& file) {
  auto db = Database::open(file);
  if (!db) return db.error();
  if (auto s = migrate(db.value()); !s) return s.error();
  return std::move(db.value());
}

}  // namespace store
