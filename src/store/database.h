#pragma once
// A SQLite database file opened the way every onewindow store is: WAL, foreign keys on,
// synchronous=FULL (a printed slip must never name an application a power cut can undo), a busy
// timeout so a kiosk and a counter sharing a file wait instead of failing. Errors are values.
#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"

namespace store {

inline constexpr int kBusyTimeoutMs = 5000;
// Page cache per connection (negative = KiB): large roster imports touch many B-tree pages, and a
// cache smaller than the working set spills to the WAL mid-transaction.
inline constexpr int kCacheSizeKiB = 65536;

// One prepared statement. Bind by 1-based index; step() gives true while there is a row.
class Statement {
 public:
  Statement() = default;
  Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  Statement(Statement&& o) noexcept : db_(o.db_), stmt_(o.stmt_) { o.stmt_ = nullptr; }
  Statement& operator=(Statement&& o) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement();

  Statement& bind(int index, std::int64_t v);
  Statement& bind(int index, int v) { return bind(index, static_cast<std::int64_t>(v)); }
  Statement& bind(int index, std::string_view v);
  Statement& bind(int index, const std::string& v) { return bind(index, std::string_view(v)); }
  Statement& bind(int index, const char* v) { return bind(index, std::string_view(v)); }
  Statement& bind_null(int index);
  // Binds text without copying it: the caller keeps `v` alive and unchanged until the statement
  // is reset (hot paths: roster rows bound straight from the parsed roster).
  Statement& bind_static(int index, std::string_view v);
  // Binds each argument in order from index 1.
  template <class... A>
  Statement& bind_all(const A&... args) {
    int i = 0;
    (bind(++i, args), ...);
    return *this;
  }

  core::Result<bool> step();
  // Runs to completion (for writes); resets so the statement can be reused.
  core::Status run();
  void reset();

  std::int64_t int64(int col) const { return sqlite3_column_int64(stmt_, col); }
  int integer(int col) const { return sqlite3_column_int(stmt_, col); }
  std::string text(int col) const;
  int column_count() const { return sqlite3_column_count(stmt_); }
  bool is_null(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }

 private:
  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
};

// A cached statement in use: reset when it goes out of scope, so no finished read keeps a read
// transaction open (which would block WAL checkpoints and let the -wal file grow without bound).
class ScopedStatement {
 public:
  explicit ScopedStatement(Statement* s) : s_(s) {}
  ScopedStatement(ScopedStatement&& o) noexcept : s_(o.s_) { o.s_ = nullptr; }
  ScopedStatement& operator=(ScopedStatement&&) = delete;
  ScopedStatement(const ScopedStatement&) = delete;
  ~ScopedStatement() {
    if (s_) s_->reset();
  }
  Statement* operator->() const { return s_; }
  Statement& operator*() const { return *s_; }

 private:
  Statement* s_;
};

class Database {
 public:
  // Opens (creating if needed) and applies the connection settings; does not migrate — see
  // store/schema.h open_store() for the usual entry point.
  static core::Result<Database> open(const std::filesystem::path& file);

  Database(Database&&) noexcept = default;
  Database& operator=(Database&&) noexcept = default;
  ~Database();

  core::Status exec(std::string_view sql);
  core::Result<Statement> prepare(std::string_view sql);
  // A statement prepared once per connection and reset before reuse: for hot paths (imports,
  // look-ups). The key is the SQL text itself.
  core::Result<ScopedStatement> cached(const char* sql);
  // FULL (the default) syncs the WAL at every commit; NORMAL syncs only at checkpoints, so a power
  // cut may lose the last commits but never corrupts the file. Slip-related writes stay FULL.
  // Runs as a cached statement: the kiosk switches it twice per look-up.
  core::Status set_synchronous_full(bool full);
  // Runs a statement without results from the per-connection cache (BEGIN, COMMIT, PRAGMA …).
  core::Status run_cached(const char* sql);
  std::int64_t last_insert_rowid() const { return sqlite3_last_insert_rowid(db_.get()); }
  int changes() const { return sqlite3_changes(db_.get()); }
  std::string error_message() const { return sqlite3_errmsg(db_.get()); }
  const std::filesystem::path& file() const { return file_; }
  sqlite3* handle() const { return db_.get(); }

 private:
  struct Closer {
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
  };
  Database() = default;
  std::filesystem::path file_;
  std::unique_ptr<sqlite3, Closer> db_;
  // Declared after db_ so cached statements are finalized before the connection closes.
  std::unique_ptr<std::map<std::string, Statement, std::less<>>> statements_;
};

// BEGIN IMMEDIATE on construction (takes the write lock up front, so two writers never deadlock
// half-way); ROLLBACK on destruction unless commit() succeeded.
class Transaction {
 public:
  static core::Result<Transaction> begin(Database& db);
  Transaction(Transaction&& o) noexcept : db_(o.db_), open_(o.open_) { o.open_ = false; }
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  Transaction& operator=(Transaction&&) = delete;
  ~Transaction();
  core::Status commit();

 private:
  explicit Transaction(Database& db) : db_(&db), open_(true) {}
  Database* db_;
  bool open_;
};

}  // namespace store
