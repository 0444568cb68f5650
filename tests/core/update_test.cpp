// The spine's core logic with no window: events in, state and effects out.
#include <doctest/doctest.h>


#include "core/update.h"

using namespace core;

namespace {
Config config_for(Mode m) {
  Config c;
  c.terminal.mode = m;
  c.hall.name = "测试大厅";
  return c;
}
CivilTime at(int h, int m, int s) { return CivilTime{2026, 11, 23, h, m, s, 1}; }
template <class T>
bool has_effect(const Effects& fx) {
  for (const auto& e : fx)
    if (e.template holds<T>()) return true;
  return false;
}
}  // namespace

TEST_CASE("start: each mode opens on its first screen and asks for devices") {
  struct Case { Mode mode; ScreenId screen; };
  for (Case c : {Case{Mode::Kiosk, ScreenId::Welcome}, Case{Mode::Counter, ScreenId::CounterSignIn},
                 Case{Mode::Backoffice, ScreenId::BackofficeSignIn}}) {
    AppState s;
    auto fx = update(s, ev::Started{config_for(c.mode), true, at(9, 0, 0)});
    CHECK(s.mode == c.mode);
    CHECK(s.screen == c.screen);
    CHECK(s.hall.name == "测试大厅");
    // The counter also loads its service catalog (items, declarations, pinyin initials).
    REQUIRE(fx.size() == (c.mode == Mode::Counter ? 3u : 2u));
    CHECK(has_effect<fx::LoadCounterCatalog>(fx) == (c.mode == Mode::Counter));
    REQUIRE(fx[0].holds<fx::ConnectDevices>());
    CHECK(fx[0].get<fx::ConnectDevices>().simulated);
    REQUIRE(fx[1].holds<fx::OpenStore>());
    CHECK(fx[1].get<fx::OpenStore>().demo);
    CHECK(s.store == StoreLink::Opening);
  }
}

TEST_CASE("start without --demo asks for real devices, not simulators") {
  AppState s;
  auto fx = update(s, ev::Started{config_for(Mode::Kiosk), false, at(9, 0, 0)});
  REQUIRE(has_effect<fx::ConnectDevices>(fx));
  CHECK_FALSE(fx[0].get<fx::ConnectDevices>().simulated);
  CHECK_FALSE(s.demo);
}

TEST_CASE("clock ticks redraw only when the shown minute changes") {
  AppState s;
  (void)update(s, ev::Started{config_for(Mode::Kiosk), false, at(9, 0, 0)});
  const auto r0 = s.revision;
  CHECK(update(s, ev::ClockTicked{at(9, 0, 1)}).empty());
  CHECK(s.revision == r0);
  CHECK(s.now.second == 1);
  (void)update(s, ev::ClockTicked{at(9, 1, 0)});
  CHECK(s.revision == r0 + 1);
  CHECK(s.now.minute == 1);
}

TEST_CASE("device link changes show on the strip, repeats change nothing") {
  AppState s;
  CHECK(s.device(DeviceKind::IdCardReader).link == DeviceLink::Disconnected);
  const auto r0 = s.revision;
  (void)update(s, ev::DeviceLinkChanged{DeviceKind::IdCardReader, {DeviceLink::Connected, DeviceOrigin::Hardware}});
  CHECK(s.device(DeviceKind::IdCardReader).link == DeviceLink::Connected);
  CHECK(s.device(DeviceKind::Printer).link == DeviceLink::Disconnected);
  CHECK(s.revision == r0 + 1);
  (void)update(s, ev::DeviceLinkChanged{DeviceKind::IdCardReader, {DeviceLink::Connected, DeviceOrigin::Hardware}});
  CHECK(s.revision == r0 + 1);
  (void)update(s, ev::DeviceLinkChanged{DeviceKind::IdCardReader, {DeviceLink::Disconnected, DeviceOrigin::Hardware}});
  CHECK(s.device(DeviceKind::IdCardReader).link == DeviceLink::Disconnected);
}

TEST_CASE("language toggle flips between Chinese and English") {
  AppState s;
  (void)update(s, ev::Started{config_for(Mode::Kiosk), false, at(9, 0, 0)});
  CHECK(s.language == Language::ZhCN);
  (void)update(s, intent::ToggleLanguage{});
  CHECK(s.language == Language::En);
  (void)update(s, intent::ToggleLanguage{});
  CHECK(s.language == Language::ZhCN);
}

TEST_CASE("quit stops the loop and says so as an effect") {
  AppState s;
  auto fx = update(s, ev::QuitRequested{});
  CHECK_FALSE(s.running);
  CHECK(has_effect<fx::Quit>(fx));
}

TEST_CASE("demo card keys become simulator effects only in demo mode") {
  AppState demo;
  (void)update(demo, ev::Started{config_for(Mode::Kiosk), true, at(9, 0, 0)});
  auto fx = update(demo, intent::DemoCard{2});
  REQUIRE(fx.size() == 1);
  CHECK(fx[0].get<fx::SimulateCard>().slot == 2);
  AppState real;
  (void)update(real, ev::Started{config_for(Mode::Kiosk), false, at(9, 0, 0)});
  CHECK(update(real, intent::DemoCard{2}).empty());
}

TEST_CASE("the store's readiness is part of the state") {
  AppState s;
  (void)update(s, ev::Started{config_for(Mode::Kiosk), false, at(9, 0, 0)});
  (void)update(s, ev::StoreReady{"/tmp/x.db"});
  CHECK(s.store == StoreLink::Ready);
  (void)update(s, ev::StoreUnavailable{"disk I/O error"});
  CHECK(s.store == StoreLink::Unavailable);
}

TEST_CASE("printer trouble is state the strip shows, the demo key toggles the simulator only in demo") {
  AppState s;
  (void)update(s, ev::Started{config_for(Mode::Counter), true, at(9, 0, 0)});
  const auto r = s.revision;
  (void)update(s, ev::PrinterTroubleChanged{PrinterTrouble::PaperOut});
  CHECK(s.printer_trouble == PrinterTrouble::PaperOut);
  CHECK(s.revision == r + 1);
  (void)update(s, ev::PrinterTroubleChanged{PrinterTrouble::PaperOut});
  CHECK(s.revision == r + 1);
  auto fx = update(s, intent::DemoPaperOut{true});
  REQUIRE(fx.size() == 1);
  CHECK(fx[0].get<fx::SimulatePaperOut>().out);
  AppState real;
  (void)update(real, ev::Started{config_for(Mode::Counter), false, at(9, 0, 0)});
  CHECK(update(real, intent::DemoPaperOut{true}).empty());
  CHECK(printer_trouble_key(PrinterTrouble::CoverOpen) == "printer.cover_open");
}


TEST_CASE("back office: nothing is read before someone signs in (tests/core/backoffice/backoffice_flow_test.cpp)") {
  AppState s;
  (void)update(s, ev::Started{config_for(Mode::Backoffice), false, at(9, 0, 0)});
  CHECK(s.screen == ScreenId::BackofficeSignIn);
  CHECK(update(s, ev::StoreReady{"x.db"}).empty());
  CHECK(update(s, ev::ClockTicked{at(9, 1, 0)}).empty());
  CHECK_FALSE(s.backoffice.queue);
  AppState kiosk;
  (void)update(kiosk, ev::Started{config_for(Mode::Kiosk), false, at(9, 0, 0)});
  CHECK(update(kiosk, ev::StoreReady{"x.db"}).empty());
}
