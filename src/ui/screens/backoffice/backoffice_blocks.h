#pragma once
// Building blocks of the back office's screens: the bar (who is signed in, 暂离, 退出), a row's
// claim buttons, and the width of a ticked choice button. The counter's blocks (labelled fields,
// choice and disabled buttons, sentences by key) serve here too.
#include <optional>
#include <string>

#include "core/app_state.h"
#include "ui/screens/counter/counter_blocks.h"
#include "ui/screens/screens.h"

namespace ui::screens::backoffice {

// A choice button's width for `label` (its tick box included).
float chip_width(UiContext& ui, std::string_view label);
// The bar at the foot of the queue and the case: the staff member and role from `text_x`, 暂离 and
// 退出 at the right. Drawn in the last bar_height() of `a`; returns the area above it.
float bar_height(const UiContext& ui);
Area draw_bar(const core::AppState& s, UiContext& ui, Area a, float text_x);
// The buttons of one queue row in `cell`: 领取 (nobody holds it), 打开 and 释放 (mine), 收回 (an
// admin, someone else's claim). Desk buttons: as tall as the row, at least kMinDeskButtonPx wide.
void row_actions(const core::AppState& s, UiContext& ui, const core::QueueEntry& e, const std::string& me, bool admin,
                 Area cell);
// The row's first action (领取, or 打开 one's own) when the row itself is tapped; nullopt: none.
std::optional<core::Event> row_tap(const core::QueueEntry& e, const std::string& me);
// The whole row (left of its buttons) as one target, lit while the pointer is over it; recorded in
// the layout probe as a button named `id`. True on the frame it is pressed.
bool row_target(UiContext& ui, const std::string& id, Area row, bool enabled);
// The narrowest a desk button may be (a target a mouse or a finger still hits).
inline constexpr float kMinDeskButtonPx = 60;
// 打印公示名单, 批量公示 and 批量审批 for the roles that may, in the foot bar `bar` from `x` on;
// returns where they end (batch_panel.cpp).
float batch_buttons(const core::AppState& s, UiContext& ui, Area bar, float x);
// The lines about the 公示名单 (where its PDF is; printing, printed, or not and 重新打印) and a bulk
// approval that found nothing: their height (0: none), and drawn from `y`.
float batch_lines_height(const core::AppState& s, UiContext& ui);
void draw_batch_lines(const core::AppState& s, UiContext& ui, float x0, float x1, float y);
// While a bulk approval is asked for, runs or reports, its panel takes the list's place.
bool draws_bulk_panel(const core::AppState& s);
void draw_bulk_panel(const core::AppState& s, UiContext& ui, Area a);
// The tabs 审批队列 / 年审 / 主动发现 in the foot bar `bar` from `x` on, the one shown ticked (not on
// the queue, whose bar is full: 年审 follows its status buttons); returns where they end
// (review_screen.cpp).
float tab_buttons(const core::AppState& s, UiContext& ui, Area bar, float x);
// The 年审 tab (review_screen.cpp) and the 主动发现 tab (discovery_screen.cpp), each with its bar.
void draw_reviews(const core::AppState& s, UiContext& ui, Area a);
void draw_discovery(const core::AppState& s, UiContext& ui, Area a);
// Likewise 批量公示: the cases to tick, the run, the report with 打印本批公示名单 (publicize_panel.cpp).
bool draws_publicize_panel(const core::AppState& s);
void draw_publicize_panel(const core::AppState& s, UiContext& ui, Area a);
// The case a claim opened (case_screen.cpp).
void draw_case(const core::AppState& s, UiContext& ui, Area a);
// 统计: the figures as charts with their numbers (statistics_screen.cpp).
void draw_statistics(const core::AppState& s, UiContext& ui, Area a);

}  // namespace ui::screens::backoffice
