#include <doctest/doctest.h>

#include <set>
#include <string>

#include "core/screen.h"

using namespace core;

TEST_CASE("every screen is listed once, in order, with a unique name and the mode that shows it") {
  std::set<std::string> names;
  int expected = 0;
  for (const auto& s : kAllScreens) {
    CHECK(static_cast<int>(s.id) == expected++);
    CHECK(names.insert(std::string(s.name)).second);
    CHECK(screen_name(s.id) == s.name);
    CHECK(screen_by_name(s.name) == s.id);
    CHECK(mode_of(s.id) == s.mode);
  }
  CHECK(expected == static_cast<int>(ScreenId::BackofficeStatistics) + 1);
  CHECK(screen_by_name("kiosk-guide") == ScreenId::KioskGuide);
  CHECK(mode_of(ScreenId::KioskGuideItem) == Mode::Kiosk);
  CHECK_FALSE(screen_by_name("no-such-screen").has_value());
}

TEST_CASE("each mode starts on a screen of its own") {
  for (Mode m : {Mode::Kiosk, Mode::Counter, Mode::Backoffice}) CHECK(mode_of(first_screen(m)) == m);
}
