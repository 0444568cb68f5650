#include "store/status_query.h"

#include <cstdio>

#include "base/id_number.h"
#include "core/domain/masking.h"
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

base::Result<std::optional<core::ResidentStatus>> StatusQuery::look_up(const LookUp& q) {
  NormalSyncScope sync(db_);
  auto tx = Transaction::begin(db_);
  if (!tx) return tx.error();
  if (auto s = AuditLog(db_, key_).record(q.at, q.who, q.id_number, q.why); !s) return s.error();
  auto resident = ResidentsTable(db_).find(q.id_number);
  if (!resident) return resident.error();
  if (!resident.value()) {
    if (auto s = tx->commit(); !s) return s.error();
    return std::optional<core::ResidentStatus>{};
  }
  core::ResidentStatus out;
  out.name_masked = core::mask_name(resident.value()->name);
  out.id_masked = core::mask_id_number(q.id_number);
  auto benefits = BenefitsTable(db_).for_resident(q.id_number);
  if (!benefits) return benefits.error();
  out.benefits = std::move(benefits.value());
  auto payments = PaymentsTable(db_).latest(q.id_number, core::kStatusPaymentsShown);
  if (!payments) return payments.error();
  out.payments = std::move(payments.value());
  auto apps = ApplicationsTable(db_).open_for(q.id_number);
  if (!apps) return apps.error();
  out.applications = std::move(apps.value());
  std::string birth = resident.value()->birth;
  if (birth.empty()) {
    if (auto b = base::birth_date_of(q.id_number)) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", b->year, b->month, b->day);
      birth = buf;
    }
  }
  out.hints = core::eligibility_hints(rules_, birth, q.today, out.benefits);
  for (auto& b : out.benefits) b.id_number.clear();
  for (auto& p : out.payments) p.id_number.clear();
  if (auto s = tx->commit(); !s) return s.error();
  return std::optional<core::ResidentStatus>(std::move(out));
}

}  // namespace store
