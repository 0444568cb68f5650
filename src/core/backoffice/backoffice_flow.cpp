#include "core/backoffice/backoffice_flow.h"

#include <algorithm>

#include "core/desk_sign_in.h"

namespace core::backoffice {

namespace {
constexpr int kHallSafetyPollS = 60;
}  // namespace

bool signed_in(const AppState& s) { return s.backoffice.staff && !s.backoffice.locked; }

Effects on(AppState&, const ev::CardReading&) { return {}; }
Effects on(AppState&, const ev::CardPresented&) { return {}; }
Effects on(AppState&, const ev::CardRemoved&) { return {}; }
Effects on(AppState&, const ev::CardReadFailed&) { return {}; }
Effects on(AppState&, const ev::CodeScanned&) { return {}; }
Effects on(AppState&, const ev::SlipVerified&) { return {}; }
Effects on(AppState&, const ev::SlipRefused&) { return {}; }
Effects on(AppState& s, const ev::PrintDone& e) {
  if (!publicity_print_done(s, e.job)) case_print_done(s, e.job);
  return {};
}
Effects on(AppState& s, const ev::PrintFailed& e) {
  if (!publicity_print_failed(s, e)) case_print_failed(s, e.job);
  return {};
}

Effects on(AppState& s, const intent::Touched&) {
  s.backoffice.last_activity = s.now;
  return {};
}

Effects read_queue(AppState& s) {
  BackofficeSession& b = s.backoffice;
  if (!signed_in(s) || s.store != StoreLink::Ready) return {};
  if (b.loading) {
    b.reload = true;
    return {};
  }
  b.loading = true;
  b.reload = false;
  b.last_read = s.now;
  return {fx::LoadQueue{b.filter, b.staff->staff_no, s.now}};
}

Effects on(AppState& s, const ev::QueueLoaded& e) {
  BackofficeSession& b = s.backoffice;
  b.loading = false;
  // Read for someone who has signed out (or another staff member) meanwhile: nobody sees it.
  if (!b.staff || b.staff->staff_no != e.staff_no) return {};
  if (b.reload || e.queue.filter != b.filter) return read_queue(s);
  if (!b.queue || *b.queue != e.queue) {
    b.queue = e.queue;
    touch(s);
  }
  return {};
}

Effects on(AppState& s, const ev::QueueFailed&) {
  s.backoffice.loading = false;
  if (s.backoffice.reload) return read_queue(s);
  return {};
}

Effects on(AppState& s, const ev::HallChanged&) { return read_queue(s); }

Effects on(AppState& s, const intent::FilterQueue& e) {
  if (!signed_in(s) || s.backoffice.filter == e.filter) return {};
  s.backoffice.filter = e.filter;
  s.backoffice.first_row = 0;
  touch(s);
  return read_queue(s);
}

Effects on(AppState& s, const intent::PageQueue& e) {
  if (!signed_in(s) || e.first_row < 0 || e.first_row == s.backoffice.first_row) return {};
  s.backoffice.first_row = e.first_row;
  touch(s);
  return {};
}

void started(AppState& s, const Config& config) {
  s.backoffice.lock_after_idle_s = config.backoffice.lock_after_idle_s;
  // A hall store (PostgreSQL) tells the desk of every change at once (ev::HallChanged); the poll
  // is then only a safety net. A SQLite store is polled every refresh_s.
  s.backoffice.refresh_s = config.store.has_hall() ? std::max(config.backoffice.refresh_s, kHallSafetyPollS)
                                                   : config.backoffice.refresh_s;
  s.backoffice.lease_seconds = config.backoffice.lease_minutes * 60;
  s.backoffice.last_activity = s.now;
}

Effects store_ready(AppState& s) { return read_queue(s); }

Effects clock_ticked(AppState& s) {
  BackofficeSession& b = s.backoffice;
  if (!signed_in(s)) return {};  // signed out or locked: nothing is read, nothing shown
  if (!b.claiming && desk::idle_for(s.now, b.last_activity, b.lock_after_idle_s)) {
    lock_desk(s);
    return {};
  }
  // The case on screen keeps its claim (renewed at half the lease) while someone is signed in.
  Effects fx = case_clock(s);
  if (!b.loading && seconds_of(s.now) - seconds_of(b.last_read) >= b.refresh_s)
    for (auto& e : read_queue(s)) fx.push_back(std::move(e));
  return fx;
}

}  // namespace core::backoffice
