#pragma once
// Helpers for tests that render real ImGui frames on Xvfb (the test binary runs under
// scripts/with-xvfb.sh) and look at the pixels.
#include <doctest/doctest.h>

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "app/terminal.h"
#include "ui/widgets/layout_probe.h"

namespace uitest {

// One frame of `s` drawn by `t`'s renderer (the probe describes it after); the intents it emitted.
inline std::vector<core::Event> draw(app::Terminal& t, const core::AppState& s) { return t.renderer().render(s, t.window()); }

inline std::unique_ptr<app::Terminal> open_terminal(core::Mode mode, bool demo = true, int w = 1280, int h = 800) {
  app::TerminalOptions o;
  o.mode = mode;
  o.demo = demo;
  o.visible = false;
  o.windowed = true;
  o.width = w;
  o.height = h;
  o.start_clock = false;
  auto t = app::Terminal::open(o);
  REQUIRE_MESSAGE(t.ok(), (t.ok() ? std::string() : t.error().message));
  (*t)->apply_pending();
  if (demo) {
    (*t)->await_devices(std::chrono::seconds(5));
    REQUIRE((*t)->state().device(base::DeviceKind::IdCardReader).link == core::DeviceLink::Connected);
  }
  return std::move(*t);
}

struct Image {
  int w = 0, h = 0;
  std::vector<std::uint8_t> rgba;
  const std::uint8_t* at(int x, int y) const { return &rgba[(static_cast<size_t>(y) * static_cast<size_t>(w) + static_cast<size_t>(x)) * 4]; }
};

inline Image grab(ui::Window& win) {
  Image im;
  im.rgba = win.read_pixels(im.w, im.h);
  return im;
}

// Pixels in the box that differ clearly from the box's most common colour (the background).
inline int ink_pixels(const Image& im, float x, float y, float w, float h) {
  const int x0 = static_cast<int>(x), y0 = static_cast<int>(y);
  const int x1 = std::min(im.w, static_cast<int>(x + w)), y1 = std::min(im.h, static_cast<int>(y + h));
  const std::uint8_t* bg = im.at(x0, y0);
  int ink = 0;
  for (int yy = y0; yy < y1; ++yy)
    for (int xx = x0; xx < x1; ++xx) {
      const std::uint8_t* p = im.at(xx, yy);
      const int d = std::abs(p[0] - bg[0]) + std::abs(p[1] - bg[1]) + std::abs(p[2] - bg[2]);
      if (d > 96) ++ink;
    }
  return ink;
}

// A signature of the ink in a box: the ink count of each cell of an n×n grid. Two different glyphs
// give different signatures; two placeholder boxes give the same one.
inline std::vector<int> ink_signature(const Image& im, float x, float y, float w, float h, int n = 8) {
  std::vector<int> sig;
  for (int gy = 0; gy < n; ++gy)
    for (int gx = 0; gx < n; ++gx)
      sig.push_back(ink_pixels(im, x + w * static_cast<float>(gx) / static_cast<float>(n),
                               y + h * static_cast<float>(gy) / static_cast<float>(n), w / static_cast<float>(n),
                               h / static_cast<float>(n)));
  return sig;
}

inline bool overlap(const ui::DrawnItem& a, const ui::DrawnItem& b) {
  return a.x < b.x + b.w - 1 && b.x < a.x + a.w - 1 && a.y < b.y + b.h - 1 && b.y < a.y + a.h - 1;
}

// Every drawn text and button lies inside the window and overlaps no other.
inline void check_layout(const ui::LayoutProbe& probe, int w, int h, const std::string& where = {}) {
  const auto& items = probe.items();
  REQUIRE(items.size() > 3);
  for (size_t i = 0; i < items.size(); ++i) {
    const auto& a = items[i];
    CHECK_MESSAGE(a.x >= 0, a.label << " at " << w << "x" << h << " " << where);
    CHECK_MESSAGE(a.y >= 0, a.label << " at " << w << "x" << h << " " << where);
    CHECK_MESSAGE(a.x + a.w <= static_cast<float>(w) + 0.5f, a.label << " runs off the right at " << w << "x" << h << " " << where);
    CHECK_MESSAGE(a.y + a.h <= static_cast<float>(h) + 0.5f, a.label << " runs off the bottom at " << w << "x" << h << " " << where);
    for (size_t j = i + 1; j < items.size(); ++j)
      CHECK_MESSAGE(!overlap(a, items[j]), a.label << " overlaps " << items[j].label << " at " << w << "x" << h << " " << where);
  }
}

}  // namespace uitest
