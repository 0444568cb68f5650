#pragma once
// The case a reviewer or approver works on (issue 19), drawn from the state's CaseView
// (core/backoffice/case_view.h): a header line (number, item, status, who holds the claim until
// when, 刷新 / 重新领取), the last answer in one sentence (with 重新打印 when a notice's paper
// failed), the case file on the left and the steps, the form and the actions on the right — each
// side turned page by page when long. Buttons are the actions the rules allow the signed-in staff
// member now (core::backoffice::case_actions_now); the screen decides nothing itself.
#include <string>

#include "core/app_state.h"
#include "ui/screens/screens.h"

namespace ui::screens::backoffice {

// The case screen's content in `area` (the queue's bar and 返回队列 are case_screen.cpp's).
void draw_case_body(const core::AppState& s, UiContext& ui, Area area);

// Its parts (each file one): the header and answer lines; returns the height they took.
float draw_case_header(const core::AppState& s, UiContext& ui, Area area);
void draw_case_file_panel(const core::AppState& s, UiContext& ui, Area area);
void draw_case_work_panel(const core::AppState& s, UiContext& ui, Area area);

// The words for an action (按钮 and history): case.action.*.
std::string_view action_label(const UiContext& ui, core::CaseAction a);

}  // namespace ui::screens::backoffice
