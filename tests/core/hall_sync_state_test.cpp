// A counter in a hall (local-first intake) as the spine sees it: it opens its own file, starts the
// outbox pusher, and the status strip's state follows the pusher's reports.
#include <doctest/doctest.h>

#include "core/update.h"

using namespace core;

namespace {
Config hall_counter(Mode m) {
  Config c;
  c.terminal.mode = m;
  c.store.sqlite_path = "/var/lib/onewindow/counter.db";
  c.store.url = "postgresql:///hall?host=/run/postgresql";
  return c;
}
CivilTime at(int h, int m) { return CivilTime{2026, 11, 23, h, m, 0, 1}; }
}  // namespace

TEST_CASE("a counter with a hall store opens its own file and starts the outbox, a kiosk opens the hall store") {
  AppState s;
  auto fx = update(s, ev::Started{hall_counter(Mode::Counter), false, at(9, 0)});
  CHECK(s.hall_sync.enabled);
  CHECK(s.hall_sync.link == HallLink::Checking);
  bool opened = false, started = false;
  for (const auto& e : fx) {
    if (e.holds<fx::OpenStore>()) {
      opened = true;
      CHECK(e.get<fx::OpenStore>().sqlite_path == "/var/lib/onewindow/counter.db");
    }
    if (e.holds<fx::StartHallSync>()) {
      started = true;
      CHECK(e.get<fx::StartHallSync>().local == "/var/lib/onewindow/counter.db");
      CHECK(e.get<fx::StartHallSync>().hall_url == "postgresql:///hall?host=/run/postgresql");
    }
  }
  CHECK(opened);
  CHECK(started);

  AppState k;
  auto kfx = update(k, ev::Started{hall_counter(Mode::Kiosk), false, at(9, 0)});
  CHECK_FALSE(k.hall_sync.enabled);
  for (const auto& e : kfx) {
    CHECK_FALSE(e.holds<fx::StartHallSync>());
    if (e.holds<fx::OpenStore>()) CHECK(e.get<fx::OpenStore>().sqlite_path == "postgresql:///hall?host=/run/postgresql");
  }
}

TEST_CASE("the pusher's reports reach the strip's state, and only a change redraws") {
  AppState s;
  (void)update(s, ev::Started{hall_counter(Mode::Counter), false, at(9, 0)});
  const auto r0 = s.revision;
  (void)update(s, ev::HallSyncReported{3, HallLink::Unreachable});
  CHECK(s.hall_sync.pending == 3);
  CHECK(s.hall_sync.link == HallLink::Unreachable);
  CHECK(s.revision == r0 + 1);
  (void)update(s, ev::HallSyncReported{3, HallLink::Unreachable});
  CHECK(s.revision == r0 + 1);
  (void)update(s, ev::HallSyncReported{0, HallLink::Connected});
  CHECK(s.hall_sync.pending == 0);
  CHECK(hall_link_key(s.hall_sync.link) == "hall.connected");

  AppState alone;  // a counter without a hall ignores stray reports
  (void)update(alone, ev::Started{Config{}, false, at(9, 0)});
  (void)update(alone, ev::HallSyncReported{2, HallLink::Connected});
  CHECK_FALSE(alone.hall_sync.enabled);
  CHECK(alone.hall_sync.pending == 0);
}
