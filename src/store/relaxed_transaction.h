#pragma once
// A transaction whose commit need not wait for the disk: a kiosk look-up (its only write is an
// audit row) and a back-office claim (a claim lost in a crash only frees the case). On PostgreSQL it
// opens with "BEGIN; SET LOCAL synchronous_commit = off" (the setting ends with the transaction) —
// one round trip, or two statements of their own inside a planned pipeline (pg::Session::PlanScope).
// On SQLite the caller says how it begins: a look-up reads in a deferred transaction (its audit row
// goes to the audit file, so it never waits for a roster import's write lock), a claim takes the
// write lock up front (BEGIN IMMEDIATE, as store::Transaction). Rolls back unless committed.
#include "base/result.h"
#include "store/database.h"
#include "store/pg/session.h"

namespace store {

enum class SqliteBegin { Deferred, Immediate };

class RelaxedTransaction {
 public:
  static base::Result<RelaxedTransaction> begin(Database& db, SqliteBegin how) {
    base::Status s = base::ok();
    if (!db.is_postgres()) {
      s = db.run_cached(how == SqliteBegin::Immediate ? "BEGIN IMMEDIATE" : "BEGIN");
    } else if (db.postgres()->pipelining()) {
      s = db.run_cached("BEGIN");
      if (s) s = db.run_cached("SET LOCAL synchronous_commit = off");
    } else {
      s = db.postgres()->exec("BEGIN; SET LOCAL synchronous_commit = off");
    }
    if (!s) {
      if (db.is_postgres()) (void)db.exec("ROLLBACK");
      return s.error();
    }
    return RelaxedTransaction(db);
  }
  RelaxedTransaction(RelaxedTransaction&& o) noexcept : db_(o.db_), open_(o.open_) { o.open_ = false; }
  RelaxedTransaction(const RelaxedTransaction&) = delete;
  RelaxedTransaction& operator=(const RelaxedTransaction&) = delete;
  RelaxedTransaction& operator=(RelaxedTransaction&&) = delete;
  ~RelaxedTransaction() {
    if (open_) (void)db_.exec("ROLLBACK");
  }
  base::Status commit() {
    if (!open_) return base::Error{"transaction already finished"};
    auto s = db_.run_cached("COMMIT");
    if (s) open_ = false;
    return s;
  }

 private:
  explicit RelaxedTransaction(Database& db) : db_(db), open_(true) {}
  Database& db_;
  bool open_ = false;
};

}  // namespace store
