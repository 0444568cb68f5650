#pragma once
// Screens read the state and return intents through the context; they never do I/O.
#include "core/app_state.h"
#include "ui/widgets/ui_context.h"

namespace ui::screens {

// Draws the whole window for the state's current screen: the full-screen window, the chrome
// (header band, device strip) and the screen's content.
void draw(const core::AppState& state, UiContext& ui, float width, float height);

// Content areas, one per screen (each in its own file).
struct Area {
  float x0, y0, x1, y1;
};
void draw_welcome(const core::AppState& state, UiContext& ui, Area area);
void draw_slip_scanned(const core::AppState& state, UiContext& ui, Area area);
void draw_card_read(const core::AppState& state, UiContext& ui, Area area);
void draw_placeholder(const core::AppState& state, UiContext& ui, Area area);

// Chrome shared by all screens.
void draw_header(const core::AppState& state, UiContext& ui, Area band);
float device_strip_height(const core::AppState& state, UiContext& ui, float width);
void draw_device_strip(const core::AppState& state, UiContext& ui, Area band);

}  // namespace ui::screens
