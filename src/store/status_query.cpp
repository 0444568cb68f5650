#include "store/status_query.h"

#include "store/applications_table.h"
#include "store/audit_log.h"
#include "store/benefits_table.h"
#include "store/payments_table.h"
#include "store/residents_table.h"
#include "store/pg/session.h"

namespace store {
namespace {

// The look-up's transaction: the reads see one snapshot. On SQLite it is a deferred (read)
// transaction on the store file: in WAL mode it never waits for a writer, not even a roster import
// holding the write lock for a minute; the audit row goes to the audit file on its own connection
// (store/audit_log.h) and commits there first, so no look-up goes unlogged. On PostgreSQL it opens
// in one round trip, "BEGIN; SET LOCAL synchronous_commit = off" (the setting ends with the
// transaction), the audit row is written inside it and its COMMIT does not wait for the disk.
class LookUpTransaction {
 public:
  static base::Result<LookUpTransaction> begin(Database& db) {
    const auto s = db.is_postgres() ? db.postgres()->exec("BEGIN; SET LOCAL synchronous_commit = off")
                                    : db.run_cached("BEGIN");
    if (!s) {
      if (db.is_postgres()) (void)db.exec("ROLLBACK");
      return s.error();
    }
    return LookUpTransaction(db);
  }
  LookUpTransaction(LookUpTransaction&& o) noexcept : db_(o.db_), open_(o.open_) { o.open_ = false; }
  LookUpTransaction(const LookUpTransaction&) = delete;
  LookUpTransaction& operator=(const LookUpTransaction&) = delete;
  LookUpTransaction& operator=(LookUpTransaction&&) = delete;
  ~LookUpTransaction() {
    if (open_) (void)db_.exec("ROLLBACK");
  }
  base::Status commit() {
    if (!open_) return base::Error{"transaction already finished"};
    auto s = db_.run_cached("COMMIT");
    if (s) open_ = false;
    return s;
  }

 private:
  explicit LookUpTransaction(Database& db) : db_(db), open_(true) {}
  Database& db_;
  bool open_ = false;
};

}  // namespace

base::Result<std::optional<core::ResidentRecords>> StatusQuery::look_up(const LookUp& q) {
  // SQLite: the audit row first, committed in the audit file; a look-up that cannot be audited
  // (a read-only store) reads nothing.
  if (!db_.is_postgres()) {
    if (auto s = AuditLog(db_, key_).record(q.at, q.who, q.id_number, q.why); !s) return s.error();
  }
  auto tx = LookUpTransaction::begin(db_);
  if (!tx) return tx.error();
  if (db_.is_postgres()) {
    if (auto s = AuditLog(db_, key_).record(q.at, q.who, q.id_number, q.why); !s) return s.error();
  }
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
