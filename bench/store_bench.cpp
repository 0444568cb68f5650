// Store costs at county scale: importing rosters (花名册) and the kiosk's status look-up.
//   50,000 recipients: one benefit roll of 50,000 rows, then 20 monthly payment rosters of 50,000
//   rows each (1,000,000 payment rows), imported through the same parse + import path as
//   `onewindow roster import`; then status look-ups for random recipients as `onewindow status` and
//   the kiosk make them: the store's rows (store::StatusQuery, audit row included) and the masked view
//   with hints core builds from them (core::resident_status). Plain lines on stdout.
//   Each import commits durably (WAL synced at synchronous=FULL) and leaves copying the WAL back into
//   the database file to an idle moment, as the app's store worker does (Database::
//   checkpoint_when_idle): the bench runs that checkpoint after each import and before the look-ups,
//   timed on its own line, and also prints the import rate counting it.
//
//   build/bench/store_bench [recipients] [months] [lookups]
#include <unistd.h>

#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "base/id_number.h"
#include "core/domain/roster.h"
#include "core/kiosk/resident_status.h"
#include "store/applications_table.h"
#include "store/audit_log.h"
#include "store/benefits_table.h"
#include "store/payments_table.h"
#include "store/residents_table.h"
#include "store/hall_key.h"
#include "store/roster_import.h"
#include "store/schema.h"
#include "store/status_query.h"

namespace {

using Clock = std::chrono::steady_clock;
double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }
// CPU seconds of this process: on a shared, busy machine wall time includes waiting for a core.
double cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

std::string id_for(int i) {
  // Birth dates spread over 1930–1999, sequence from the index: unique and valid.
  int year = 1930 + i % 70, month = 1 + (i / 70) % 12, day = 1 + (i / 840) % 28;
  char first17[24];
  std::snprintf(first17, sizeof first17, "320102%04d%02d%02d%03d", year, month, day, (i / 23520) % 1000);
  return std::string(first17) + base::id_check_character(first17);
}

const char* kNames[] = {"张秀英", "王建国", "李䶮", "刘𠀾华", "陈桂兰", "欧阳春英", "赵德明", "孙玉珍"};

void fail(const std::string& what) {
  std::fprintf(stderr, "store_bench: %s\n", what.c_str());
  std::exit(1);
}

}  // namespace

int main(int argc, char** argv) {
  const int recipients = argc > 1 ? std::atoi(argv[1]) : 50'000;
  const int months = argc > 2 ? std::atoi(argv[2]) : 20;
  const int lookups = argc > 3 ? std::atoi(argv[3]) : 20'000;
  const auto dir = std::filesystem::temp_directory_path() / ("onewindow-store-bench-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const auto file = dir / "bench.db";
  auto db = store::open_store(file);
  if (!db) fail(db.error().message);

  std::vector<std::string> ids;
  ids.reserve(static_cast<std::size_t>(recipients));
  for (int i = 0; i < recipients; ++i) ids.push_back(id_for(i));

  // Benefit roll.
  std::string roll = "身份证号,姓名,救助类别,状态,月标准金额,起始日期,下次年审日期\n";
  for (int i = 0; i < recipients; ++i)
    roll += ids[static_cast<std::size_t>(i)] + "," + kNames[i % 8] + "," + (i % 5 == 0 ? "高龄津贴" : "农村低保") +
            ",在保,359.17,2024-01-01,2027-01-01\n";
  double parse_s = 0, import_s = 0, cpu_s = 0, idle_ckpt_s = 0, idle_ckpt_cpu_s = 0;
  long rows = 0;
  // The idle moment after an import (the county imports one roster a month).
  auto checkpoint_when_idle = [&] {
    const double c0 = cpu_seconds();
    auto t0 = Clock::now();
    auto c = db->checkpoint_when_idle();
    idle_ckpt_s += seconds_since(t0);
    idle_ckpt_cpu_s += cpu_seconds() - c0;
    if (!c) fail(c.error().message);
    if (!c->wal_emptied) fail("idle checkpoint left " + std::to_string(c->frames_left) + " frames");
  };
  auto import_text = [&](const std::string& text) {
    const double c0 = cpu_seconds();
    auto t0 = Clock::now();
    auto parsed = core::parse_roster(text);
    parse_s += seconds_since(t0);
    if (!parsed.ok()) fail(core::describe(parsed.problems.front(), "generated roster"));
    t0 = Clock::now();
    auto report = store::import_roster(db.value(), parsed.roster);
    import_s += seconds_since(t0);
    cpu_s += cpu_seconds() - c0;
    if (!report) fail(report.error().message);
    rows += report->rows;
    checkpoint_when_idle();
  };
  import_text(roll);
  // Monthly payment rosters, oldest first, as the county sends them.
  for (int m = 0; m < months; ++m) {
    int total = 2025 * 12 + m;  // from 2025-01
    char period[8];
    std::snprintf(period, sizeof period, "%04d-%02d", total / 12, total % 12 + 1);
    std::string roster = "身份证号,姓名,救助类别,发放月份,金额,发放日期,发放渠道,发放状态\n";
    roster.reserve(static_cast<std::size_t>(recipients) * 110);
    for (int i = 0; i < recipients; ++i)
      roster += ids[static_cast<std::size_t>(i)] + "," + kNames[i % 8] + "," + (i % 5 == 0 ? "高龄津贴" : "农村低保") +
                "," + period + ",359.17," + period + "-10,惠农一卡通,已发放\n";
    import_text(roster);
  }
  std::printf("roster import: %ld rows (1 benefit roll + %d monthly payment rosters of %d rows)\n", rows, months,
              recipients);
  std::printf("  parse+check %.2f s, store %.2f s, total %.2f s = %.0f rows/s (store only %.0f rows/s)\n", parse_s,
              import_s, parse_s + import_s, rows / (parse_s + import_s), rows / import_s);
  std::printf("  CPU time %.2f s = %.0f rows per CPU-second\n", cpu_s, rows / cpu_s);
  std::printf("  idle WAL checkpoints after the imports: %.2f s (CPU %.2f s); counting them: %.0f rows/s wall, "
              "%.0f rows per CPU-second\n",
              idle_ckpt_s, idle_ckpt_cpu_s, rows / (parse_s + import_s + idle_ckpt_s),
              rows / (cpu_s + idle_ckpt_cpu_s));

  // Re-import of the last month: every row unchanged.
  {
    auto t0 = Clock::now();
    std::string roster = "身份证号,姓名,救助类别,发放月份,金额,发放日期,发放渠道,发放状态\n";
    int total = 2025 * 12 + months - 1;
    char period[8];
    std::snprintf(period, sizeof period, "%04d-%02d", total / 12, total % 12 + 1);
    for (int i = 0; i < recipients; ++i)
      roster += ids[static_cast<std::size_t>(i)] + "," + kNames[i % 8] + "," + (i % 5 == 0 ? "高龄津贴" : "农村低保") +
                "," + period + ",359.17," + period + "-10,惠农一卡通,已发放\n";
    auto parsed = core::parse_roster(roster);
    auto report = store::import_roster(db.value(), parsed.roster);
    if (!report) fail(report.error().message);
    std::printf("re-import of one month (%ld rows, %ld unchanged): %.0f rows/s\n", report->rows, report->unchanged,
                report->rows / seconds_since(t0));
    checkpoint_when_idle();
  }

  auto key = store::HallKey::from_bytes(store::HallKey::Bytes{});
  std::vector<core::EligibilityRule> rules = {
      {"gaoling", "80-89", 80, 89, {core::BenefitType::OldAgeAllowance}, "年满80周岁"},
      {"gaoling", "90-99", 90, 99, {core::BenefitType::OldAgeAllowance}, "年满90周岁"},
      {"gaoling", "100+", 100, std::nullopt, {core::BenefitType::OldAgeAllowance}, "年满100周岁"}};
  store::StatusQuery query(db.value(), key);
  std::vector<double> us;
  us.reserve(static_cast<std::size_t>(lookups));
  std::uint64_t x = 88172645463325252ull;
  std::size_t shown_payments = 0;
  const double lookup_cpu0 = cpu_seconds();
  for (int i = 0; i < lookups; ++i) {
    x ^= x << 13, x ^= x >> 7, x ^= x << 17;
    const std::string& id = ids[x % ids.size()];
    auto t0 = Clock::now();
    auto rows = query.look_up({id, "bench", store::kWhyKioskCheck, "2026-11-23 10:00:00"});
    if (!rows || !rows.value()) fail("look-up failed for " + id);
    const core::ResidentStatus s = core::resident_status(std::move(*rows.value()), rules, "2026-11-23");
    us.push_back(seconds_since(t0) * 1e6);
    shown_payments += s.payments.size();
  }
  const double lookup_cpu_us = (cpu_seconds() - lookup_cpu0) * 1e6 / lookups;
  const int wal_frames_after = db->wal_frames();
  std::sort(us.begin(), us.end());
  auto pct = [&](double p) { return us[static_cast<std::size_t>(p * static_cast<double>(us.size() - 1))]; };
  std::printf("status look-up (StatusQuery incl. its audit-log commit at synchronous=NORMAL, then core's masked view): "
              "%d look-ups, p50 %.0f us, "
              "p99 %.0f us, max %.0f us (%.1f payments shown on average)\n",
              lookups, pct(0.50), pct(0.99), us.back(), static_cast<double>(shown_payments) / lookups);
  // CPU per look-up does not depend on how many other processes wait for a core.
  std::printf("  p99.9 %.0f us; CPU time %.0f us per look-up; no idle checkpoint during the look-ups (WAL: %d "
              "frames at the end, automatic checkpoint at %d)\n",
              pct(0.999), lookup_cpu_us, wal_frames_after, store::kWalCheckpointFrames);

  // The same reads without the audit write: what the look-up costs when no commit is involved.
  {
    std::vector<double> reads;
    reads.reserve(static_cast<std::size_t>(lookups));
    store::ResidentsTable residents(db.value());
    store::BenefitsTable benefits(db.value());
    store::PaymentsTable payments(db.value());
    store::ApplicationsTable applications(db.value());
    const double reads_cpu0 = cpu_seconds();
    for (int i = 0; i < lookups; ++i) {
      x ^= x << 13, x ^= x >> 7, x ^= x << 17;
      const std::string& id = ids[x % ids.size()];
      auto t0 = Clock::now();
      bool ok = residents.find(id).ok() && benefits.for_resident(id).ok() &&
                payments.latest(id, core::kStatusPaymentsShown).ok() && applications.open_with_history_for(id).ok();
      reads.push_back(seconds_since(t0) * 1e6);
      if (!ok) fail("read failed for " + id);
    }
    const double reads_cpu_us = (cpu_seconds() - reads_cpu0) * 1e6 / lookups;
    std::sort(reads.begin(), reads.end());
    auto rp = [&](double p) { return reads[static_cast<std::size_t>(p * static_cast<double>(reads.size() - 1))]; };
    std::printf("status reads only (no audit commit): p50 %.0f us, p99 %.0f us, max %.0f us; CPU time %.0f us per "
                "look-up\n",
                rp(0.50), rp(0.99), reads.back(), reads_cpu_us);
  }

  if (auto c = db->exec("PRAGMA wal_checkpoint(TRUNCATE)"); !c) fail(c.error().message);
  std::error_code ec;
  auto wal = std::filesystem::file_size(file.string() + "-wal", ec);
  auto size = std::filesystem::file_size(file) + (ec ? 0 : wal);
  std::printf("database file: %.1f MB for %d residents, %d benefits, %ld payment rows (%.0f bytes/payment row)\n",
              static_cast<double>(size) / 1e6, recipients, recipients, rows - recipients,
              static_cast<double>(size) / static_cast<double>(rows));
  db = base::Error{"closed"};
  std::filesystem::remove_all(dir);
  return 0;
}
