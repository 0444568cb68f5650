#include "core/update.h"

#include <type_traits>

#include "core/counter/counter_flow.h"
#include "core/kiosk/kiosk_flow.h"

namespace core {

std::string_view screen_name(ScreenId s) {
  switch (s) {
    case ScreenId::Welcome: return "welcome";
    case ScreenId::CardReading: return "card-reading";
    case ScreenId::ResidentStatus: return "resident-status";
    case ScreenId::UnknownPerson: return "unknown-person";
    case ScreenId::SlipProgress: return "slip-progress";
    case ScreenId::KioskMessage: return "kiosk-message";
    case ScreenId::CounterSignIn: return "counter-sign-in";
    case ScreenId::CounterLocked: return "counter-locked";
    case ScreenId::CounterIntake: return "counter-intake";
    case ScreenId::CounterAccepted: return "counter-accepted";
    case ScreenId::CounterLedger: return "counter-ledger";
    case ScreenId::BackofficeHome: return "backoffice-home";
  }
  return "welcome";
}

namespace {

ScreenId first_screen(Mode m) {
  switch (m) {
    case Mode::Kiosk: return ScreenId::Welcome;
    case Mode::Counter: return ScreenId::CounterSignIn;
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
  s.idle_timeout_s = e.config.ui.idle_timeout_s;
  s.welcome_since = e.now;
  s.kiosk.last_activity = e.now;
  s.running = true;
  touch(s);
  s.store = StoreLink::Opening;
  s.counter.lock_after_idle_s = e.config.counter.lock_after_idle_s;
  s.counter.last_activity = e.now;
  Effects fx{fx::ConnectDevices{e.demo}, fx::OpenStore{e.demo, e.config.store.sqlite_path}};
  if (s.mode == Mode::Counter) fx.push_back(fx::LoadCounterCatalog{});
  return fx;
}

Effects on(AppState& s, const ev::ClockTicked& e) {
  // The screen shows minutes: a tick within the same minute changes nothing visible.
  const bool new_minute = !e.now.same_minute(s.now);
  bool visible = new_minute;
  s.now = e.now;
  if (!s.notice_key.empty() && s.now >= s.notice_until) {
    s.notice_key.clear();
    visible = true;
  }
  if (kiosk::clock_ticked(s)) visible = true;
  if (counter::clock_ticked(s)) visible = true;
  if (visible) touch(s);
  // The back office sees every change within a minute: the queue is read again on each new minute.
  if (new_minute && s.mode == Mode::Backoffice && s.store == StoreLink::Ready) return {fx::LoadQueue{s.now.iso_date()}};
  return {};
}

Effects on(AppState& s, const ev::PrinterTroubleChanged& e) {
  if (s.printer_trouble != e.trouble) {
    s.printer_trouble = e.trouble;
    touch(s);
  }
  return {};
}

Effects on(AppState& s, const intent::DemoPaperOut& e) {
  if (!s.demo) return {};
  return {fx::SimulatePaperOut{e.out}};
}

Effects on(AppState& s, const ev::StoreReady&) {
  s.store = StoreLink::Ready;
  touch(s);
  if (s.mode == Mode::Backoffice) return {fx::LoadQueue{s.now.iso_date()}};
  return {};
}

Effects on(AppState& s, const ev::QueueLoaded& e) {
  if (s.mode != Mode::Backoffice) return {};
  s.queue = e.queue;
  touch(s);
  return {};
}

Effects on(AppState& s, const ev::StoreUnavailable&) {
  s.store = StoreLink::Unavailable;
  kiosk::store_unavailable(s);
  touch(s);
  return {};
}

Effects on(AppState& s, const ev::CodeScanned& e) {
  if (s.mode != Mode::Kiosk) return {};
  return {fx::VerifySlip{e.text}};
}

Effects on(AppState& s, const intent::DemoScan& e) {
  if (!s.demo) return {};
  return {fx::SimulateScan{e.genuine, e.acceptance_no, e.raw}};
}

Effects on(AppState& s, const intent::DemoCard& e) {
  if (!s.demo) return {};
  return {fx::SimulateCard{e.slot}};
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
  return std::visit(
      [&state](const auto& e) -> Effects {
        // The counter's events go to its flow in counter mode; the kiosk's flow checks its own mode.
        if constexpr (requires { counter::on(state, e); }) {
          if (state.mode == Mode::Counter) return counter::on(state, e);
        }
        if constexpr (requires { kiosk::on(state, e); })
          return kiosk::on(state, e);
        else if constexpr (requires { on(state, e); })
          return on(state, e);
        else
          return {};
      },
      event);
}

}  // namespace core
