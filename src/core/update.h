#pragma once
#include "core/app_state.h"
#include "core/effect.h"
#include "core/event.h"

namespace core {

// The one place state changes: applies an event, returns the effects it asks for. Pure: no I/O,
// no clock, no threads.
Effects update(AppState& state, const Event& event);

}  // namespace core
