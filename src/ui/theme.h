#pragma once
// One theme for every screen: colours chosen for contrast >= 4.5:1 (WCAG AA) against their
// backgrounds, sizes in pixels at scale 1, multiplied by the config's ui.scale (and later the
// resident's 大字模式).
#include <array>
#include <cstdint>

#include "ui/fonts/font_role.h"

namespace ui {

struct Rgb {
  std::uint8_t r, g, b;
};

// WCAG 2.x contrast ratio between two colours (1..21).
double contrast_ratio(Rgb a, Rgb b);

struct Theme {
  float scale = 1.0f;

  // Em sizes in pixels at scale 1 (a CJK character is one em wide). Main text is at least 30 px.
  static constexpr std::array<float, kFontRoles> kFontPx = {30, 36, 44, 56, 72};
  static constexpr float kTouchTargetPx = 72;  // at least 60 px, for unsteady fingers
  static constexpr float kHeaderPx = 132;
  static constexpr float kStripPx = 104;
  static constexpr float kPaddingPx = 32;
  static constexpr float kLargeTextFactor = 1.5f;  // 大字模式: every text and control at least 1.5×
  // The back office's desks (a PC with mouse and keyboard, staff all day at the screen): every size
  // at 3/4, so a 1280×800 screen shows ten queue rows or more; text stays 22 px or larger and
  // buttons 54 px high. The kiosk (residents) and the counter keep scale 1.
  static constexpr float kDeskScale = 0.75f;

  Rgb page{0xF7, 0xF5, 0xF0};        // warm off-white, less glare than pure white
  Rgb ink{0x1A, 0x1A, 0x1A};         // main text
  Rgb ink_muted{0x4A, 0x4A, 0x4A};   // secondary text, still >= 4.5:1 on page
  Rgb header{0x0B, 0x3D, 0x91};      // deep blue band
  Rgb header_ink{0xFF, 0xFF, 0xFF};
  Rgb ok{0x1B, 0x6E, 0x20};          // connected: green, always with a word and a filled dot
  Rgb fault{0xB0, 0x00, 0x20};       // disconnected: red, always with a word and a hollow dot
  Rgb button{0x0B, 0x3D, 0x91};
  Rgb button_hover{0x15, 0x52, 0xB8};
  Rgb button_ink{0xFF, 0xFF, 0xFF};
  Rgb card{0xFF, 0xFF, 0xFF};
  Rgb card_edge{0xC8, 0xC2, 0xB4};
  Rgb warn{0x8A, 0x4B, 0x00};        // suspended / pending: dark amber, always with a word and a mark
  Rgb current{0x0B, 0x3D, 0x91};     // the timeline's current step (with a ring and the word 当前)
  Rgb current_fill{0xE3, 0xEC, 0xFA};  // behind the current step's label
  Rgb idle{0x6B, 0x6B, 0x6B};        // a step not yet reached (hollow circle, the word says it too)
  Rgb veil{0x1A, 0x1A, 0x1A};        // behind the idle countdown panel

  float px(float base) const { return base * scale; }
  std::array<float, kFontRoles> font_px() const;
};

}  // namespace ui
