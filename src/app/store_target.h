#pragma once
// What `--db` names, checked before anything is opened: a SQLite file in a folder that exists, or
// a server URI (postgresql://…, opened by store::open_store). An empty name,
// ":memory:" (SQLite's in-memory database, lost at exit) or a missing folder is refused with one
// line: a mistyped path must not create folders, answer "unknown person" or lose an import.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "base/result.h"
#include "store/database.h"

namespace app {

enum class StoreKind { SqliteFile, ServerUri };

struct StoreTarget {
  StoreKind kind = StoreKind::SqliteFile;
  std::filesystem::path file;  // SqliteFile
  std::string uri;             // ServerUri
};

// Whether a command may make a new store: only demo-data, db migrate, roster import, intake-soak,
// staff add and the terminal's own configured file do; every other command needs one that exists.
enum class StoreUse { MustExist, MayCreate };

base::Result<StoreTarget> classify_store_argument(std::string_view arg);

// Whether a store error is SQLite refusing to write a read-only file (SQLITE_READONLY: the file or
// its folder is read-only). A kiosk look-up writes its audit row first, so on such a store every
// look-up is refused: the caller says so in a plain line (kiosk.read_only_store), not in SQL.
bool is_read_only_store_error(const base::Error& e);

// Opens (and migrates) the store `arg` names, or the default store when there is none. The
// default store's folder is made for a command that may create the store; a --db folder never is.
// `what` names `arg` in messages ("--db", "the configured store").
base::Result<store::Database> open_store_target(const std::optional<std::string>& arg, StoreUse use,
                                                std::string_view what = "--db");

}  // namespace app
