#include "core/update.h"

#include <type_traits>

namespace core {

std::string_view screen_name(ScreenId s) {
  switch (s) {
    case ScreenId::Welcome: return "welcome";
    case ScreenId::CardRead: return "card-read";
    case ScreenId::SlipScanned: return "slip-scanned";
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
  s.store = StoreLink::Opening;
  return {fx::ConnectDevices{e.demo}, fx::OpenStore{e.demo, e.config.store.sqlite_path}};
}

constexpr int kNoticeSeconds = 8;

CivilTime plus_seconds(CivilTime t, int secs) {
  long total = ((days_from_civil(t.year, t.month, t.day) * 24 + t.hour) * 60 + t.minute) * 60L + t.second + secs;
  long days = total / 86400;
  long rest = total % 86400;
  civil_from_days(days, t.year, t.month, t.day);
  t.hour = static_cast<int>(rest / 3600);
  t.minute = static_cast<int>(rest / 60 % 60);
  t.second = static_cast<int>(rest % 60);
  t.weekday = weekday_from_days(days);
  return t;
}

void show_notice(AppState& s, std::string key) {
  s.notice_key = std::move(key);
  s.notice_until = plus_seconds(s.now, kNoticeSeconds);
}

Effects on(AppState& s, const ev::ClockTicked& e) {
  // The screen shows minutes: a tick within the same minute changes nothing visible.
  bool visible = !e.now.same_minute(s.now);
  s.now = e.now;
  if (!s.notice_key.empty() && s.now >= s.notice_until) {
    s.notice_key.clear();
    visible = true;
  }
  if (visible) touch(s);
  return {};
}

Effects on(AppState& s, const ev::CardPresented& e) {
  if (s.mode != Mode::Kiosk) return {};
  s.card = e.card;
  s.slip_acceptance_no.clear();
  s.notice_key.clear();
  s.screen = ScreenId::CardRead;
  touch(s);
  return {};
}

Effects on(AppState& s, const ev::CardRemoved&) {
  if (!s.card && s.screen != ScreenId::CardRead) return {};
  s.card.reset();
  if (s.mode == Mode::Kiosk) s.screen = ScreenId::Welcome;
  touch(s);
  return {};
}

Effects on(AppState& s, const ev::CardReadFailed&) {
  if (s.mode != Mode::Kiosk) return {};
  s.card.reset();
  s.screen = ScreenId::Welcome;
  show_notice(s, "card.read_failed");
  touch(s);
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
  return {};
}

Effects on(AppState& s, const ev::StoreUnavailable&) {
  s.store = StoreLink::Unavailable;
  touch(s);
  return {};
}

Effects on(AppState& s, const ev::CodeScanned& e) {
  if (s.mode != Mode::Kiosk) return {};
  return {fx::VerifySlip{e.text}};
}

Effects on(AppState& s, const ev::SlipVerified& e) {
  if (s.mode != Mode::Kiosk) return {};
  s.card.reset();
  s.slip_acceptance_no = e.acceptance_no;
  s.notice_key.clear();
  s.screen = ScreenId::SlipScanned;
  touch(s);
  return {};
}

Effects on(AppState& s, const ev::SlipRefused&) {
  if (s.mode != Mode::Kiosk) return {};
  s.slip_acceptance_no.clear();
  s.screen = ScreenId::Welcome;
  show_notice(s, "qr.refused");
  touch(s);
  return {};
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
  return std::visit([&state](const auto& e) { return on(state, e); }, event);
}

}  // namespace core
