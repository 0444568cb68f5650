#pragma once
// The staff desks' sign-in screen (the counter's and the back office's): 工号 + 密码, or, locked
// (暂离 or idle), only the PIN of whoever locked it. The PIN shows as dots, never as digits.
#include <string_view>

#include "core/app_state.h"
#include "core/desk_events.h"
#include "core/domain/staff_member.h"
#include "ui/screens/screens.h"

namespace ui::screens {

struct DeskSignInView {
  const core::SignInDraft& draft;
  const core::StaffMember* locked_by = nullptr;  // the locked screen: whose PIN opens it
  std::string_view title_key;                    // "counter.sign_in_title"
  std::string_view locked_title_key;             // "counter.locked_title"
  std::string_view demo_hint_key;                // shown with --demo on the sign-in
};

void draw_desk_sign_in(const core::AppState& s, UiContext& ui, Area a, const DeskSignInView& v);

}  // namespace ui::screens
