// The 年审 due list at county scale (issue 20): 50,000 recipients with 20 months of payments
// (1,000,000 rows), next reviews spread over the year from 2026-06-01; the list due within 60 days
// of 2026-11-23 (overdue ones included: about 32,000 benefits — the worst case of a county that fell
// behind), the same for one village and item, and a whole year, as the back office's tab and
// `onewindow review due` read it (store::BenefitReviews::due). On a SQLite file and on PostgreSQL. Plain lines on stdout.
//
//   scripts/pg-test-server.sh run build/bench/review_due_bench [recipients] [months] [runs]  (default 50000 20 7)
//   build/bench/review_due_bench [recipients] [months] [runs] sqlite                          (SQLite only)
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "bench_pg.h"
#include "dynamic_seed.h"
#include "store/benefit_reviews.h"
#include "store/schema.h"

namespace {

using Clock = std::chrono::steady_clock;

void measure(const char* name, store::Database& db, int runs) {
  struct Case {
    const char* what;
    store::ReviewDueFilter filter;
  };
  const Case cases[] = {
      {"due within 60 days", {"2026-11-23", core::review_due_until("2026-11-23", 60), "", "", 0}},
      {"one village, 低保", {"2026-11-23", core::review_due_until("2026-11-23", 60), "江苏省南京市玄武区锁金村街道第3村", "dibao", 0}},
      {"due within 365 days", {"2026-11-23", core::review_due_until("2026-11-23", 365), "", "", 0}}};
  for (const Case& c : cases) {
    std::vector<double> ms;
    std::size_t rows = 0;
    for (int i = 0; i < runs; ++i) {
      const auto t0 = Clock::now();
      auto due = store::BenefitReviews(db).due(c.filter);
      ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
      if (!due) {
        std::fprintf(stderr, "review_due_bench: %s\n", due.error().message.c_str());
        std::exit(1);
      }
      rows = due->size();
    }
    std::sort(ms.begin(), ms.end());
    std::printf("%-10s %-20s %6zu rows, median %.1f ms, worst %.1f ms (%d runs)\n", name, c.what, rows,
                ms[ms.size() / 2], ms.back(), runs);
  }
}

}  // namespace

int main(int argc, char** argv) {
  const int recipients = argc > 1 ? std::atoi(argv[1]) : 50000;
  const int months = argc > 2 ? std::atoi(argv[2]) : 20;
  const int runs = argc > 3 ? std::atoi(argv[3]) : 7;
  const bool sqlite_only = argc > 4 && std::string(argv[4]) == "sqlite";
  std::printf("%d recipients, %d months of payments\n", recipients, months);
  const auto file = std::filesystem::temp_directory_path() / ("review_due_bench_" + std::to_string(::getpid()) + ".db");
  {
    auto db = store::open_store(file);
    if (!db) return std::fprintf(stderr, "review_due_bench: %s\n", db.error().message.c_str()), 1;
    const auto t0 = Clock::now();
    bench::seed_dynamic(*db, recipients, months);
    std::printf("sqlite     seeded in %.1f s\n", std::chrono::duration<double>(Clock::now() - t0).count());
    measure("sqlite", *db, runs);
  }
  for (const char* suffix : {"", "-wal", "-shm", ".audit", ".audit-wal", ".audit-shm"})
    std::filesystem::remove(file.string() + suffix);
  if (sqlite_only) return 0;
  auto uri = bench::bench_pg_uri("review_due_bench");
  if (!uri) return std::fprintf(stderr, "review_due_bench: %s\n", uri.error().message.c_str()), 1;
  auto db = store::open_store(*uri);
  if (!db) return std::fprintf(stderr, "review_due_bench: %s\n", db.error().message.c_str()), 1;
  const auto t0 = Clock::now();
  bench::seed_dynamic(*db, recipients, months);
  std::printf("postgresql seeded in %.1f s\n", std::chrono::duration<double>(Clock::now() - t0).count());
  measure("postgresql", *db, runs);
  return 0;
}
