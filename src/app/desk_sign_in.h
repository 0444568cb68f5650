#pragma once
// Runs the staff desks' sign-in effect (core/desk_events.h) for the counter and the back office:
// the PIN check with its lockout, on the store worker.
#include "app/service_context.h"
#include "core/desk_events.h"
#include "core/maintenance_events.h"

namespace app {

void check_sign_in(ServiceContext& c, const core::fx::CheckSignIn& check);
// The same check for the maintenance exit (ev::MaintenanceAnswered); the log names who asked.
void check_maintenance_pin(ServiceContext& c, const core::fx::CheckMaintenancePin& check);

}  // namespace app
