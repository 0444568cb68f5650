#pragma once
// Screens read the state and return intents through the context; they never do I/O.
#include "core/app_state.h"
#include "ui/widgets/scroll_panel.h"
#include "ui/widgets/ui_context.h"
#include "ui/widgets/widgets.h"

namespace ui::screens {

// The whole-window ImGui page every screen draws into (the theme's page colour, no padding, no
// decoration), plus `extra_flags` (ImGuiWindowFlags); end_page() closes it.
void begin_page(const Theme& t, const char* id, float width, float height, int extra_flags);
void end_page();

// Draws the whole window for the state's current screen: the full-screen window, the chrome
// (header band, device strip) and the screen's content.
void draw(const core::AppState& state, UiContext& ui, float width, float height);

using Area = widgets::Area;

// Each room's screens below the header band, in its own folder: screens/kiosk (the welcome and a
// visit), screens/counter (sign-in, the locked screen, the intake steps, 已受理, the ledger),
// screens/backoffice (sign-in, the work queue, the case a claim opened).
void draw_kiosk(const core::AppState& state, UiContext& ui, Area area);
void draw_counter(const core::AppState& state, UiContext& ui, Area area);
void draw_backoffice(const core::AppState& state, UiContext& ui, Area area);
// The maintenance exit (F12, any mode): an admin's PIN ends the program; drawn in place of the screen.
void draw_maintenance(const core::AppState& state, UiContext& ui, Area area);

// The kiosk: a visit's screens carry the visit bar instead of the header.
bool kiosk_visit(core::ScreenId s);
void draw_welcome(const core::AppState& state, UiContext& ui, Area area);
// The kiosk visit (issue 8). Each gets the area below the visit bar.
void draw_card_reading(const core::AppState& state, UiContext& ui, Area area);
void draw_resident_status(const core::AppState& state, UiContext& ui, Area area);
void draw_unknown_person(const core::AppState& state, UiContext& ui, Area area);
void draw_slip_progress(const core::AppState& state, UiContext& ui, Area area);
void draw_kiosk_message(const core::AppState& state, UiContext& ui, Area area);
// 办事指南 (issue 22): the list of items, one item.
void draw_guide(const core::AppState& state, UiContext& ui, Area area);
void draw_guide_item(const core::AppState& state, UiContext& ui, Area area);
// 好差评 after a visit (issue 22).
void draw_kiosk_rating(const core::AppState& state, UiContext& ui, Area area);
// The back office's work queue.
void draw_work_queue(const core::AppState& state, UiContext& ui, Area area);

// Visit screens: the header band carries 返回首页 (left), the time and 大字模式 (right), always.
void draw_visit_bar(const core::AppState& state, UiContext& ui, Area band);
// The idle countdown (「N 秒后返回首页」 and 继续查看) in place of the visit's content.
void draw_idle_countdown(const core::AppState& state, UiContext& ui, Area area);
// Demo: the summary as the virtual printer printed it, with 关闭.
void draw_paper(const core::AppState& state, UiContext& ui, Area area);
// Long content with 上一页 / 下一页 along the bottom of `area`.
void draw_paged(const core::AppState& state, UiContext& ui, Area area, const widgets::PanelContent& content);
// The column long content is laid out in: the area's width less padding, at most a readable width.
struct Column {
  float x0, x1;
};
Column content_column(const UiContext& ui, Area area);
// Lines of `s` centred between x0 and x1 from y, wrapped to that width. Returns their height.
float centered_lines(UiContext& ui, FontRole role, std::string_view s, float x0, float x1, float y, Rgb color);

// Chrome shared by all screens.
void draw_header(const core::AppState& state, UiContext& ui, Area band);
float device_strip_height(const core::AppState& state, UiContext& ui, float width);
void draw_device_strip(const core::AppState& state, UiContext& ui, Area band);

}  // namespace ui::screens
