#include "store/status_query.h"

#include "store/applications_table.h"
#include "store/audit_log.h"
#include "store/benefits_table.h"
#include "store/payments_table.h"
#include "store/residents_table.h"

namespace store {
namespace {

// A look-up's only write is its audit row. Syncing the disk for it would cost milliseconds on every
// card read, so these commits run at synchronous=NORMAL (a power cut may lose the last audit rows,
// never corrupt the file) and the connection returns to FULL afterwards.
class NormalSyncScope {
 public:
  explicit NormalSyncScope(Database& db) : db_(db) { (void)db_.set_synchronous_full(false); }
  ~NormalSyncScope() { (void)db_.set_synchronous_full(true); }
  NormalSyncScope(const NormalSyncScope&) = delete;
  NormalSyncScope& operator=(const NormalSyncScope&) = delete;

 private:
  Database& db_;
};

}  // namespace

base::Result<std::optional<core::ResidentRecords>> StatusQuery::look_up(const LookUp& q) {
  NormalSyncScope sync(db_);
  auto tx = Transaction::begin(db_);
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
  auto tx = Transaction::begin(db_);
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
