#include "store/database.h"

#include <unistd.h>

#include "store/pg/session.h"
#include "store/pg/sql_dialect.h"
#include "store/pg/statement_state.h"

namespace store {

Statement::Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
Statement::Statement(std::unique_ptr<pg::StatementState> pg) : pg_(std::move(pg)) {}
Statement::Statement(Statement&& o) noexcept : db_(o.db_), stmt_(o.stmt_), pg_(std::move(o.pg_)) { o.stmt_ = nullptr; }

Statement& Statement::operator=(Statement&& o) noexcept {
  if (this != &o) {
    if (stmt_) sqlite3_finalize(stmt_);
    db_ = o.db_;
    stmt_ = o.stmt_;
    o.stmt_ = nullptr;
    pg_ = std::move(o.pg_);
  }
  return *this;
}

Statement::~Statement() {
  if (stmt_) sqlite3_finalize(stmt_);
}

Statement& Statement::bind(int index, std::int64_t v) {
  if (pg_) {
    pg_->bind(index, std::to_string(v));
    return *this;
  }
  sqlite3_bind_int64(stmt_, index, v);
  return *this;
}

Statement& Statement::bind(int index, std::string_view v) {
  if (pg_) {
    pg_->bind(index, v);
    return *this;
  }
  sqlite3_bind_text(stmt_, index, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  return *this;
}

Statement& Statement::bind_static(int index, std::string_view v) {
  if (pg_) {
    pg_->bind(index, v);
    return *this;
  }
  sqlite3_bind_text(stmt_, index, v.data(), static_cast<int>(v.size()), SQLITE_STATIC);
  return *this;
}

Statement& Statement::bind_null(int index) {
  if (pg_) {
    pg_->bind_null(index);
    return *this;
  }
  sqlite3_bind_null(stmt_, index);
  return *this;
}

base::Result<bool> Statement::step() {
  if (pg_) return pg_->step();
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  std::string msg = std::string("database error: ") + sqlite3_errmsg(db_) + " in: " + sqlite3_sql(stmt_);
  sqlite3_reset(stmt_);
  return base::Error{msg};
}

base::Status Statement::run() {
  auto r = step();
  reset();
  if (!r) return r.error();
  return base::ok();
}

void Statement::reset() {
  if (pg_) {
    pg_->reset();
    return;
  }
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::string Statement::text(int col) const {
  if (pg_) return std::string(pg_->text(col));
  const unsigned char* p = sqlite3_column_text(stmt_, col);
  if (!p) return {};
  return std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(sqlite3_column_bytes(stmt_, col)));
}

std::string_view Statement::text_view(int col) const {
  if (pg_) return pg_->text(col);
  const unsigned char* p = sqlite3_column_text(stmt_, col);
  if (!p) return {};
  return std::string_view(reinterpret_cast<const char*>(p), static_cast<std::size_t>(sqlite3_column_bytes(stmt_, col)));
}

std::int64_t Statement::pg_int64(int col) const { return pg_->int64(col); }
int Statement::pg_column_count() const { return pg_->column_count(); }
bool Statement::pg_is_null(int col) const { return pg_->is_null(col); }

base::Result<Database> Database::connect_postgres(const std::string& uri) {
  auto session = pg::Session::connect(uri);
  if (!session) return session.error();
  Database db;
  db.wal_ = std::make_unique<WalState>();
  db.file_ = session.value()->where();
  db.statements_ = std::make_unique<std::map<std::string, Statement, std::less<>>>();
  db.pg_ = std::move(session.value());
  return db;
}

std::int64_t Database::pg_last_insert_id() const {
  auto id = pg_->last_insert_id();
  return id ? id.value() : 0;
}

int Database::pg_changes() const { return pg_->changes(); }

std::string Database::error_message() const {
  if (pg_) return pg_->error_message();
  return sqlite3_errmsg(db_.get());
}

base::Result<Database> Database::open(const std::filesystem::path& file) {
  if (pg::is_uri(file.native())) return connect_postgres(file.native());
  std::error_code ec;
  if (file.has_parent_path() && !std::filesystem::exists(file.parent_path(), ec)) {
    std::filesystem::create_directories(file.parent_path(), ec);
    if (ec) return base::Error{"cannot create folder " + file.parent_path().string() + ": " + ec.message()};
  }
  sqlite3* raw = nullptr;
  int rc = sqlite3_open_v2(file.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                           nullptr);
  Database db;
  db.wal_ = std::make_unique<WalState>();
  db.db_.reset(raw);
  db.file_ = file;
  db.statements_ = std::make_unique<std::map<std::string, Statement, std::less<>>>();
  if (rc != SQLITE_OK) {
    return base::Error{"cannot open database " + file.string() + ": " + (raw ? sqlite3_errmsg(raw) : "out of memory")};
  }
  sqlite3_extended_result_codes(raw, 1);
  sqlite3_busy_timeout(raw, kBusyTimeoutMs);
  // journal_mode returns a row; exec() ignores it. A file that is not a database fails here, and so
  // does one in a read-only folder (WAL needs its -shm file beside it): said so.
  if (auto s = db.exec("PRAGMA journal_mode=WAL"); !s) {
    const auto folder = file.has_parent_path() ? file.parent_path() : std::filesystem::path(".");
    const bool read_only = ::access(folder.c_str(), W_OK) != 0;
    return base::Error{"cannot open database " + file.string() + ": " + s.error().message +
                       (read_only ? " (its folder is read-only)" : "")};
  }
  if (auto s = db.exec("PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL; PRAGMA cache_size=-" +
                       std::to_string(kCacheSizeKiB));
      !s)
    return s.error();
  // Replaces SQLite's automatic checkpoint after every 1000 frames (which ran inside whichever
  // commit crossed the line: a kiosk look-up paid for syncing the disk every few hundred look-ups).
  sqlite3_wal_hook(raw, &Database::on_wal_commit, db.wal_.get());
  return db;
}

Database::Database(Database&&) noexcept = default;
Database& Database::operator=(Database&&) noexcept = default;
Database::~Database() = default;

int Database::on_wal_commit(void* state, sqlite3* db, const char* schema, int frames) {
  auto* wal = static_cast<WalState*>(state);
  wal->frames = frames;
  if (frames >= kWalCheckpointFrames && !wal->deferred) {
    int log = 0, done = 0;
    // PASSIVE never waits for readers; an error here must not fail the commit that already happened.
    if (sqlite3_wal_checkpoint_v2(db, schema, SQLITE_CHECKPOINT_PASSIVE, &log, &done) == SQLITE_OK && log == done)
      wal->frames = 0;
  }
  return SQLITE_OK;
}

void Database::keep_audit_connection(Database audit) { audit_ = std::make_unique<Database>(std::move(audit)); }

base::Result<CheckpointReport> Database::checkpoint_when_idle() {
  CheckpointReport report;
  if (pg_) {
    report.wal_emptied = true;  // the server manages its own WAL
    return report;
  }
  if (audit_) {
    auto audit = audit_->checkpoint_when_idle();
    if (!audit) return audit.error();
    auto own = checkpoint_own_wal();
    if (!own) return own.error();
    own->wal_emptied = own->wal_emptied && audit->wal_emptied;
    own->frames_left += audit->frames_left;
    return own;
  }
  return checkpoint_own_wal();
}

base::Result<CheckpointReport> Database::checkpoint_own_wal() {
  CheckpointReport report;
  int log = 0, done = 0;
  // TRUNCATE copies every frame no reader still needs and, if that was all of them, empties the
  // WAL file. With the busy timeout off it never waits: a busy database gives SQLITE_BUSY after
  // doing what a PASSIVE checkpoint would have done.
  sqlite3_busy_timeout(db_.get(), 0);
  int rc = sqlite3_wal_checkpoint_v2(db_.get(), nullptr, SQLITE_CHECKPOINT_TRUNCATE, &log, &done);
  sqlite3_busy_timeout(db_.get(), kBusyTimeoutMs);
  if (rc == SQLITE_BUSY) {
    report.frames_left = log > done ? log - done : 0;
    return report;
  }
  if (rc != SQLITE_OK) return base::Error{"checkpoint of " + file_.string() + " failed: " + error_message()};
  report.wal_emptied = true;
  wal_->frames = 0;
  return report;
}

base::Status Database::exec(std::string_view sql) {
  if (pg_) {
    auto t = pg::to_postgres(sql);
    if (t.sql.empty()) return base::ok();
    return pg_->exec(t.sql);
  }
  std::string text(sql);
  char* err = nullptr;
  int rc = sqlite3_exec(db_.get(), text.c_str(), nullptr, nullptr, &err);
  if (rc != SQLITE_OK) {
    std::string msg = "database error: " + std::string(err ? err : sqlite3_errstr(rc));
    sqlite3_free(err);
    return base::Error{msg};
  }
  return base::ok();
}

base::Result<Statement> Database::prepare(std::string_view sql) {
  if (pg_) return postgres_statement(sql, /*cached=*/false);
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v2(db_.get(), sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
  if (rc != SQLITE_OK) return base::Error{"database error: " + error_message() + " in: " + std::string(sql)};
  return Statement(db_.get(), stmt);
}

base::Result<Statement> Database::postgres_statement(std::string_view sql, bool cached) {
  auto state = std::make_unique<pg::StatementState>();
  state->session = pg_.get();
  auto translated = pg::to_postgres(sql);
  state->sql = std::move(translated.sql);
  state->params = translated.params;
  if (cached && !state->sql.empty()) state->name = pg_->next_statement_name();
  return Statement(std::move(state));
}

base::Result<ScopedStatement> Database::cached(const char* sql) {
  auto it = statements_->find(std::string_view(sql));
  if (it == statements_->end()) {
    auto st = pg_ ? postgres_statement(sql, /*cached=*/true) : prepare(sql);
    if (!st) return st.error();
    it = statements_->emplace(sql, std::move(st.value())).first;
  }
  it->second.reset();
  return ScopedStatement(&it->second);
}

base::Status Database::run_cached(const char* sql) {
  auto st = cached(sql);
  if (!st) return st.error();
  return (*st)->run();
}

base::Status Database::set_synchronous_full(bool full) {
  return run_cached(full ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=NORMAL");
}

// BEGIN and COMMIT run as cached statements: a look-up is a handful of microseconds of reads, and
// parsing these two texts every time was a visible share of it.
base::Result<Transaction> Transaction::begin(Database& db) {
  if (auto s = db.run_cached("BEGIN IMMEDIATE"); !s) return s.error();
  return Transaction(db);
}

Transaction::~Transaction() {
  if (open_) (void)db_->exec("ROLLBACK");
}

base::Status Transaction::commit() {
  if (!open_) return base::Error{"transaction already finished"};
  auto s = db_->run_cached("COMMIT");
  if (s) open_ = false;
  return s;
}

}  // namespace store
