#include "core/spine.h"

#include "core/backoffice/backoffice_flow.h"
#include "core/counter/counter_flow.h"
#include "core/kiosk/kiosk_flow.h"

namespace core::spine {

namespace {
void append(Effects& to, Effects more) {
  for (auto& e : more) to.push_back(std::move(e));
}
}  // namespace

Effects on(AppState& s, const ev::Started& e) {
  s.mode = e.config.terminal.mode;
  s.screen = first_screen(s.mode);
  s.language = e.config.ui.language;
  s.demo = e.demo;
  s.hall = {e.config.hall.code, e.config.hall.name, e.config.hall.phone, e.config.terminal.number,
            e.config.hall.address};
  s.now = e.now;
  s.idle_timeout_s = e.config.ui.idle_timeout_s;
  s.rating_timeout_s = e.config.ui.rating_timeout_s;
  s.review_notice_days = e.config.kiosk.review_notice_days;
  s.voice = e.config.voice.enabled;
  s.resident_screen = e.resident_screen && s.mode == Mode::Counter;
  s.running = true;
  s.store = StoreLink::Opening;
  touch(s);
  // A counter in a hall works local-first: its own file is its store, the hall gets the outbox.
  // (Never the demo store's applications: --demo without a [store] sqlite file keeps the old way.)
  const bool local_first = s.mode == Mode::Counter && e.config.store.has_hall() &&
                           !(e.demo && e.config.store.sqlite_path.empty());
  s.hall_sync = HallSyncState{.enabled = local_first};
  Effects fx{fx::ConnectDevices{e.demo},
             fx::OpenStore{e.demo, local_first ? e.config.store.sqlite_path : e.config.store.location()}};
  if (local_first) fx.push_back(core::fx::StartHallSync{e.config.store.sqlite_path, e.config.store.url});
  switch (s.mode) {
    case Mode::Kiosk: kiosk::started(s); break;
    case Mode::Counter: append(fx, counter::started(s, e.config)); break;
    case Mode::Backoffice: backoffice::started(s, e.config); break;
  }
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
  Effects fx;
  switch (s.mode) {
    case Mode::Kiosk: visible = kiosk::clock_ticked(s, fx) || visible; break;
    case Mode::Counter: visible = counter::clock_ticked(s) || visible; break;
    case Mode::Backoffice: fx = backoffice::clock_ticked(s); break;
  }
  if (visible) touch(s);
  return fx;
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

Effects on(AppState& s, const ev::PrinterTroubleChanged& e) {
  if (s.printer_trouble != e.trouble) {
    s.printer_trouble = e.trouble;
    touch(s);
  }
  return {};
}

Effects on(AppState& s, const ev::StoreReady&) {
  s.store = StoreLink::Ready;
  touch(s);
  if (s.mode == Mode::Backoffice) return backoffice::store_ready(s);
  return {};
}

Effects on(AppState& s, const ev::StoreUnavailable&) {
  s.store = StoreLink::Unavailable;
  if (s.mode == Mode::Kiosk) kiosk::store_unavailable(s);
  touch(s);
  return {};
}

Effects on(AppState& s, const ev::HallSyncReported& e) {
  if (!s.hall_sync.enabled) return {};
  const HallSyncState next{.enabled = true, .pending = e.pending, .link = e.link};
  if (s.hall_sync != next) {
    s.hall_sync = next;
    touch(s);
  }
  return {};
}

Effects on(AppState& s, const intent::ToggleLanguage&) {
  s.language = s.language == Language::ZhCN ? Language::En : Language::ZhCN;
  touch(s);
  return {};
}

Effects on(AppState& s, const intent::DemoCard& e) {
  if (!s.demo) return {};
  return {fx::SimulateCard{e.slot}};
}

Effects on(AppState& s, const intent::DemoScan& e) {
  if (!s.demo) return {};
  return {fx::SimulateScan{e.genuine, e.acceptance_no, e.raw}};
}

Effects on(AppState& s, const intent::DemoPaperOut& e) {
  if (!s.demo) return {};
  return {fx::SimulatePaperOut{e.out}};
}

}  // namespace core::spine
