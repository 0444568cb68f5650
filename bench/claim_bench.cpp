// Back-office claims per second on the PostgreSQL hall store (issue 19): N open cases written
// server-side, then W workers — each its own connection, as each reviewer's terminal is — claim the
// oldest unclaimed case again and again (store::CaseDesk::claim_next: SELECT … FOR UPDATE SKIP
// LOCKED, an upsert of the claim, a commit with synchronous_commit off) until none is left. Every
// case must be claimed exactly once; the bench fails otherwise. Plain lines on stdout.
//
//   scripts/pg-test-server.sh run build/bench/claim_bench [cases] [workers]      (default 20000 8)
//   (or: build/bench/claim_bench with ONEWINDOW_BENCH_PG_URI=postgresql://… of an empty database)
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "core/domain/civil_time.h"
#include "store/case_desk.h"
#include "bench_pg.h"
#include "store/schema.h"

namespace {

using Clock = std::chrono::steady_clock;

[[noreturn]] void fail(const std::string& what) {
  std::fprintf(stderr, "claim_bench: %s\n", what.c_str());
  std::exit(1);
}


}  // namespace

int main(int argc, char** argv) {
  const int cases = argc > 1 ? std::atoi(argv[1]) : 20000;
  const int workers = argc > 2 ? std::atoi(argv[2]) : 8;
  if (cases < 1 || workers < 1) fail("usage: claim_bench [cases] [workers]");
  auto bench_uri = bench::bench_pg_uri("onewindow_claim_bench");
  if (!bench_uri) fail(bench_uri.error().message);
  const std::string uri = *bench_uri;
  {
    auto db = store::open_store(uri);
    if (!db) fail(db.error().message);
    const std::string n = std::to_string(cases);
    for (const std::string& sql :
         {"INSERT INTO residents(id_number, name) SELECT 'B' || lpad(g::text, 17, '0'), '王秀英' "
          "FROM generate_series(1, " + n + ") g",
          "INSERT INTO applications(uuid, acceptance_no, item_code, applicant_id, applicant_name, status, accepted_at, due) "
          "SELECT 'u' || g, '320102-01-20261101-' || lpad(g::text, 6, '0'), 'dibao', 'B' || lpad(g::text, 17, '0'), "
          "'王秀英', 'accepted', to_char(timestamp '2026-11-01' + g * interval '1 second', 'YYYY-MM-DD HH24:MI:SS'), "
          "'2027-01-01' FROM generate_series(1, " + n + ") g",
          std::string("ANALYZE")})
      if (auto s = db->exec(sql); !s) fail(s.error().message);
  }
  const core::ServiceCatalog catalog;  // claims read no catalog
  const core::CivilTime now = core::civil_time_from_seconds(20'000L * 86400);
  std::vector<std::vector<std::string>> claimed(static_cast<std::size_t>(workers));
  std::atomic<bool> go{false};
  std::atomic<int> ready{0};
  std::vector<std::thread> threads;
  for (int w = 0; w < workers; ++w)
    threads.emplace_back([&, w] {
      auto db = store::open_store(uri);
      if (!db) fail(db.error().message);
      store::CaseDesk desk(*db, catalog);
      const core::CaseActor me{"R" + std::to_string(w), core::StaffRole::Reviewer, true};
      ++ready;
      while (!go) std::this_thread::yield();
      while (true) {
        auto c = desk.claim_next(me, now, 1800);
        if (!c) fail(c.error().message);
        if (!c->has_value()) return;
        claimed[static_cast<std::size_t>(w)].push_back((*c)->acceptance_no);
      }
    });
  while (ready < workers) std::this_thread::yield();
  const auto t0 = Clock::now();
  go = true;
  for (auto& t : threads) t.join();
  const double s = std::chrono::duration<double>(Clock::now() - t0).count();
  std::set<std::string> distinct;
  std::size_t total = 0, least = static_cast<std::size_t>(cases), most = 0;
  for (const auto& c : claimed) {
    total += c.size();
    distinct.insert(c.begin(), c.end());
    least = std::min(least, c.size());
    most = std::max(most, c.size());
  }
  if (total != static_cast<std::size_t>(cases) || distinct.size() != total)
    fail("claimed " + std::to_string(total) + " (" + std::to_string(distinct.size()) + " distinct) of " +
         std::to_string(cases) + " cases");
  std::printf("claims: %d cases, %d workers, each case claimed once\n", cases, workers);
  std::printf("claims: %.2f s, %.0f claims/s (per worker %zu to %zu)\n", s, total / s, least, most);
  return 0;
}
