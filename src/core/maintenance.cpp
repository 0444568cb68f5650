#include "core/maintenance.h"

#include "core/desk_sign_in.h"

namespace core::maintenance {

Effects on(AppState& s, const intent::OpenMaintenance&) {
  if (s.maintenance.open) return {};
  s.maintenance = MaintenanceExit{.open = true};
  touch(s);
  return {};
}

Effects on(AppState& s, const intent::CancelMaintenance&) {
  if (!s.maintenance.open || s.maintenance.leaving) return {};
  s.maintenance = MaintenanceExit{};
  touch(s);
  return {};
}

Effects on(AppState& s, const intent::EditSignIn& e) {
  if (desk::edit(s.maintenance.draft, e)) touch(s);
  return {};
}

Effects on(AppState& s, const intent::SubmitSignIn&) {
  SignInDraft& d = s.maintenance.draft;
  Effects desk_fx = desk::submit(d, d.staff_no, s.store, s.now);
  touch(s);
  Effects fx;
  // The desks' rules build their own check; the maintenance exit asks the same of the store.
  for (auto& e : desk_fx)
    if (const auto* check = e.get_if<fx::CheckSignIn>()) fx.push_back(fx::CheckMaintenancePin{check->staff_no, check->pin, check->at});
  return fx;
}

Effects on(AppState& s, const ev::MaintenanceAnswered& e) {
  if (!s.maintenance.open) return {};
  SignInDraft& d = s.maintenance.draft;
  d.checking = false;
  touch(s);
  if (auto no = desk::refusal(e.outcome)) {
    d.problem = *no;
    return {};
  }
  const StaffMember& staff = std::get<sign_in::SignedIn>(e.outcome).staff;
  if (staff.role != StaffRole::Admin) {
    d = SignInDraft{};
    d.problem = Message{"maintenance.not_admin", {staff.staff_no}};
    return {};
  }
  s.maintenance.leaving = true;
  s.running = false;
  return {fx::Quit{}};
}

}  // namespace core::maintenance
