#pragma once
// A SQLite database file opened the way every onewindow store is: WAL (copied back when the
// connection is idle, see checkpoint_when_idle), foreign keys on, synchronous=FULL (a printed slip
// must never name an application a power cut can undo), a busy timeout so a kiosk and a counter
// sharing a file wait instead of failing. Errors are values.
//
// The same two classes also speak to a PostgreSQL store (the hall's shared store): open() given a
// postgresql:// URI connects with libpq, and every table class runs its statements unchanged
// (store/pg/: the SQL is translated once per statement, see pg/sql_dialect.h). SQLite-only
// housekeeping (checkpoints, page-cache pragmas) does nothing there.
#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "base/result.h"

namespace store {

namespace pg {
class Session;
struct StatementState;
}  // namespace pg

inline constexpr int kBusyTimeoutMs = 5000;
// Page cache per connection (negative = KiB). Kept small on purpose: SQLite 3.40 walks every cached
// page when a write transaction ends, so a 64 MiB cache cost each kiosk look-up (one audit-row
// commit) ~25 us of CPU; the pages a look-up reads are in the OS page cache anyway. Roster imports
// raise the cache for their own duration (store/roster_import.cpp). (A memory map of the file was
// tried as well: it gave look-ups 4 ms stalls at p99 on a busy machine.)
inline constexpr int kCacheSizeKiB = 8192;
// Safety net only: a commit that leaves at least this many frames in the WAL checkpoints at once.
// Normally the WAL is copied back by checkpoint_when_idle() (the store worker calls it when it has
// no work) or when the last connection closes, never inside a kiosk look-up. ~16 MiB at 4 KiB pages.
inline constexpr int kWalCheckpointFrames = 4096;

// What an idle checkpoint did. The WAL is not emptied while another connection still reads an
// older snapshot: the frames it needs stay for the next idle moment.
struct CheckpointReport {
  bool wal_emptied = false;
  int frames_left = 0;
};

// One prepared statement. Bind by 1-based index; step() gives true while there is a row.
class Statement {
 public:
  Statement() = default;
  Statement(sqlite3* db, sqlite3_stmt* stmt);
  explicit Statement(std::unique_ptr<pg::StatementState> pg);
  Statement(Statement&& o) noexcept;
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

  base::Result<bool> step();
  // Runs to completion (for writes); resets so the statement can be reused.
  base::Status run();
  void reset();

  std::int64_t int64(int col) const { return pg_ ? pg_int64(col) : sqlite3_column_int64(stmt_, col); }
  int integer(int col) const { return pg_ ? static_cast<int>(pg_int64(col)) : sqlite3_column_int(stmt_, col); }
  std::string text(int col) const;
  // The column's text without a copy: valid until the next step() or reset().
  std::string_view text_view(int col) const;
  int column_count() const { return pg_ ? pg_column_count() : sqlite3_column_count(stmt_); }
  bool is_null(int col) const { return pg_ ? pg_is_null(col) : sqlite3_column_type(stmt_, col) == SQLITE_NULL; }

 private:
  std::int64_t pg_int64(int col) const;
  int pg_column_count() const;
  bool pg_is_null(int col) const;

  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
  std::unique_ptr<pg::StatementState> pg_;  // set when the statement belongs to a PostgreSQL store
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
  // store/schema.h open_store() for the usual entry point. A postgresql:// URI connects to a
  // PostgreSQL store instead (pg::is_uri).
  static base::Result<Database> open(const std::filesystem::path& file);

  Database(Database&&) noexcept;
  Database& operator=(Database&&) noexcept;
  ~Database();

  bool is_postgres() const { return pg_ != nullptr; }
  // The libpq connection of a PostgreSQL store (nullptr for SQLite).
  pg::Session* postgres() const { return pg_.get(); }

  base::Status exec(std::string_view sql);
  base::Result<Statement> prepare(std::string_view sql);
  // A statement prepared once per connection and reset before reuse: for hot paths (imports,
  // look-ups). The key is the SQL text itself.
  base::Result<ScopedStatement> cached(const char* sql);
  // Copies the WAL back into the database file and truncates the WAL to zero bytes, without
  // waiting for other connections (frames a reader still needs are left for the next call). Cheap
  // when there is nothing to do. Call it when the connection has no work (the store worker's idle
  // moment), not inside a look-up or an open transaction: it syncs the disk.
  base::Result<CheckpointReport> checkpoint_when_idle();
  // Leaves the automatic checkpoint of large WALs to checkpoint_when_idle() while a bulk write
  // (a roster import) commits: the commit is durable once its WAL frames are synced; copying them
  // back is housekeeping for an idle moment. Restored by passing false.
  void defer_checkpoints(bool defer) { wal_->deferred = defer; }
  // Frames in the WAL after this connection's last commit (0 after a checkpoint emptied it), the
  // audit file's included.
  int wal_frames() const { return wal_->frames + (audit_ ? audit_->wal_frames() : 0); }
  // FULL (the default) syncs the WAL at every commit; NORMAL syncs only at checkpoints, so a power
  // cut may lose the last commits but never corrupts the file. Slip-related writes stay FULL.
  // Runs as a cached statement (a roster import sets it at its start).
  base::Status set_synchronous_full(bool full);
  // Runs a statement without results from the per-connection cache (BEGIN, COMMIT, PRAGMA …).
  base::Status run_cached(const char* sql);
  std::int64_t last_insert_rowid() const { return pg_ ? pg_last_insert_id() : sqlite3_last_insert_rowid(db_.get()); }
  int changes() const { return pg_ ? pg_changes() : sqlite3_changes(db_.get()); }
  std::string error_message() const;
  // The SQLite file, or the PostgreSQL URI without its password: for messages.
  const std::filesystem::path& file() const { return file_; }
  sqlite3* handle() const { return db_.get(); }

  // A SQLite store's audit log lives in a file of its own beside it, on a connection of its own
  // (store/audit_log.h opens it on first use and hands it here to keep): a look-up's audit row then
  // never waits for the store's write lock. Idle checkpoints cover it too. nullptr until opened,
  // and always for PostgreSQL (the audit log is a table of the hall store).
  Database* audit_connection() const { return audit_.get(); }
  void keep_audit_connection(Database audit);

 private:
  struct Closer {
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
  };
  // State shared with SQLite's WAL hook; on the heap so its address survives moving the Database.
  struct WalState {
    int frames = 0;
    bool deferred = false;
  };
  static int on_wal_commit(void* state, sqlite3* db, const char* schema, int frames);
  base::Result<CheckpointReport> checkpoint_own_wal();
  static base::Result<Database> connect_postgres(const std::string& uri);
  base::Result<Statement> postgres_statement(std::string_view sql, bool cached);
  std::int64_t pg_last_insert_id() const;
  int pg_changes() const;
  Database() = default;
  std::filesystem::path file_;
  std::unique_ptr<WalState> wal_;
  std::unique_ptr<sqlite3, Closer> db_;
  // Declared after db_ so cached statements are finalized before the connection closes.
  // A PostgreSQL store's connection (declared before the statements, so they go first).
  std::unique_ptr<pg::Session> pg_;
  std::unique_ptr<std::map<std::string, Statement, std::less<>>> statements_;
  std::unique_ptr<Database> audit_;
};

// BEGIN IMMEDIATE on construction (takes the write lock up front, so two writers never deadlock
// half-way); ROLLBACK on destruction unless commit() succeeded.
class Transaction {
 public:
  static base::Result<Transaction> begin(Database& db);
  Transaction(Transaction&& o) noexcept : db_(o.db_), open_(o.open_) { o.open_ = false; }
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  Transaction& operator=(Transaction&&) = delete;
  ~Transaction();
  base::Status commit();

 private:
  explicit Transaction(Database& db) : db_(&db), open_(true) {}
  Database* db_;
  bool open_;
};

}  // namespace store
