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

TEST_CASE("the kiosk's status colours read on cards and on the page, the current step on its fill") {
  ui::Theme t;
  for (ui::Rgb bg : {t.card, t.page}) {
    CHECK(contrast_ratio(t.warn, bg) >= 4.5);
    CHECK(contrast_ratio(t.idle, bg) >= 4.5);
    CHECK(contrast_ratio(t.current, bg) >= 4.5);
    CHECK(contrast_ratio(t.fault, bg) >= 4.5);
    CHECK(contrast_ratio(t.ok, bg) >= 4.5);
    CHECK(contrast_ratio(t.ink_muted, bg) >= 4.5);
  }
  CHECK(contrast_ratio(t.current, t.current_fill) >= 4.5);
  CHECK(contrast_ratio(t.ink, t.current_fill) >= 4.5);
}

TEST_CASE("large text mode makes every font role at least 1.5 times as large") {
  ui::Theme normal, large;
  large.scale *= ui::Theme::kLargeTextFactor;
  for (size_t i = 0; i < ui::kFontRoles; ++i) CHECK(large.font_px()[i] >= 1.5f * normal.font_px()[i] - 0.5f);
  CHECK(large.px(ui::Theme::kTouchTargetPx) >= 1.5f * normal.px(ui::Theme::kTouchTargetPx));
}
