#include "store/status_query.h"

#include "store/applications_table.h"
#include "store/audit_log.h"
#include "store/benefits_table.h"
#include "store/payments_table.h"
#include "store/residents_table.h"
#include "store/pg/audit_chains.h"
#include "store/pg/session.h"
#include "store/relaxed_transaction.h"

namespace store {
namespace {

// The look-up's transaction (store/relaxed_transaction.h): the reads see one snapshot. On SQLite it
// is a deferred (read)
// transaction on the store file: in WAL mode it never waits for a writer, not even a roster import
// holding the write lock for a minute; the audit row goes to the audit file on its own connection
// (store/audit_log.h) and commits there first, so no look-up goes unlogged. On PostgreSQL it opens
// in one round trip, "BEGIN; SET LOCAL synchronous_commit = off" (the setting ends with the
// transaction), the audit row is written inside it and its COMMIT does not wait for the disk.
//
// PostgreSQL: the look-up's statements planned (pg::Session::PlanScope) and sent in one round trip,
// begin to commit: the audit row and every read depend on the ID number only. look_up() then runs
// its usual code, which takes the answers; an open application's materials and events (read only
// when there is one) still go one by one, after the commit.
void plan_look_up(Database& db, const HallKey& key, const LookUp& q) {
  pg::Session& session = *db.postgres();
  // The connection's audit chain is started first (its first look-up only: a few round trips); a
  // chain that cannot start leaves the look-up to the usual code, which meets the fault itself.
  if (!pg::ready_chain(db, key, q.at, q.who)) return;
  {
    pg::Session::PlanScope plan(session);
    auto tx = RelaxedTransaction::begin(db, SqliteBegin::Deferred);
    if (!tx) return;
    (void)AuditLog(db, key).record(q.at, q.who, q.id_number, q.why);
    (void)ResidentsTable(db).find(q.id_number);
    (void)BenefitsTable(db).for_resident(q.id_number);
    (void)PaymentsTable(db).latest(q.id_number, core::kStatusPaymentsShown);
    (void)ApplicationsTable(db).open_for(q.id_number);
    (void)tx->commit();
  }
  // A round trip that fails leaves nothing planned: the usual code then meets the fault itself.
  if (!session.send_planned()) session.forget_planned();
}

class ForgetPlanned {
 public:
  explicit ForgetPlanned(Database& db) : db_(db) {}
  ~ForgetPlanned() {
    if (db_.is_postgres()) db_.postgres()->forget_planned();
  }
  ForgetPlanned(const ForgetPlanned&) = delete;
  ForgetPlanned& operator=(const ForgetPlanned&) = delete;

 private:
  Database& db_;
};

}  // namespace

base::Result<std::optional<core::ResidentRecords>> StatusQuery::look_up(const LookUp& q) {
  ForgetPlanned forget(db_);
  if (db_.is_postgres()) plan_look_up(db_, key_, q);
  // SQLite: the audit row first, committed in the audit file; a look-up that cannot be audited
  // (a read-only store) reads nothing.
  if (!db_.is_postgres()) {
    if (auto s = AuditLog(db_, key_).record(q.at, q.who, q.id_number, q.why); !s) return s.error();
  }
  auto tx = RelaxedTransaction::begin(db_, SqliteBegin::Deferred);
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
  auto tx = RelaxedTransaction::begin(db_, SqliteBegin::Deferred);
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
