#pragma once
// Helpers shared by the counter flow's files (counter_flow.cpp, counter_sign_in.cpp); not an API.
#include "core/app_state.h"
#include "core/effect.h"

namespace core::counter::detail {

bool signed_in(const AppState& s);  // signed in and not locked
Effects open_new_form(AppState& s);

}  // namespace core::counter::detail
