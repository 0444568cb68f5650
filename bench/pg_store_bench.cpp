// The kiosk's status look-up on the PostgreSQL hall store at county scale: 50,000 recipients with a
// benefit each and 20 months of payments (1,000,000 payment rows), reached over the Unix socket;
// look-ups for random recipients through store::StatusQuery (audit row included, as the kiosk and
// `onewindow status` make them). The rows are written server-side (INSERT … SELECT over
// generate_series) so filling the store takes seconds; then one monthly payment roster of every
// recipient goes through the same import path as `onewindow roster import` (store::import_roster).
// Plain lines on stdout.
//
//   scripts/pg-test-server.sh run build/bench/pg_store_bench [recipients] [months] [lookups]
//   (or: build/bench/pg_store_bench with ONEWINDOW_BENCH_PG_URI=postgresql://… of an empty database)
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "base/id_number.h"
#include "core/domain/roster.h"
#include "store/audit_log.h"
#include "store/hall_key.h"
#include "bench_pg.h"
#include "store/roster_import.h"
#include "store/schema.h"
#include "store/status_query.h"

namespace {

using Clock = std::chrono::steady_clock;
double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

std::string id_for(int i) {
  int year = 1930 + i % 70, month = 1 + (i / 70) % 12, day = 1 + (i / 840) % 28;
  char first17[24];
  std::snprintf(first17, sizeof first17, "320102%04d%02d%02d%03d", year, month, day, (i / 23520) % 1000);
  return std::string(first17) + base::id_check_character(first17);
}

[[noreturn]] void fail(const std::string& what) {
  std::fprintf(stderr, "pg_store_bench: %s\n", what.c_str());
  std::exit(1);
}

void exec(store::Database& db, const std::string& sql) {
  if (auto s = db.exec(sql); !s) fail(s.error().message);
}


}  // namespace

int main(int argc, char** argv) {
  const int recipients = argc > 1 ? std::atoi(argv[1]) : 50000;
  const int months = argc > 2 ? std::atoi(argv[2]) : 20;
  const int lookups = argc > 3 ? std::atoi(argv[3]) : 5000;
  auto bench_uri = bench::bench_pg_uri("onewindow_bench");
  if (!bench_uri) fail(bench_uri.error().message);
  const std::string uri = *bench_uri;
  auto db = store::open_store(uri);
  if (!db) fail(db.error().message);

  // Residents in batches of 1,000 rows per statement, then benefits and payments server-side.
  auto t0 = Clock::now();
  std::vector<std::string> ids;
  ids.reserve(static_cast<std::size_t>(recipients));
  for (int i = 0; i < recipients; ++i) ids.push_back(id_for(i));
  for (int start = 0; start < recipients; start += 1000) {
    std::string sql = "INSERT INTO residents(id_number, name, gender, birth) VALUES ";
    for (int i = start; i < std::min(recipients, start + 1000); ++i)
      sql += std::string(i == start ? "" : ",") + "('" + ids[static_cast<std::size_t>(i)] + "', '张秀英', '女', '1950-01-01')";
    exec(db.value(), sql);
  }
  exec(db.value(),
       "INSERT INTO benefits(id_number, benefit_type, status, monthly_amount_fen, since, next_review) SELECT id_number, '农村低保', 'active', 35917, '2024-01-01', '2026-12-31' FROM residents");
  exec(db.value(), "INSERT INTO payments SELECT r.id, to_char(date '2025-01-01' + make_interval(months => m), 'YYYY-MM'), "
                   "'农村低保', 35917, to_char(date '2025-01-10' + make_interval(months => m), 'YYYY-MM-DD'), "
                   "'惠农一卡通', 'paid' FROM residents r, generate_series(0, " + std::to_string(months - 1) + ") m");
  exec(db.value(), "ANALYZE");
  std::printf("filled: %d recipients, %d benefits, %ld payments in %.1f s (server-side)\n", recipients, recipients,
              static_cast<long>(recipients) * months, seconds_since(t0));

  // One more month through the import path of `onewindow roster import`.
  {
    core::Roster roster;
    roster.kind = core::RosterKind::PaymentRoster;
    char period[8];
    std::snprintf(period, sizeof period, "%04d-%02d", 2025 + months / 12, months % 12 + 1);
    for (int i = 0; i < recipients; ++i) {
      core::PaymentRosterRow row;
      row.line = i + 2;
      row.name = "张秀英";
      row.payment = {ids[static_cast<std::size_t>(i)], core::BenefitType::RuralDibao, period, 35917,
                     std::string(period) + "-10", "惠农一卡通", core::PaymentStatus::Paid};
      roster.payments.push_back(std::move(row));
    }
    auto t1 = Clock::now();
    auto report = store::import_roster(db.value(), roster);
    if (!report) fail(report.error().message);
    const double s = seconds_since(t1);
    std::printf("roster import of one month through store::import_roster: %ld rows in %.1f s = %.0f rows/s\n",
                report->rows, s, static_cast<double>(report->rows) / s);
  }

  const store::HallKey key = store::HallKey::from_bytes(store::HallKey::Bytes{});
  store::StatusQuery query(db.value(), key);
  std::vector<double> us;
  us.reserve(static_cast<std::size_t>(lookups));
  std::uint64_t x = 88172645463325252ull;
  std::size_t shown = 0;
  for (int i = 0; i < lookups + 200; ++i) {
    x ^= x << 13, x ^= x >> 7, x ^= x << 17;
    const std::string& id = ids[x % ids.size()];
    auto t = Clock::now();
    auto rows = query.look_up({id, "bench", store::kWhyKioskCheck, "2026-11-23 10:00:00"});
    if (!rows || !rows.value()) fail("look-up failed for " + id + (rows ? "" : ": " + rows.error().message));
    if (i < 200) continue;  // the first look-ups prepare the statements on the server
    us.push_back(seconds_since(t) * 1e6);
    shown += rows.value()->payments.size();
  }
  std::sort(us.begin(), us.end());
  auto pct = [&](double p) { return us[static_cast<std::size_t>(p * static_cast<double>(us.size() - 1))]; };
  std::printf("status look-up on PostgreSQL over the Unix socket (StatusQuery incl. its audit-row commit): %d look-ups, "
              "p50 %.0f us, p99 %.0f us, p99.9 %.0f us, max %.0f us (%.1f payments shown on average)\n",
              lookups, pct(0.50), pct(0.99), pct(0.999), us.back(), static_cast<double>(shown) / lookups);
  return 0;
}
