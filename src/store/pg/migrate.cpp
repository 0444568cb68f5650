#include "store/pg/migrate.h"

#include <cstdlib>
#include <string>

#include "store/pg/schema_ddl.h"

namespace store::pg {
namespace {

static_assert(kUpgrades.empty() ? kBaselineVersion == kSchemaVersion : kUpgrades.back().version == kSchemaVersion,
              "a new SQLite schema version needs its PostgreSQL step in store/pg/schema_ddl.h");

// Any 64-bit number only onewindow uses: the lock migrations take.
constexpr const char* kMigrationLock = "SELECT pg_advisory_xact_lock(4242006001)";

int compatible_after(int version) {
  int compatible = kBaselineVersion;
  for (const auto& u : kUpgrades)
    if (u.version <= version) compatible = u.compatible;
  return compatible;
}

base::Status write_meta(Database& db, const char* key, int value) {
  auto st = db.prepare("INSERT INTO meta(key, value) VALUES(?1, ?2) ON CONFLICT(key) DO UPDATE SET value = ?2");
  if (!st) return st.error();
  st->bind_all(std::string(key), std::to_string(value));
  return st->run();
}

}  // namespace

base::Result<SchemaVersion> read_pg_schema_version(Database& db) {
  auto exists = db.prepare("SELECT to_regclass('meta') IS NOT NULL");
  if (!exists) return exists.error();
  auto row = exists->step();
  if (!row) return row.error();
  SchemaVersion v;
  if (exists->text_view(0) != "t") return v;
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

base::Status migrate_pg(Database& db, int target) {
  const std::string where = db.file().string();
  if (target < kBaselineVersion || target > kSchemaVersion)
    return base::Error{"no PostgreSQL schema version " + std::to_string(target) + " (this build knows " +
                       std::to_string(kBaselineVersion) + " to " + std::to_string(kSchemaVersion) + ")"};
  auto newer = [&](const SchemaVersion& v) {
    return base::Error{"store " + where + " was written by a newer onewindow (schema " + std::to_string(v.version) +
                       ", needs at least " + std::to_string(v.compatible) + "; this build has " +
                       std::to_string(kSchemaVersion) + "): upgrade onewindow"};
  };
  auto seen = read_pg_schema_version(db);
  if (!seen) return seen.error();
  if (seen->compatible > kSchemaVersion) return newer(*seen);
  if (seen->version >= target) return base::ok();
  auto tx = Transaction::begin(db);
  if (!tx) return tx.error();
  if (auto s = db.exec(kMigrationLock); !s) return s;
  auto current = read_pg_schema_version(db);
  if (!current) return current.error();
  if (current->compatible > kSchemaVersion) return newer(*current);
  if (current->version >= target) return base::ok();
  int version = current->version;
  if (version == 0) {
    if (auto s = db.exec("CREATE TABLE meta (key text COLLATE \"C\" PRIMARY KEY, value text NOT NULL)"); !s) return s;
    if (auto s = db.exec(kBaseline); !s)
      return base::Error{"store " + where + ": creating the tables failed: " + s.error().message};
    version = kBaselineVersion;
  }
  for (const auto& u : kUpgrades) {
    if (u.version <= version || u.version > target) continue;
    if (auto s = db.exec(u.sql); !s)
      return base::Error{"store " + where + ": migration to schema " + std::to_string(u.version) +
                         " failed: " + s.error().message};
    version = u.version;
  }
  if (auto s = write_meta(db, "version", version); !s) return s;
  if (auto s = write_meta(db, "compatible_version", compatible_after(version)); !s) return s;
  return tx->commit();
}

}  // namespace store::pg
