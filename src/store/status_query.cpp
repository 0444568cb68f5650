#include "store/status_query.h"

#include "store/applications_table.h"
#include "store/audit_log.h"
#include "store/benefits_table.h"
#include "store/payments_table.h"
#include "store/residents_table.h"
#include "store/pg/session.h"

namespace store {
namespace {

// A look-up's only write is its audit row. Syncing the disk for it would cost milliseconds on every
// card read, so these commits run at synchronous=NORMAL (a power cut may lose the last audit rows,
// never corrupt the file) and the connection returns to FULL afterwards. On PostgreSQL the
// transaction itself says so (LookUpTransaction: SET LOCAL, no round trips here).
class NormalSyncScope {
 public:
  explicit NormalSyncScope(Database& db) : db_(db) {
    if (!db_.is_postgres()) (void)db_.set_synchronous_full(false);
  }
  ~NormalSyncScope() {
    if (!db_.is_postgres()) (void)db_.set_synchronous_full(true);
  }
  NormalSyncScope(const NormalSyncScope&) = delete;
  NormalSyncScope& operator=(const NormalSyncScope&) = delete;

 private:
  Database& db_;
};

// The look-up's transaction. On PostgreSQL it opens in one round trip, "BEGIN; SET LOCAL
// synchronous_commit = off" (the setting ends with the transaction: no SET before and after), so
// its COMMIT does not wait for the disk either; on SQLite it is an ordinary Transaction.
class LookUpTransaction {
 public:
  static base::Result<LookUpTransaction> begin(Database& db) {
    if (!db.is_postgres()) {
      auto tx = Transaction::begin(db);
      if (!tx) return tx.error();
      return LookUpTransaction(db, std::move(tx.value()));
    }
    if (auto s = db.postgres()->exec("BEGIN; SET LOCAL synchronous_commit = off"); !s) {
      (void)db.exec("ROLLBACK");
      return s.error();
    }
    return LookUpTransaction(db, std::nullopt);
  }
  LookUpTransaction(LookUpTransaction&& o) noexcept : db_(o.db_), sqlite_(std::move(o.sqlite_)), pg_open_(o.pg_open_) {
    o.pg_open_ = false;
  }
  LookUpTransaction(const LookUpTransaction&) = delete;
  LookUpTransaction& operator=(const LookUpTransaction&) = delete;
  LookUpTransaction& operator=(LookUpTransaction&&) = delete;
  ~LookUpTransaction() {
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
  LookUpTransaction(Database& db, std::optional<Transaction> sqlite)
      : db_(db), sqlite_(std::move(sqlite)), pg_open_(!sqlite_) {}
  Database& db_;
  std::optional<Transaction> sqlite_;
  bool pg_open_ = false;
};

}  // namespace

base::Result<std::optional<core::ResidentRecords>> StatusQuery::look_up(const LookUp& q) {
  NormalSyncScope sync(db_);
  auto tx = LookUpTransaction::begin(db_);
  if (!tx) return tx.error();
  if (auto s = AuditLog(db_, key_).record(q.at, q.who, q.id_number, q.why); !s) return s.error();
  auto resident = ResidentsTable(db_).find(q.id_number);
  if (!resident) return resident.error();
  if (!resident.value()) {
    if (auto s = tx->commit(); !s) return s.error();
    return std::optional<core::ResidentRecords>{};
  }
  core::ResidentRecords out;
  out.resident = std::move(*resident.value());
  auto benefits = BenefitsTable(db_).for_resident(q.id_number);
  if (!benefits) return benefits.error();
  out.benefits = std::move(benefits.value());
  auto payments = PaymentsTable(db_).latest(q.id_number, core::kStatusPaymentsShown);
  if (!payments) return payments.error();
  out.payments = std::move(payments.value());
  auto apps = ApplicationsTable(db_).open_with_history_for(q.id_number);
  if (!apps) return apps.error();
  out.applications = std::move(apps.value());
  if (auto s = tx->commit(); !s) return s.error();
  return std::optional<core::ResidentRecords>(std::move(out));
}

base::Result<std::optional<core::Application>> StatusQuery::look_up_application(const ApplicationLookUp& q) {
  NormalSyncScope sync(db_);
  auto tx = LookUpTransaction::begin(db_);
  if (!tx) return tx.error();
  auto a = ApplicationsTable(db_).find_by_acceptance_no(q.acceptance_no);
  if (!a) return a.error();
  if (a.value()) {
    if (auto s = AuditLog(db_, key_).record(q.at, q.who, a.value()->applicant_id, q.why); !s) return s.error();
  }
  if (auto s = tx->commit(); !s) return s.error();
  return std::move(a.value());
}

}  // namespace store
