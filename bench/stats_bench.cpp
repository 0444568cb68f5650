// The statistics screen's read at county scale (issue 20, target ≤ 200 ms): 50,000 recipients in
// households of three over 240 villages, each with a benefit and 20 months of payments (1,000,000
// payment rows), and 20,000 applications over the last year with their history — on a SQLite file
// and on PostgreSQL. Times one whole read (store::StatisticsSource::read: every aggregate statement
// and the working days counted with the county's calendar), 12 months and one month. The rows are
// written by the database itself (INSERT … SELECT over a series), so filling takes seconds. Plain
// lines on stdout.
//
//   scripts/pg-test-server.sh run build/bench/stats_bench [recipients] [months] [runs]   (default 50000 20 15)
//   build/bench/stats_bench [recipients] [months] [runs] sqlite                           (SQLite only)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include <unistd.h>

#include "app/catalog_file.h"
#include "app/paths.h"
#include "bench_pg.h"
#include "store/schema.h"
#include "store/stats_query.h"

namespace {

using Clock = std::chrono::steady_clock;
constexpr int kApplications = 20000;

[[noreturn]] void fail(const std::string& what) {
  std::fprintf(stderr, "stats_bench: %s\n", what.c_str());
  std::exit(1);
}

// The same rows on both stores, from a series 1..n made the store's way.
struct Dialect {
  bool pg;
  std::string series(const std::string& name, long n) const {
    return pg ? "generate_series(1, " + std::to_string(n) + ") " + name + "(x)" : name;
  }
  std::string with(const std::string& name, long n) const {
    return pg ? "" : "WITH RECURSIVE " + name + "(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM " + name + " WHERE x < " +
                         std::to_string(n) + ") ";
  }
  std::string padded(const std::string& x, int width) const {
    return pg ? "lpad((" + x + ")::text, " + std::to_string(width) + ", '0')" : "printf('%0" + std::to_string(width) + "d', " + x + ")";
  }
  // YYYY-MM of month k counted back from 2026-11 (k = 0).
  std::string month_back(const std::string& k) const {
    return pg ? "to_char(date '2026-11-01' - (" + k + ") * interval '1 month', 'YYYY-MM')"
              : "strftime('%Y-%m', '2026-11-01', '-' || (" + k + ") || ' months')";
  }
  std::string day_plus(const std::string& day, const std::string& n) const {
    return pg ? "to_char((" + day + ")::date + (" + n + ")::int, 'YYYY-MM-DD')" : "date(" + day + ", '+' || (" + n + ") || ' days')";
  }
};

void fill(store::Database& db, int recipients, int months) {
  const Dialect d{db.is_postgres()};
  const std::string r = std::to_string(recipients);
  const std::string id = "'B' || " + d.padded("x", 17);
  const std::vector<std::string> steps = {
      "INSERT INTO residents(id, id_number, name, address) " + d.with("g", recipients) + "SELECT x, " + id +
          ", '某某', '江苏省南京市玄武区第' || (x % 12) || '街道第' || (x % 240) || '村' || x || '号' FROM " + d.series("g", recipients),
      "INSERT INTO households(household_no, head_id_number) " + d.with("g", recipients) + "SELECT 'H' || x, " + id + " FROM " +
          d.series("g", recipients) + " WHERE x % 3 = 1",
      "INSERT INTO household_members(household_no, id_number, relation) " + d.with("g", recipients) +
          "SELECT 'H' || (x - (x - 1) % 3), " + id + ", '本人' FROM " + d.series("g", recipients),
      "INSERT INTO benefits(id_number, benefit_type, status, monthly_amount_fen, since, next_review) " + d.with("g", recipients) + "SELECT " + id +
          ", CASE x % 4 WHEN 0 THEN '农村低保' WHEN 1 THEN '高龄津贴' WHEN 2 THEN '困难残疾人生活补贴' ELSE '城市低保' END,"
          " CASE WHEN x % 20 = 0 THEN 'suspended' ELSE 'active' END, 20000 + (x % 50) * 1000, '2024-01-01', '2027-01-01' FROM " +
          d.series("g", recipients),
      "INSERT INTO payments " + d.with("g", recipients) + (d.pg ? "" : ", m(x) AS (SELECT 0 UNION ALL SELECT x + 1 FROM m WHERE x < " + std::to_string(months - 1) + ") ") +
          "SELECT g.x, " + d.month_back("m.x") +
          ", CASE g.x % 4 WHEN 0 THEN '农村低保' WHEN 1 THEN '高龄津贴' WHEN 2 THEN '困难残疾人生活补贴' ELSE '城市低保' END,"
          " 20000 + (g.x % 50) * 1000, '2026-01-10', '惠农一卡通', CASE WHEN (g.x + m.x) % 97 = 0 THEN 'failed' ELSE 'paid' END FROM " +
          d.series("g", recipients) + ", " + (d.pg ? "generate_series(0, " + std::to_string(months - 1) + ") m(x)" : "m"),
      // Applications over the last year: a third still open, the rest decided 1 to 40 days later.
      "INSERT INTO applications(uuid, acceptance_no, item_code, applicant_id, applicant_name, status, accepted_at, due) " +
          d.with("g", kApplications) + "SELECT 'u' || x, 'N' || " + d.padded("x", 8) +
          ", CASE x % 5 WHEN 0 THEN 'dibao' WHEN 1 THEN 'gaoling' WHEN 2 THEN 'canji' WHEN 3 THEN 'linshi' ELSE 'tekun' END, 'B' || " +
          d.padded("1 + x % " + r, 17) + ", '某某', CASE x % 3 WHEN 0 THEN 'reviewing' WHEN 1 THEN 'approved' ELSE 'rejected' END, " +
          d.day_plus("'2025-12-01'", "x % 350") + " || ' 09:00:00', " + d.day_plus("'2025-12-01'", "x % 350 + 30") + " FROM " +
          d.series("g", kApplications),
      "INSERT INTO application_events(application_uuid, to_status, who, at) SELECT uuid, 'accepted', 'C01', accepted_at FROM applications",
      "INSERT INTO application_events(application_uuid, from_status, to_status, who, at) SELECT uuid, 'publicized', status, 'P01', " +
          d.day_plus("substr(accepted_at, 1, 10)", "1 + length(uuid) * 7 % 40") + " || ' 15:00:00' FROM applications WHERE status <> 'reviewing'",
      // A county's store in its steady state: on PostgreSQL autovacuum has been by (the visibility
      // map lets index-only scans skip the table), instead of running during the measurement.
      d.pg ? "VACUUM ANALYZE" : "ANALYZE"};
  for (const std::string& sql : steps)
    if (auto s = db.exec(sql); !s) fail(s.error().message + "\n" + sql);
}

// ONEWINDOW_BENCH_PROFILE=1: each SQLite statement's time and text on stderr (sqlite3_trace_v2).
int profile(unsigned, void*, void* stmt, void* ns) {
  char* sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt*>(stmt));
  std::fprintf(stderr, "%8.1f ms  %.160s\n", static_cast<double>(*static_cast<sqlite3_int64*>(ns)) / 1e6, sql ? sql : "?");
  sqlite3_free(sql);
  return 0;
}

void measure(const char* name, store::Database& db, const core::HolidayCalendar& calendar, int runs) {
  if (std::getenv("ONEWINDOW_BENCH_PROFILE") && db.handle()) sqlite3_trace_v2(db.handle(), SQLITE_TRACE_PROFILE, profile, nullptr);
  for (int n : {12, 1}) {
    const auto months = core::months_ending("2026-11", n).value();
    std::vector<double> ms;
    core::StatisticsReport last;
    for (int i = 0; i < runs; ++i) {
      const auto t0 = Clock::now();
      auto r = store::StatisticsSource(db).read({months, "2026-11-23"}, calendar);
      if (!r) fail(r.error().message);
      ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
      last = std::move(*r);
    }
    std::sort(ms.begin(), ms.end());
    long received = 0, decided = 0, paid = 0;
    for (const auto& t : last.totals) received += t.received, decided += t.decided;
    for (const auto& t : last.payment_totals) paid += t.paid;
    std::printf("stats %s, %d month(s): %.1f ms median, %.1f ms worst of %d — received %ld, decided %ld, payments paid %ld, "
                "in payment %ld people in %ld households, %zu villages\n",
                name, n, ms[ms.size() / 2], ms.back(), runs, received, decided, paid, last.in_payment.people,
                last.in_payment.households, last.by_village.size());
  }
}

}  // namespace

int main(int argc, char** argv) {
  const int recipients = argc > 1 ? std::atoi(argv[1]) : 50000;
  const int months = argc > 2 ? std::atoi(argv[2]) : 20;
  const int runs = argc > 3 ? std::atoi(argv[3]) : 15;
  const bool sqlite_only = argc > 4 && std::string(argv[4]) == "sqlite";
  if (recipients < 1 || months < 1 || runs < 1) fail("usage: stats_bench [recipients] [months] [runs] [sqlite]");
  auto assets = app::load_catalog_assets(app::paths::assets_dir());
  if (!assets) fail(assets.error().message);
  {
    const auto dir = std::filesystem::temp_directory_path() / ("stats_bench." + std::to_string(getpid()));
    std::filesystem::create_directories(dir);
    auto db = store::open_store((dir / "county.db").string());
    if (!db) fail(db.error().message);
    const auto t0 = Clock::now();
    fill(*db, recipients, months);
    std::fprintf(stderr, "stats_bench: sqlite filled in %.1f s\n", std::chrono::duration<double>(Clock::now() - t0).count());
    measure("sqlite", *db, assets->holidays, runs);
    // ONEWINDOW_BENCH_KEEP=1 leaves the filled file for the sqlite3 shell (EXPLAIN QUERY PLAN, .timer).
    if (std::getenv("ONEWINDOW_BENCH_KEEP"))
      std::fprintf(stderr, "stats_bench: kept %s\n", (dir / "county.db").c_str());
    else
      std::filesystem::remove_all(dir);
  }
  if (sqlite_only) return 0;
  auto uri = bench::bench_pg_uri("onewindow_stats_bench");
  if (!uri) fail(uri.error().message);
  auto db = store::open_store(*uri);
  if (!db) fail(db.error().message);
  const auto t0 = Clock::now();
  fill(*db, recipients, months);
  std::fprintf(stderr, "stats_bench: postgresql filled in %.1f s\n", std::chrono::duration<double>(Clock::now() - t0).count());
  measure("postgresql", *db, assets->holidays, runs);
  return 0;
}
