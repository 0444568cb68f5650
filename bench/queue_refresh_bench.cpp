// The back office's queue refresh with 10,000 open cases (issue 19, target ≤ 50 ms): what each
// poll costs while a reviewer is signed in — the store read (store::WorkQueue::read: the first 200
// rows of the filter, oldest first, and the counts per status and item) and the core update that
// takes the answer (ev::QueueLoaded). On a SQLite file and on PostgreSQL. Plain lines on stdout:
// median and worst of the runs, for the whole queue, 「我的待办」 and a status + item filter.
//
//   scripts/pg-test-server.sh run build/bench/queue_refresh_bench [cases] [runs]   (default 10000 50)
//   build/bench/queue_refresh_bench [cases] [runs] sqlite                          (SQLite only)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include <unistd.h>

#include "bench_pg.h"
#include "core/update.h"
#include "store/schema.h"
#include "store/work_queue.h"

namespace {

using Clock = std::chrono::steady_clock;

[[noreturn]] void fail(const std::string& what) {
  std::fprintf(stderr, "queue_refresh_bench: %s\n", what.c_str());
  std::exit(1);
}

// N open cases: five statuses, four items, every seventh held by R1 (or another reviewer).
void fill(store::Database& db, int cases) {
  const std::string n = std::to_string(cases);
  const bool pg = db.is_postgres();
  const std::string series = pg ? "generate_series(1, " + n + ") g(x)" : "g";
  const std::string with = pg ? "" : "WITH RECURSIVE g(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM g WHERE x < " + n + ") ";
  const std::string id = pg ? "'B' || lpad(x::text, 17, '0')" : "'B' || printf('%017d', x)";
  const std::string no = pg ? "'320102-01-20261101-' || lpad(x::text, 6, '0')" : "'320102-01-20261101-' || printf('%06d', x)";
  const std::string at = pg ? "to_char(timestamp '2026-11-01' + x * interval '1 minute', 'YYYY-MM-DD HH24:MI:SS')"
                            : "datetime('2026-11-01', '+' || x || ' minutes')";
  const std::string due = pg ? "to_char(date '2026-11-20' + (x % 30), 'YYYY-MM-DD')" : "date('2026-11-20', '+' || (x % 30) || ' days')";
  const std::vector<std::string> steps = {
      "INSERT INTO residents(id_number, name) " + with + "SELECT " + id + ", '王秀英' FROM " + series,
      "INSERT INTO applications(uuid, acceptance_no, item_code, applicant_id, applicant_name, status, accepted_at, due, "
      "claimed_by, lease_until) " + with + "SELECT 'u' || x, " + no +
          ", CASE x % 4 WHEN 0 THEN 'dibao' WHEN 1 THEN 'tekun' WHEN 2 THEN 'linshi' ELSE 'yiliao' END, " + id +
          ", '王秀英', CASE x % 5 WHEN 0 THEN 'accepted' WHEN 1 THEN 'reviewing' WHEN 2 THEN 'needs_supplement' "
          "WHEN 3 THEN 'publicized' ELSE 'approved' END, " + at + ", " + due +
          ", CASE WHEN x % 7 = 0 THEN 'R' || (x % 3) ELSE '' END, CASE WHEN x % 7 = 0 THEN '2099-01-01 00:00:00' ELSE '' END"
          " FROM " + series,
      "ANALYZE"};
  for (const std::string& sql : steps)
    if (auto s = db.exec(sql); !s) fail(s.error().message);
}

struct Timing {
  double median_ms = 0, worst_ms = 0;
};

Timing summarize(std::vector<double> ms) {
  std::sort(ms.begin(), ms.end());
  return {ms[ms.size() / 2], ms.back()};
}

// A back office signed in as R1 (the store's answers are applied as update() would get them).
core::AppState signed_in() {
  core::AppState s;
  core::Config c;
  c.terminal.mode = core::Mode::Backoffice;
  const core::CivilTime t0{2026, 11, 24, 9, 0, 0, 2};
  (void)core::update(s, core::ev::Started{c, false, t0});
  (void)core::update(s, core::ev::StoreReady{"bench"});
  (void)core::update(s, core::ev::SignInAnswered{core::sign_in::SignedIn{{"R1", "陈建华", core::StaffRole::Reviewer, true}}});
  return s;
}

void measure(const char* store_name, store::Database& db, int cases, int runs) {
  struct Case {
    const char* name;
    core::QueueFilter filter;
  };
  core::QueueFilter mine;
  mine.mine = true;
  core::QueueFilter narrow;
  narrow.item_code = "dibao";
  narrow.status = core::ApplicationStatus::Reviewing;
  narrow.overdue_only = true;
  for (const Case& c : {Case{"all", {}}, Case{"mine", mine}, Case{"status+item+overdue", narrow}}) {
    core::AppState s = signed_in();
    std::vector<double> read_ms, update_ms, total_ms;
    long rows = 0, total = 0;
    for (int r = 0; r < runs; ++r) {
      s.backoffice.filter = c.filter;
      s.backoffice.loading = false;
      s.backoffice.queue.reset();  // the answer is new each time: the update copies it in
      const auto t0 = Clock::now();
      auto q = store::WorkQueue(db).read({"2026-12-01", "2026-12-01 09:00:00", "R1", c.filter, store::kDefaultQueueLimit});
      if (!q) fail(q.error().message);
      const auto t1 = Clock::now();
      rows = static_cast<long>(q->entries.size());
      total = q->total_open;
      (void)core::update(s, core::ev::QueueLoaded{std::move(*q), "R1"});
      const auto t2 = Clock::now();
      if (!s.backoffice.queue) fail("the update did not take the queue");
      read_ms.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
      update_ms.push_back(std::chrono::duration<double, std::milli>(t2 - t1).count());
      total_ms.push_back(std::chrono::duration<double, std::milli>(t2 - t0).count());
    }
    if (total != cases) fail("counted " + std::to_string(total) + " open cases of " + std::to_string(cases));
    const Timing rd = summarize(read_ms), up = summarize(update_ms), all = summarize(total_ms);
    std::printf("queue refresh %s, %d open, %s (%ld rows): read %.2f ms (worst %.2f), update %.3f ms, "
                "total %.2f ms median, %.2f ms worst, %d runs\n",
                store_name, cases, c.name, rows, rd.median_ms, rd.worst_ms, up.median_ms, all.median_ms, all.worst_ms, runs);
  }
}

}  // namespace

int main(int argc, char** argv) {
  const int cases = argc > 1 ? std::atoi(argv[1]) : 10000;
  const int runs = argc > 2 ? std::atoi(argv[2]) : 50;
  const bool sqlite_only = argc > 3 && std::string(argv[3]) == "sqlite";
  if (cases < 1 || runs < 1) fail("usage: queue_refresh_bench [cases] [runs] [sqlite]");
  {
    const auto dir = std::filesystem::temp_directory_path() / ("queue_refresh_bench." + std::to_string(getpid()));
    std::filesystem::create_directories(dir);
    auto db = store::open_store((dir / "hall.db").string());
    if (!db) fail(db.error().message);
    fill(*db, cases);
    measure("sqlite", *db, cases, runs);
    std::filesystem::remove_all(dir);
  }
  if (sqlite_only) return 0;
  auto uri = bench::bench_pg_uri("onewindow_queue_refresh_bench");
  if (!uri) fail(uri.error().message);
  auto db = store::open_store(*uri);
  if (!db) fail(db.error().message);
  fill(*db, cases);
  measure("postgresql", *db, cases, runs);
  return 0;
}
