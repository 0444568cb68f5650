// The terminal's store worker on a hall store (PostgreSQL) that is down when the terminal starts:
// it reports the store unavailable (the kiosk's plain words), keeps trying, and reports it ready
// by itself once the server is back; look-ups then run on it.
#include <doctest/doctest.h>

#include <chrono>
#include <future>

#include "app/store_worker.h"
#include "core/event.h"
#include "core/event_queue.h"
#include "store/pg_test_server.h"
#include "store/residents_table.h"

using namespace std::chrono_literals;

namespace {

// The next StoreReady / StoreUnavailable from the worker.
std::optional<core::Event> next_store_event(core::EventQueue& q, std::chrono::milliseconds within) {
  const auto until = std::chrono::steady_clock::now() + within;
  while (std::chrono::steady_clock::now() < until) {
    auto e = q.wait_pop(std::chrono::duration_cast<std::chrono::milliseconds>(until - std::chrono::steady_clock::now()));
    if (e && (e->holds<core::ev::StoreReady>() || e->holds<core::ev::StoreUnavailable>())) return e;
  }
  return std::nullopt;
}

}  // namespace

TEST_CASE("a terminal started while the hall store is down says so, then opens it by itself when the server is back") {
  test_support::PrivateServer server;
  REQUIRE(server.run("halt") == 0);
  core::EventQueue q;
  app::StoreWorker worker(q);
  worker.open(false, server.uri());
  auto down = next_store_event(q, 15s);
  REQUIRE(down);
  REQUIRE(down->holds<core::ev::StoreUnavailable>());
  CHECK(down->get<core::ev::StoreUnavailable>().reason.find("cannot connect to the store") != std::string::npos);

  REQUIRE(server.run("resume") == 0);
  std::optional<core::Event> up;
  for (int i = 0; i < 5 && !(up && up->holds<core::ev::StoreReady>()); ++i) up = next_store_event(q, 10s);
  REQUIRE(up);
  REQUIRE(up->holds<core::ev::StoreReady>());
  CHECK(up->get<core::ev::StoreReady>().description.find("postgresql://") == 0);

  std::promise<long> residents;
  worker.post([&](store::Database& db) {
    auto n = store::ResidentsTable(db).count();
    residents.set_value(n ? n.value() : -1);
  });
  CHECK(residents.get_future().get() == 0);
  worker.stop();
}
