// The back office's ear on the hall store (app/backoffice/hall_watch.h): a change made by another
// connection is reported within a second; a burst is one report; a cut connection is re-opened
// and reported as a change; a store that is not there is tried again without a report.
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "app/backoffice/hall_watch.h"
#include "app/services.h"
#include "core/event_queue.h"
#include "store/pg_test_server.h"
#include "store/schema.h"

using namespace std::chrono_literals;

namespace {

// Waits until `count` reaches `at_least`, at most `limit`.
bool reaches(const std::atomic<int>& count, int at_least, std::chrono::milliseconds limit) {
  const auto until = std::chrono::steady_clock::now() + limit;
  while (count.load() < at_least) {
    if (std::chrono::steady_clock::now() > until) return false;
    std::this_thread::sleep_for(20ms);
  }
  return true;
}

}  // namespace

TEST_CASE("pg: the hall watch reports a change from another connection, a burst once, and a reconnect") {
  test_support::PgDatabase pgdb;
  auto db = store::open_store(pgdb.uri());
  REQUIRE(db.ok());
  std::atomic<int> changes{0};
  app::HallWatch watch(pgdb.uri(), [&] { ++changes; }, 300ms);
  std::this_thread::sleep_for(500ms);  // listening by now
  CHECK(changes.load() == 0);

  REQUIRE(db->exec("UPDATE applications SET claimed_by = '' WHERE uuid = 'none'").ok());
  CHECK(reaches(changes, 1, 2000ms));

  // Fifty statements in a row: the screen re-reads a handful of times, not fifty.
  std::this_thread::sleep_for(400ms);
  const int before = changes.load();
  for (int i = 0; i < 50; ++i) REQUIRE(db->exec("UPDATE applications SET claimed_by = '' WHERE uuid = 'none'").ok());
  CHECK(reaches(changes, before + 1, 2000ms));
  std::this_thread::sleep_for(700ms);
  CHECK(changes.load() - before <= 4);

  // The listener's connection is cut: it connects again and reports a change (it may have missed one).
  const int before_cut = changes.load();
  test_support::pg_admin_exec("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" +
                              pgdb.name() + "' AND pid <> pg_backend_pid()");
  CHECK(reaches(changes, before_cut + 1, 5000ms));
  db = store::open_store(pgdb.uri());  // our own connection was cut as well
  REQUIRE(db.ok());
  std::this_thread::sleep_for(400ms);
  const int after_cut = changes.load();
  REQUIRE(db->exec("UPDATE applications SET claimed_by = '' WHERE uuid = 'none'").ok());
  CHECK(reaches(changes, after_cut + 1, 2000ms));
}

TEST_CASE("a hall watch on a store that is not there keeps trying, reports nothing, and stops at once") {
  std::atomic<int> changes{0};
  const auto started = std::chrono::steady_clock::now();
  {
    app::HallWatch watch("postgresql:///ow?host=/nonexistent-onewindow-socket-dir", [&] { ++changes; });
    std::this_thread::sleep_for(1500ms);
  }
  CHECK(changes.load() == 0);
  CHECK(std::chrono::steady_clock::now() - started < 3000ms);
}

TEST_CASE("pg: a back-office desk on a hall store hears a change made elsewhere once it has read its queue") {
  test_support::TempDir dir;
  test_support::PgDatabase pgdb;
  auto db = store::open_store(pgdb.uri());
  REQUIRE(db.ok());
  core::Config c;
  c.terminal.mode = core::Mode::Backoffice;
  c.store.url = pgdb.uri();
  core::EventQueue q;
  app::Services services(q, c);
  auto next = [&](auto wanted, std::chrono::milliseconds within) {
    using E = decltype(wanted);
    const auto until = std::chrono::steady_clock::now() + within;
    while (std::chrono::steady_clock::now() < until) {
      auto e = q.wait_pop(std::chrono::duration_cast<std::chrono::milliseconds>(until - std::chrono::steady_clock::now()));
      if (e && e->holds<E>()) return true;
    }
    return false;
  };
  services.run(core::Effects{core::fx::OpenStore{false, pgdb.uri()}});
  REQUIRE(next(core::ev::StoreReady{}, 20000ms));
  services.run(core::Effects{core::fx::LoadQueue{core::QueueFilter{}, "B01", core::CivilTime{2026, 12, 2, 10, 0, 0, 3}}});
  CHECK(next(core::ev::QueueLoaded{}, 20000ms));
  std::this_thread::sleep_for(500ms);  // listening by now
  REQUIRE(db->exec("UPDATE applications SET claimed_by = '' WHERE uuid = 'none'").ok());
  CHECK(next(core::ev::HallChanged{}, 3000ms));
  services.stop();
}
