#include "app/desk_sign_in.h"

#include "app/log.h"
#include "store/staff_table.h"

namespace app {

void check_sign_in(ServiceContext& c, const core::fx::CheckSignIn& check) {
  c.store.post([&c, check](store::Database& db) {
    auto outcome = store::StaffTable(db).sign_in(check.staff_no, check.pin, check.at, c.config.counter);
    if (!outcome) {
      log::error("sign-in", "sign-in of " + check.staff_no + " not checked, the store failed: " + outcome.error().message);
      // Not "no such staff number" and no wrong-PIN try spent: the store never answered.
      c.q.post(core::ev::SignInAnswered{core::sign_in::StoreUnavailable{}});
      return;
    }
    if (std::holds_alternative<core::sign_in::SignedIn>(*outcome)) log::info("sign-in", "signed in: " + check.staff_no);
    c.q.post(core::ev::SignInAnswered{std::move(*outcome)});
  });
}

void check_maintenance_pin(ServiceContext& c, const core::fx::CheckMaintenancePin& check) {
  c.store.post([&c, check](store::Database& db) {
    auto outcome = store::StaffTable(db).sign_in(check.staff_no, check.pin, check.at, c.config.counter);
    if (!outcome) {
      log::error("maintenance", "PIN of " + check.staff_no + " not checked, the store failed: " + outcome.error().message);
      c.q.post(core::ev::MaintenanceAnswered{core::sign_in::StoreUnavailable{}});
      return;
    }
    if (const auto* in = std::get_if<core::sign_in::SignedIn>(&*outcome))
      log::info("maintenance", "maintenance exit asked by " + in->staff.staff_no + " (" +
                                   core::staff_role_code(in->staff.role) + ")");
    else
      log::warn("maintenance", "maintenance exit refused for " + check.staff_no);
    c.q.post(core::ev::MaintenanceAnswered{std::move(*outcome)});
  });
}

}  // namespace app
