#pragma once
// The shared widgets: every screen draws through these so text registers its glyphs, lands in the
// layout probe, and follows the theme's sizes and colours.
#include <string_view>

#include "ui/widgets/ui_context.h"

namespace ui::widgets {

struct Vec2 {
  float x = 0, y = 0;
};

Vec2 measure(UiContext& ui, FontRole role, std::string_view text);
// Text at the current layout cursor.
void text(UiContext& ui, FontRole role, std::string_view s, Rgb color);
// Text at an absolute screen position (top-left).
void text_at(UiContext& ui, FontRole role, std::string_view s, Vec2 pos, Rgb color);
// Text centred horizontally between x0 and x1, top at y. Returns its height.
float text_centered(UiContext& ui, FontRole role, std::string_view s, float x0, float x1, float y, Rgb color);
// A large button at an absolute position; true on the frame it is pressed. Height is at least the
// touch-target size.
bool button_at(UiContext& ui, std::string_view label, Vec2 pos, Vec2 size, FontRole role = FontRole::Body);
void filled_rect(Vec2 min, Vec2 max, Rgb color, float rounding = 0);
void outlined_rect(Vec2 min, Vec2 max, Rgb color, float thickness, float rounding = 0);
void dot(Vec2 centre, float radius, Rgb color, bool filled);

}  // namespace ui::widgets
