#include "app/kiosk/kiosk_lookup.h"

#include "base/id_number.h"
#include "store/applications_table.h"
#include "store/audit_log.h"
#include "store/status_query.h"

namespace app {

namespace {

std::string kiosk_at(const core::CivilTime& t) { return t.iso_datetime(); }

}  // namespace

core::Event look_up_resident_in(store::Database& db, const KioskLookupContext& c, const core::fx::LookUpResident& q) {
  const std::string id = base::normalize_id_number(q.id_number);
  store::StatusQuery query(db, c.key, c.assets.eligibility);
  auto found = query.look_up({id, c.who, store::kWhyKioskCheck, kiosk_at(q.at), q.at.iso_date()});
  if (!found) return core::ev::LookUpFailed{q.session, found.error().message};
  if (!found.value()) {
    // Not in the store: age-based hints still help them at the counter.
    auto hints = core::eligibility_hints(c.assets.eligibility, q.birth, q.at.iso_date(), {});
    return core::ev::ResidentUnknown{q.session, core::kiosk_hints(hints, c.assets.catalog)};
  }
  const core::ResidentStatus& r = *found.value();
  core::KioskStatus k;
  k.name_masked = r.name_masked;
  k.id_masked = r.id_masked;
  k.benefits = r.benefits;
  k.payments = r.payments;
  k.hints = core::kiosk_hints(r.hints, c.assets.catalog);
  store::ApplicationsTable apps(db);
  for (const auto& open : r.applications) {
    auto a = apps.find_by_acceptance_no(open.acceptance_no);
    if (!a) return core::ev::LookUpFailed{q.session, a.error().message};
    if (a.value()) k.applications.push_back(core::progress_of(*a.value(), c.assets.catalog));
  }
  return core::ev::ResidentFound{q.session, std::move(k)};
}

core::Event look_up_slip_in(store::Database& db, const KioskLookupContext& c, const core::fx::LookUpSlip& q) {
  store::ApplicationsTable apps(db);
  auto a = apps.find_by_acceptance_no(q.acceptance_no);
  if (!a) return core::ev::LookUpFailed{q.session, a.error().message};
  if (!a.value()) return core::ev::ProgressUnknown{q.session};
  // A slip look-up reads a person's application: logged like a card look-up.
  store::AuditLog audit(db, c.key);
  if (auto s = audit.record(kiosk_at(q.at), c.who, a.value()->applicant_id, store::kWhyKioskCheck); !s)
    return core::ev::LookUpFailed{q.session, s.error().message};
  return core::ev::ProgressFound{q.session, core::progress_of(*a.value(), c.assets.catalog)};
}

}  // namespace app
