#include "ui/theme.h"

#include <algorithm>
#include <cmath>

namespace ui {

namespace {
double channel(std::uint8_t v) {
  const double c = v / 255.0;
  return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}
double luminance(Rgb c) { return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b); }
}  // namespace

double contrast_ratio(Rgb a, Rgb b) {
  const double la = luminance(a), lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

std::array<float, kFontRoles> Theme::font_px() const {
  std::array<float, kFontRoles> out{};
  for (size_t i = 0; i < kFontRoles; ++i) out[i] = std::round(kFontPx[i] * scale);
  return out;
}

}  // namespace ui
