// The running counter's outbox pusher against a real PostgreSQL hall store: it pushes what the
// counter commits by itself, off the caller's thread, reports 「待同步 N 件」 and the hall's state,
// keeps the outbox while the server is stopped and empties it once the server is back.
#include "app/hall/hall_sync_worker.h"

#include <doctest/doctest.h>

#include <chrono>
#include <cstdio>

#include "core/event.h"
#include "core/event_queue.h"
#include "store/intake_commit.h"
#include "store/pg_test_server.h"
#include "store/schema.h"
#include "store/temp_dir.h"

using namespace std::chrono_literals;

namespace {

constexpr const char* kIdOld = "320102194501011236";

void accept(store::Database& local, int from, int to) {
  const store::IntakePlace place{"320102", 6, 2026, 11, 23};
  for (int k = from; k < to; ++k) {
    core::Application a;
    char uuid[40];
    std::snprintf(uuid, sizeof uuid, "%08d-2222-4333-8444-666666666666", k);
    a.uuid = uuid;
    a.item_code = "laonian";
    a.applicant_id = kIdOld;
    a.applicant_name = "张老四";
    a.accepted_at = "2026-11-23 09:30:00";
    a.due = "2026-11-24";
    REQUIRE(core::open_application(a, core::ApplicationStatus::Accepted, "A07", a.accepted_at, "窗口受理").ok());
    REQUIRE(store::commit_application(local, place, a).ok());
  }
}

// Waits for a report that satisfies `want`; the last report seen otherwise.
template <class Want>
std::optional<core::ev::HallSyncReported> wait_report(core::EventQueue& q, Want want, std::chrono::seconds within) {
  std::optional<core::ev::HallSyncReported> last;
  const auto until = std::chrono::steady_clock::now() + within;
  while (std::chrono::steady_clock::now() < until) {
    auto e = q.wait_pop(100ms);
    if (!e || !e->holds<core::ev::HallSyncReported>()) continue;
    last = e->get<core::ev::HallSyncReported>();
    if (want(*last)) break;
  }
  return last;
}

long hall_count(const std::string& uri) {
  auto db = store::Database::open(uri);
  REQUIRE(db.ok());
  auto st = db->prepare("SELECT count(*) FROM applications");
  REQUIRE(st.ok());
  REQUIRE(st->step().value());
  return static_cast<long>(st->int64(0));
}

}  // namespace

TEST_CASE("the counter's sync worker pushes by itself, reports the outbox, and rides out a stopped server") {
  test_support::TempDir dir;
  const auto file = dir / "counter.db";
  test_support::PrivateServer server;
  {
    auto hall = store::open_store(server.uri());  // the hall's tables, as `db migrate` makes them
    REQUIRE(hall.ok());
  }
  auto local = store::open_store(file);
  REQUIRE(local.ok());
  accept(*local, 0, 3);

  core::EventQueue q;
  app::hall::HallSyncWorker worker(q);
  worker.start(file.string(), server.uri());
  auto done = wait_report(q, [](const auto& r) { return r.pending == 0 && r.link == core::HallLink::Connected; }, 20s);
  REQUIRE(done);
  CHECK(done->pending == 0);
  CHECK(done->link == core::HallLink::Connected);
  CHECK(hall_count(server.uri()) == 3);

  REQUIRE(server.run("halt") == 0);
  accept(*local, 3, 5);
  worker.nudge();
  auto down = wait_report(q, [](const auto& r) { return r.pending == 2 && r.link == core::HallLink::Unreachable; }, 20s);
  REQUIRE(down);
  CHECK(down->pending == 2);
  CHECK(down->link == core::HallLink::Unreachable);

  REQUIRE(server.run("resume") == 0);
  auto back = wait_report(q, [](const auto& r) { return r.pending == 0 && r.link == core::HallLink::Connected; }, 90s);
  REQUIRE(back);
  CHECK(back->pending == 0);
  CHECK(back->link == core::HallLink::Connected);
  CHECK(hall_count(server.uri()) == 5);
  worker.stop();
}
