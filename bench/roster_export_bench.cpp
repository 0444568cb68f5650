// The monthly payment roster out (`onewindow roster export`, issue 20, target ≤ 2 s for one month) at
// county scale: 50,000 recipients, each with a benefit (every fourth with a second one, 高龄津贴),
// 1 in 25 without an account, and 20 months of payments (1,000,000 rows) beside them, on a SQLite
// file and on PostgreSQL. Each run does what the command does — read the month's lines
// (store::payment_sources), order and total them (core::make_payment_roster), audit everyone on it
// as looked at while writing the file (app::export_payment_roster: 50,000 audit rows on a growing
// log) — and is timed whole and by part. Rows are written with INSERT …
// SELECT over a generated series, so filling takes seconds. Plain lines on stdout.
//
//   scripts/pg-test-server.sh run build/bench/roster_export_bench [recipients] [months] [runs]   (both stores)
//   build/bench/roster_export_bench [recipients] [months] [runs] sqlite                          (SQLite only)
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "app/roster_export.h"
#include "bench_pg.h"
#include "bench_store.h"
#include "store/audit_log.h"
#include "store/hall_key.h"
#include "store/payment_roster_source.h"
#include "store/schema.h"

namespace {

using Clock = std::chrono::steady_clock;
double ms_since(Clock::time_point t0) { return std::chrono::duration<double, std::milli>(Clock::now() - t0).count(); }
// CPU time of this process: on a loaded machine (builds beside the bench) wall time says more about
// the neighbours than about the export.
double cpu_ms() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

[[noreturn]] void fail(const std::string& what) {
  std::fprintf(stderr, "roster_export_bench: %s\n", what.c_str());
  std::exit(1);
}

void exec(store::Database& db, const std::string& sql) {
  if (auto s = db.exec(sql); !s) fail(s.error().message);
}

void fill(store::Database& db, int recipients, int months) {
  const bool pg = db.is_postgres();
  const std::string n = std::to_string(recipients);
  const std::string series = pg ? "generate_series(1, " + n + ") g(x)" : "g";
  const std::string with = pg ? "" : "WITH RECURSIVE g(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM g WHERE x < " + n + ") ";
  const std::string id = pg ? "'320102' || lpad(x::text, 12, '0')" : "'320102' || printf('%012d', x)";
  const std::string street =
      "CASE x % 6 WHEN 0 THEN '锁金村街道锁金一村' WHEN 1 THEN '锁金村街道锁金二村' WHEN 2 THEN '玄武门街道北京东路' "
      "WHEN 3 THEN '红山街道红山新村' WHEN 4 THEN '孝陵卫街道卫岗' ELSE '锁金村街道樱铁村' END";
  const std::string house = pg ? "(x % 60 + 1)::text" : "(x % 60 + 1)";
  const std::string account = pg ? "'621799' || lpad(x::text, 13, '0')" : "'621799' || printf('%013d', x)";
  const std::string month_of =
      pg ? "to_char(date '2025-01-01' + make_interval(months => m), 'YYYY-MM')"
         : "printf('%04d-%02d', 2025 + m / 12, m % 12 + 1)";
  const std::string months_series =
      pg ? "generate_series(0, " + std::to_string(months - 1) + ") m"
         : "(WITH RECURSIVE mm(m) AS (SELECT 0 UNION ALL SELECT m + 1 FROM mm WHERE m < " + std::to_string(months - 1) +
               ") SELECT m FROM mm)";
  const std::vector<std::string> steps = {
      "INSERT INTO residents(id_number, name, gender, birth, address) " + with + "SELECT " + id +
          ", '张秀英', '女', '1950-01-01', '江苏省南京市玄武区' || " + street + " || " + house + " || '幢' FROM " + series,
      "INSERT INTO benefits(id_number, benefit_type, status, monthly_amount_fen, since, next_review, payee_account, "
      "payee_bank) " + with + "SELECT " + id + ", '农村低保', 'active', 35917, '2024-01-01', '2027-06-30', "
          "CASE WHEN x % 25 = 0 THEN '' ELSE " + account + " END, CASE WHEN x % 25 = 0 THEN '' ELSE '惠农一卡通' END FROM " +
          series,
      "INSERT INTO benefits(id_number, benefit_type, status, monthly_amount_fen, since, next_review, payee_account, "
      "payee_bank) " + with + "SELECT " + id + ", '高龄津贴', 'active', 10000, '2024-01-01', '2027-06-30', " + account +
          ", '惠农一卡通' FROM " + series + " WHERE x % 4 = 0",
      "INSERT INTO payments(resident, period, benefit_type, amount_fen, paid_on, channel, status) SELECT r.id, " +
          month_of + ", '农村低保', 35917, '2025-01-10', '惠农一卡通', 'paid' FROM residents r, " + months_series +
          (pg ? "" : " AS mm"),
      "ANALYZE"};
  const auto t0 = Clock::now();
  for (const std::string& sql : steps) exec(db, sql);
  std::printf("  filled: %d recipients, %d months of payments in %.1f s\n", recipients, months, ms_since(t0) / 1000);
}

struct Times {
  double read = 0, build = 0, write = 0, total = 0, cpu = 0;
};

void measure(const char* name, store::Database& db, int runs, const std::filesystem::path& dir) {
  store::HallKey::Bytes bytes{};
  bytes.fill(9);
  const store::HallKey key = store::HallKey::from_bytes(bytes);
  for (const auto format : {app::RosterFormat::Xlsx, app::RosterFormat::Csv}) {
    const bool xlsx = format == app::RosterFormat::Xlsx;
    const auto out = dir / (std::string("roster-") + name + (xlsx ? ".xlsx" : ".csv"));
    std::vector<Times> all;
    long lines = 0;
    for (int i = 0; i < runs; ++i) {
      Times t;
      const auto t0 = Clock::now();
      const double c0 = cpu_ms();
      auto sources = store::payment_sources(db, "2026-08");
      if (!sources) fail(sources.error().message);
      t.read = ms_since(t0);
      const auto t1 = Clock::now();
      const auto roster = core::make_payment_roster("2026-08", std::move(*sources));
      t.build = ms_since(t1);
      const auto t2 = Clock::now();
      if (auto s = app::export_payment_roster(db, key, roster, {"2026-09-01 09:00:00", "P01"}, format, app::RosterEncoding::Utf8, out);
          !s)
        fail(s.error().message);
      t.write = ms_since(t2);
      t.total = ms_since(t0);
      t.cpu = cpu_ms() - c0;
      lines = roster.line_count;
      all.push_back(t);
    }
    std::sort(all.begin(), all.end(), [](const Times& a, const Times& b) { return a.total < b.total; });
    const Times& med = all[all.size() / 2];
    std::printf("  %s %s: %ld lines, %.1f MB; median %.0f ms (read %.0f, order+totals %.0f, audit and write %.0f; CPU %.0f ms), "
                "worst %.0f ms\n",
                name, xlsx ? "xlsx" : "csv ", lines, static_cast<double>(std::filesystem::file_size(out)) / 1e6,
                med.total, med.read, med.build, med.write, med.cpu, all.back().total);
  }
}

}  // namespace

int main(int argc, char** argv) {
  const int recipients = argc > 1 ? std::atoi(argv[1]) : 50000;
  const int months = argc > 2 ? std::atoi(argv[2]) : 20;
  const int runs = argc > 3 ? std::atoi(argv[3]) : 5;
  const bool sqlite_only = argc > 4 && std::string(argv[4]) == "sqlite";
  if (recipients < 1 || months < 1 || runs < 1) fail("usage: roster_export_bench [recipients] [months] [runs] [sqlite]");
  const auto dir = bench::data_dir() / "roster-export";
  std::filesystem::create_directories(dir);

  std::printf("roster export, one month, %d recipients, %ld payments, %d runs\n", recipients,
              static_cast<long>(recipients) * months, runs);
  {
    const auto file = dir / "roster-bench.db";
    std::filesystem::remove(file);
    std::filesystem::remove(store::audit_file_of(file));
    auto db = store::open_store(file);
    if (!db) fail(db.error().message);
    std::printf("SQLite (%s)\n", file.c_str());
    fill(*db, recipients, months);
    exec(*db, "PRAGMA wal_checkpoint(TRUNCATE)");
    measure("sqlite", *db, runs, dir);
  }
  if (!sqlite_only) {
    auto uri = bench::bench_pg_uri("onewindow_roster_bench");
    if (!uri) fail(uri.error().message);
    auto db = store::open_store(*uri);
    if (!db) fail(db.error().message);
    std::printf("PostgreSQL\n");
    fill(*db, recipients, months);
    measure("postgresql", *db, runs, dir);
  }
  return 0;
}
