#pragma once
// Helpers shared by the counter flow's files (counter_flow.cpp, counter_sign_in.cpp); not an API.
#include "core/app_state.h"
#include "core/effect.h"

namespace core::counter::detail {

bool signed_in(const AppState& s);  // signed in and not locked
// A short plain-language notice by catalog key, shown for a few seconds.
void notice(AppState& s, std::string key);
Effects open_new_form(AppState& s);
// The form as it stands, to this counter's draft file (nothing before the form has its UUID).
Effects autosave(const AppState& s);
// A row past the last: the screen shows the household's last page (where a new row is).
inline constexpr int kLastHouseholdPage = 1 << 20;

}  // namespace core::counter::detail
