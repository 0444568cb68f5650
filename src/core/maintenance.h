#pragma once
// The maintenance exit's rules (core/maintenance_events.h). While it is open, the staff desks'
// sign-in intents (typing, 登录) are its own: core/update.cpp routes them here.
#include "core/app_state.h"
#include "core/effect.h"
#include "core/event.h"

namespace core::maintenance {

Effects on(AppState& s, const intent::OpenMaintenance& e);
Effects on(AppState& s, const intent::CancelMaintenance& e);
Effects on(AppState& s, const ev::MaintenanceAnswered& e);
Effects on(AppState& s, const intent::EditSignIn& e);
Effects on(AppState& s, const intent::SubmitSignIn& e);

}  // namespace core::maintenance
