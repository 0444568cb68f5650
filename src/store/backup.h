#pragma once
// Copies of a SQLite store for `onewindow db backup|restore`, made with SQLite's online backup API:
// the copy is a consistent snapshot even while kiosks read and counters commit (the API restarts
// when another connection writes), and a restore goes in page by page under the store's own locks,
// so a terminal left running sees either the old or the restored content, never a mix.
// A store's audit file (`<store>.audit`, store/audit_log.h) travels beside it as `<backup>.audit`.
// A PostgreSQL store is not copied here: pg_dump / pg_restore are the tools for it.
#include <filesystem>
#include <string>

#include "base/result.h"
#include "store/database.h"

namespace store {

// What a backup file holds, read without changing it.
struct BackupInfo {
  int version = 0;      // schema version of the copy
  int compatible = 0;   // oldest code version that reads it
  long long applications = 0;
  long long residents = 0;
};

// Copies `from` (an open SQLite store) into the file `to`, which must not be in use; `to` is made
// or overwritten whole.
base::Status copy_sqlite_file(sqlite3* from, const std::filesystem::path& to);

// Checks that `file` is a whole onewindow store this build can read (integrity, schema version) and
// says what it holds. Opened read-only as immutable: a backup on a read-only medium reads too.
base::Result<BackupInfo> inspect_backup(const std::filesystem::path& file);

// How many residents and applications an open store holds (restore refuses a store that holds any).
base::Result<BackupInfo> count_contents(Database& store);

// Replaces the content of the open store `into` with the backup `file`; the caller migrates after.
base::Status restore_sqlite_file(const std::filesystem::path& file, sqlite3* into);

}  // namespace store
