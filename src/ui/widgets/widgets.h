#pragma once
// The shared widgets: every screen draws through these so text registers its glyphs, lands in the
// layout probe, and follows the theme's sizes and colours.
#include <string>
#include <string_view>
#include <vector>

#include "ui/widgets/ui_context.h"

namespace ui::widgets {

struct Vec2 {
  float x = 0, y = 0;
};
// A screen rectangle: left, top, right, bottom.
struct Area {
  float x0, y0, x1, y1;
  float w() const { return x1 - x0; }
  float h() const { return y1 - y0; }
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
// OnBand: white with the band's blue for its words, for buttons on the header band. `lead_px`
// leaves room before the label (for a check box drawn there).
enum class ButtonStyle { Normal, OnBand };
bool button_at(UiContext& ui, std::string_view label, Vec2 pos, Vec2 size, FontRole role = FontRole::Body,
               ButtonStyle style = ButtonStyle::Normal, float lead_px = 0);
void filled_rect(Vec2 min, Vec2 max, Rgb color, float rounding = 0);
void outlined_rect(Vec2 min, Vec2 max, Rgb color, float thickness, float rounding = 0);
void dot(Vec2 centre, float radius, Rgb color, bool filled);

// Status marks drawn as shapes (never emoji) so the meaning does not rest on colour alone: a
// pause mark (two bars), a cross and a tick, each inside a square of side `size` at `min`.
enum class Mark { FilledDot, HollowDot, Pause, Cross, Tick };
void mark(Mark m, Vec2 min, float size, Rgb color);

// Splits `s` into lines no wider than `width`: at spaces for Latin text, between any two
// characters for CJK (never before closing punctuation). A word wider than the line is split.
std::vector<std::string> wrap_lines(UiContext& ui, FontRole role, std::string_view s, float width);

}  // namespace ui::widgets
