#pragma once
// A transaction whose commit need not wait for the disk: a kiosk look-up (its only write is an
// audit row) and a back-office claim (a claim lost in a crash only frees the case). On PostgreSQL it
// opens in one round trip, "BEGIN; SET LOCAL synchronous_commit = off" (the setting ends with the
// transaction); on SQLite it is an ordinary Transaction — the caller decides the synchronous pragma
// (status_query.cpp's NormalSyncScope). Rolls back unless committed. status_query.cpp still has its
// own copy (LookUpTransaction), left alone while the audit-log branch reworks that file: it should
// use this one after the merge.
#include <optional>
#include <utility>

#include "base/result.h"
#include "store/database.h"
#include "store/pg/session.h"

namespace store {

class RelaxedTransaction {
 public:
  static base::Result<RelaxedTransaction> begin(Database& db) {
    if (!db.is_postgres()) {
      auto tx = Transaction::begin(db);
      if (!tx) return tx.error();
      return RelaxedTransaction(db, std::move(tx.value()));
    }
    if (auto s = db.postgres()->exec("BEGIN; SET LOCAL synchronous_commit = off"); !s) {
      (void)db.exec("ROLLBACK");
      return s.error();
    }
    return RelaxedTransaction(db, std::nullopt);
  }
  RelaxedTransaction(RelaxedTransaction&& o) noexcept
      : db_(o.db_), sqlite_(std::move(o.sqlite_)), pg_open_(o.pg_open_) {
    o.pg_open_ = false;
  }
  RelaxedTransaction(const RelaxedTransaction&) = delete;
  RelaxedTransaction& operator=(const RelaxedTransaction&) = delete;
  RelaxedTransaction& operator=(RelaxedTransaction&&) = delete;
  ~RelaxedTransaction() {
    if (pg_open_) (void)db_.exec("ROLLBACK");
  }
  base::Status commit() {
    if (sqlite_) return sqlite_->commit();
    if (!pg_open_) return base::Error{"transaction already finished"};
    auto s = db_.run_cached("COMMIT");
    if (s) pg_open_ = false;
    return s;
  }

 private:
  RelaxedTransaction(Database& db, std::optional<Transaction> sqlite)
      : db_(db), sqlite_(std::move(sqlite)), pg_open_(!sqlite_) {}
  Database& db_;
  std::optional<Transaction> sqlite_;
  bool pg_open_ = false;
};

}  // namespace store
