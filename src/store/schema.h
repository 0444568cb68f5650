#pragma once
// Schema versions and migrations (the meta-table scheme of Chromium's sql::MetaTable): the file
// records the version it was written at and the oldest code version that can still use it. A
// newer onewindow migrates an older file forward inside one transaction; an older onewindow refuses
// a file whose compatible version is beyond it, instead of corrupting it.
#include <filesystem>

#include "base/result.h"
#include "store/database.h"

namespace store {

inline constexpr int kSchemaVersion = 19;
// Oldest code version that can read and write a file at kSchemaVersion. Versions 3 to 5 kept what
// version-2 code reads and writes (rewritten CHECK constraints, defaulted columns, a new table);
// version 6 stores benefits' statuses as codes, which code before it cannot read; version 7 adds
// defaulted columns only; version 8 adds two tables (hall_sync, terminals); version 9 moves the
// audit log out of the store file into a file of its own (store/audit_log.h), where code before it
// would not look; version 10 (the back office's claims, steps, notices) adds tables and defaulted
// columns only; version 11 adds triggers on the PostgreSQL store only; version 12 (年审, payee
// accounts, 残疾人证, 主动发现 marks) adds defaulted columns, tables and indexes only; version 13 (好差评) adds
// one table; version 14 adds indexes only; version 15 chains the PostgreSQL store's audit rows and
// changes nothing in a SQLite file. The PostgreSQL store's own compatible version is 15 (code before
// it would write unchained audit rows there): store/pg/schema_ddl.h kPgCompatibleVersion. Version
// 16 adds defaulted columns kept by triggers (each resident's township and village); version 17
// adds a table, a defaulted column and the triggers that keep them (the statistics' running figures);
// version 18 makes the village triggers again with a better rule; version 19 links the PostgreSQL
// store's audit chains and changes nothing in a SQLite file (the hall store's compatible version
// becomes 19).
inline constexpr int kCompatibleVersion = 9;

struct SchemaVersion {
  int version = 0;      // 0: a new, empty file
  int compatible = 0;
};

base::Result<SchemaVersion> read_schema_version(Database& db);
// Migrates forward to kSchemaVersion (or to `target`, for tests of old files).
base::Status migrate(Database& db, int target = kSchemaVersion);

// Opens the file (creating folders and the file if missing) and migrates it: what every
// subcommand's --db FILE does. A postgresql:// URI opens the PostgreSQL store instead (its tables
// made on first use, store/pg/migrate.h).
base::Result<Database> open_store(const std::filesystem::path& file);

}  // namespace store
