#include <doctest/doctest.h>

#include "ui/theme.h"

using ui::contrast_ratio;

TEST_CASE("contrast ratio matches WCAG reference values") {
  CHECK(contrast_ratio({0, 0, 0}, {255, 255, 255}) == doctest::Approx(21.0));
  CHECK(contrast_ratio({255, 255, 255}, {255, 255, 255}) == doctest::Approx(1.0));
  CHECK(contrast_ratio({0x77, 0x77, 0x77}, {255, 255, 255}) == doctest::Approx(4.48).epsilon(0.01));
}

TEST_CASE("every text colour of the theme has at least 4.5:1 contrast on its background") {
  ui::Theme t;
  CHECK(contrast_ratio(t.ink, t.page) >= 4.5);
  CHECK(contrast_ratio(t.ink_muted, t.page) >= 4.5);
  CHECK(contrast_ratio(t.header_ink, t.header) >= 4.5);
  CHECK(contrast_ratio(t.ink, t.card) >= 4.5);
  CHECK(contrast_ratio(t.fault, t.card) >= 4.5);
  CHECK(contrast_ratio(t.ok, t.card) >= 4.5);
  CHECK(contrast_ratio(t.button_ink, t.button) >= 4.5);
  CHECK(contrast_ratio(t.button_ink, t.button_hover) >= 4.5);
}

TEST_CASE("main text sizes are at least 30 px and scale with the config") {
  ui::Theme t;
  for (float px : t.font_px()) CHECK(px >= 30);
  t.scale = 1.5f;
  CHECK(t.font_px()[static_cast<size_t>(ui::FontRole::Body)] == doctest::Approx(54));
}
