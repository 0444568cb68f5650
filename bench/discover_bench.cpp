// 主动发现 at county scale (issue 20, target ≤ 1 s): every rule of assets/catalog/eligibility.toml
// (turning 80/90/100 this month without 高龄津贴, 残疾人证 without the subsidies, 低保 ended in the
// last 6 months, payments failed two months running) over 50,000 recipients with 20 months of
// payments (1,000,000 rows), as the back office's tab and `onewindow discover` read it
// (store::DiscoveryList::find). On a SQLite file and on PostgreSQL. Plain lines on stdout.
//
//   scripts/pg-test-server.sh run build/bench/discover_bench [recipients] [months] [runs]  (default 50000 20 7)
//   build/bench/discover_bench [recipients] [months] [runs] sqlite                          (SQLite only)
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "app/catalog_file.h"
#include "app/paths.h"
#include "bench_pg.h"
#include "dynamic_seed.h"
#include "store/discovery_list.h"
#include "store/schema.h"

namespace {

using Clock = std::chrono::steady_clock;

void measure(const char* name, store::Database& db, const std::vector<core::EligibilityRule>& rules, int runs) {
  std::vector<double> ms;
  std::size_t found = 0;
  for (int i = 0; i < runs; ++i) {
    const auto t0 = Clock::now();
    auto entries = store::DiscoveryList(db).find(rules, "2026-11-23");
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    if (!entries) {
      std::fprintf(stderr, "discover_bench: %s\n", entries.error().message.c_str());
      std::exit(1);
    }
    found = entries->size();
  }
  std::sort(ms.begin(), ms.end());
  std::printf("%-10s discover: %zu entries, median %.1f ms, worst %.1f ms (%d runs)\n", name, found, ms[ms.size() / 2],
              ms.back(), runs);
}

}  // namespace

int main(int argc, char** argv) {
  const int recipients = argc > 1 ? std::atoi(argv[1]) : 50000;
  const int months = argc > 2 ? std::atoi(argv[2]) : 20;
  const int runs = argc > 3 ? std::atoi(argv[3]) : 7;
  const bool sqlite_only = argc > 4 && std::string(argv[4]) == "sqlite";
  auto assets = app::load_catalog_assets(app::paths::assets_dir());
  if (!assets) {
    std::fprintf(stderr, "discover_bench: %s\n", assets.error().message.c_str());
    return 1;
  }
  std::printf("%d recipients, %d months of payments, %zu rules\n", recipients, months, assets->eligibility.size());
  const auto file = std::filesystem::temp_directory_path() / ("discover_bench_" + std::to_string(::getpid()) + ".db");
  {
    auto db = store::open_store(file);
    if (!db) return std::fprintf(stderr, "discover_bench: %s\n", db.error().message.c_str()), 1;
    const auto t0 = Clock::now();
    bench::seed_dynamic(*db, recipients, months);
    std::printf("sqlite     seeded in %.1f s\n", std::chrono::duration<double>(Clock::now() - t0).count());
    measure("sqlite", *db, assets->eligibility, runs);
  }
  for (const char* suffix : {"", "-wal", "-shm", ".audit", ".audit-wal", ".audit-shm"})
    std::filesystem::remove(file.string() + suffix);
  if (sqlite_only) return 0;
  auto uri = bench::bench_pg_uri("discover_bench");
  if (!uri) return std::fprintf(stderr, "discover_bench: %s\n", uri.error().message.c_str()), 1;
  auto db = store::open_store(*uri);
  if (!db) return std::fprintf(stderr, "discover_bench: %s\n", db.error().message.c_str()), 1;
  const auto t0 = Clock::now();
  bench::seed_dynamic(*db, recipients, months);
  std::printf("postgresql seeded in %.1f s\n", std::chrono::duration<double>(Clock::now() - t0).count());
  measure("postgresql", *db, assets->eligibility, runs);
  return 0;
}
