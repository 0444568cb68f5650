// Where the counter's resident-facing window goes: config first, then a second monitor, else none.
#include <doctest/doctest.h>

#include "app/counter/resident_display.h"

using Place = core::Config::Counter::ResidentScreen::Place;

TEST_CASE("resident screen placement: auto takes the second monitor full screen, and with one monitor there is none") {
  core::Config::Counter::ResidentScreen setting;  // auto
  CHECK_FALSE(app::resident_placement(setting, std::nullopt));
  const auto p = app::resident_placement(setting, ui::ScreenRect{1920, 0, 1280, 1024});
  REQUIRE(p);
  CHECK(p->fullscreen);
  CHECK(p->rect.x == 1920);
  CHECK(p->rect.width == 1280);
  CHECK(p->rect.height == 1024);
}

TEST_CASE("resident screen placement: off wins over a second monitor, X,Y,WxH over the monitors") {
  core::Config::Counter::ResidentScreen off;
  off.place = Place::Off;
  CHECK_FALSE(app::resident_placement(off, ui::ScreenRect{1920, 0, 1920, 1080}));
  core::Config::Counter::ResidentScreen at;
  at.place = Place::At;
  at.x = -1280;
  at.y = 40;
  at.width = 1280;
  at.height = 800;
  for (const auto& monitor : {std::optional<ui::ScreenRect>{}, std::optional<ui::ScreenRect>{{1920, 0, 1920, 1080}}}) {
    const auto p = app::resident_placement(at, monitor);
    REQUIRE(p);
    CHECK_FALSE(p->fullscreen);
    CHECK(p->rect.x == -1280);
    CHECK(p->rect.y == 40);
    CHECK(p->rect.width == 1280);
    CHECK(p->rect.height == 800);
  }
}
