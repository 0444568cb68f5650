#include "ui/fonts/placeholder_glyph.h"

#include <algorithm>
#include <cmath>

namespace ui {

GlyphBitmap placeholder_glyph(int em_px, const GlyphBitmap* question) {
  GlyphBitmap g;
  const int em = std::max(em_px, 4);
  g.w = g.h = static_cast<int>(std::lround(em * 0.92));
  g.left = static_cast<int>(std::lround(em * 0.04));
  g.top = static_cast<int>(std::lround(em * 0.84));  // an ideograph's top, about 0.88 em up
  g.advance = static_cast<float>(em);
  g.alpha.assign(static_cast<std::size_t>(g.w) * static_cast<std::size_t>(g.h), 0);
  const double c = (g.w - 1) / 2.0, r = g.w / 2.0;
  for (int y = 0; y < g.h; ++y)
    for (int x = 0; x < g.w; ++x) {
      const double d = std::abs(x - c) + std::abs(y - c);
      const double a = std::clamp(r - d + 0.5, 0.0, 1.0);  // one pixel of antialiasing at the edge
      g.alpha[static_cast<std::size_t>(y * g.w + x)] = static_cast<std::uint8_t>(std::lround(a * 255));
    }
  if (question && question->w > 0 && question->h > 0) {
    // The '?' centred in the diamond, cut out (white on black, as U+FFFD is printed).
    const int ox = (g.w - question->w) / 2, oy = (g.h - question->h) / 2;
    for (int y = 0; y < question->h; ++y)
      for (int x = 0; x < question->w; ++x) {
        const int tx = ox + x, ty = oy + y;
        if (tx < 0 || ty < 0 || tx >= g.w || ty >= g.h) continue;
        auto& px = g.alpha[static_cast<std::size_t>(ty * g.w + tx)];
        const int q = question->alpha[static_cast<std::size_t>(y * question->w + x)];
        px = static_cast<std::uint8_t>(px * (255 - q) / 255);
      }
  }
  return g;
}

}  // namespace ui
