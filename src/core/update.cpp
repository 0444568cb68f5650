#include "core/update.h"

#include <type_traits>

namespace core {

std::string_view screen_name(ScreenId s) {
  switch (s) {
    case ScreenId::Welcome: return "welcome";
    case ScreenId::CounterHome: return "counter-home";
    case ScreenId::BackofficeHome: return "backoffice-home";
  }
  return "welcome";
}

namespace {

ScreenId first_screen(Mode m) {
  switch (m) {
    case Mode::Kiosk: return ScreenId::Welcome;
    case Mode::Counter: return ScreenId::CounterHome;
    case Mode::Backoffice: return ScreenId::BackofficeHome;
  }
  return ScreenId::Welcome;
}

void touch(AppState& s) { ++s.revision; }

Effects on(AppState& s, const ev::Started& e) {
  s.mode = e.config.terminal.mode;
  s.screen = first_screen(s.mode);
  s.language = e.config.ui.language;
  s.demo = e.demo;
  s.hall = {e.config.hall.code, e.config.hall.name, e.config.hall.phone, e.config.terminal.number};
  s.now = e.now;
  s.running = true;
  touch(s);
  return {fx::ConnectDevices{e.demo}};
}

Effects on(AppState& s, const ev::ClockTicked& e) {
  // The screen shows minutes: a tick within the same minute changes nothing visible.
  const bool visible = !e.now.same_minute(s.now);
  s.now = e.now;
  if (visible) touch(s);
  return {};
}

Effects on(AppState& s, const ev::DeviceLinkChanged& e) {
  auto& slot = s.devices[static_cast<std::size_t>(e.kind)];
  if (slot != e.state) {
    slot = e.state;
    touch(s);
  }
  return {};
}

Effects on(AppState& s, const ev::QuitRequested&) {
  s.running = false;
  touch(s);
  return {fx::Quit{}};
}

Effects on(AppState& s, const intent::ToggleLanguage&) {
  s.language = s.language == Language::ZhCN ? Language::En : Language::ZhCN;
  touch(s);
  return {};
}

}  // namespace

Effects update(AppState& state, const Event& event) {
  return std::visit([&state](const auto& e) { return on(state, e); }, event);
}

}  // namespace core
