#include "app/kiosk/kiosk_lookup.h"

#include "app/store_target.h"
#include "base/id_number.h"
#include "core/kiosk/kiosk_status.h"
#include "store/audit_log.h"
#include "store/status_query.h"

namespace app {

namespace {
// What the log says: a read-only store in a plain line (every look-up is refused: none can be audited).
std::string failure(const base::Error& e) {
  if (is_read_only_store_error(e)) return "the store is read-only: look-ups cannot be audited and are refused";
  return e.message;
}
}  // namespace

core::Event look_up_resident_in(store::Database& db, const KioskLookupContext& c, const core::fx::LookUpResident& q) {
  const std::string id = base::normalize_id_number(q.id_number);
  const std::string today = q.at.iso_date();
  store::StatusQuery query(db, c.key);
  auto found = query.look_up({id, c.who, store::kWhyKioskCheck, q.at.iso_datetime()});
  if (!found) return core::ev::LookUpFailed{q.session, failure(found.error())};
  if (!found.value()) {
    // Not in the store: age-based hints still help them at the counter.
    return core::ev::ResidentUnknown{q.session,
                                     core::card_hints(c.assets.eligibility, q.birth, today, c.assets.catalog)};
  }
  return core::ev::ResidentFound{
      q.session, core::kiosk_status(std::move(*found.value()), c.assets.eligibility, today, c.assets.catalog)};
}

core::Event look_up_slip_in(store::Database& db, const KioskLookupContext& c, const core::fx::LookUpSlip& q) {
  store::StatusQuery query(db, c.key);
  // A slip look-up reads a person's application: logged under its applicant, like a card look-up.
  auto found = query.look_up_application({q.acceptance_no, c.who, store::kWhyKioskCheck, q.at.iso_datetime()});
  if (!found) return core::ev::LookUpFailed{q.session, failure(found.error())};
  if (!found.value()) return core::ev::ProgressUnknown{q.session};
  return core::ev::ProgressFound{q.session, core::progress_of(*found.value(), c.assets.catalog, q.at.iso_date())};
}

}  // namespace app
