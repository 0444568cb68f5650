// Kiosk look-ups while a large roster imports into the same SQLite store (issue 16: a look-up
// during an import answers within 50 ms p99; the import stays one all-or-nothing transaction).
//   1. A store with a benefit roll of PEOPLE recipients (imported here, in-process).
//   2. A payment roster of ROWS rows written to a file: the PEOPLE recipients plus new people,
//      one month (ROWS - PEOPLE new residents: the heaviest import of that size).
//   3. `onewindow roster import FILE --db STORE` started as a process (check pass, then the write
//      transaction; its progress lines on stderr are timestamped here), while this process looks up
//      random recipients as the kiosk does (store::StatusQuery on its own connection, audit row
//      included), one every PAUSE_MS, until the import exits.
// Prints p50/p99/max of the look-ups before the import, during its check pass and during its write
// transaction (from the moment the write pass began: one second before its first "writing"
// progress line), and the import's own figures.
//
//   build/bench/import_lookup_bench [ONEWINDOW_BINARY] [ROWS] [PEOPLE] [PAUSE_MS]
//   defaults: build/src/app/onewindow 1000000 50000 10
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "base/id_number.h"
#include "core/domain/roster.h"
#include "store/audit_log.h"
#include "store/hall_key.h"
#include "store/roster_import.h"
#include "store/schema.h"
#include "store/status_query.h"

namespace {

using Clock = std::chrono::steady_clock;
double ms_between(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double, std::milli>(b - a).count();
}

std::string id_for(int i) {
  int year = 1930 + i % 70, month = 1 + (i / 70) % 12, day = 1 + (i / 840) % 28;
  char first17[24];
  std::snprintf(first17, sizeof first17, "320102%04d%02d%02d%03d", year, month, day, (i / 23520) % 1000);
  return std::string(first17) + base::id_check_character(first17);
}

void fail(const std::string& what) {
  std::fprintf(stderr, "import_lookup_bench: %s\n", what.c_str());
  std::exit(1);
}

struct Sample {
  Clock::time_point at;
  double ms;
};

void print_stats(const char* label, std::vector<double> ms) {
  if (ms.empty()) {
    std::printf("  %-44s no look-ups\n", label);
    return;
  }
  std::sort(ms.begin(), ms.end());
  auto pct = [&](double p) { return ms[std::min(ms.size() - 1, static_cast<std::size_t>(p * static_cast<double>(ms.size())))]; };
  std::printf("  %-44s %6zu look-ups  p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms\n", label, ms.size(), pct(0.50),
              pct(0.99), ms.back());
}

}  // namespace

int main(int argc, char** argv) {
  const std::string binary = argc > 1 ? argv[1] : "build/src/app/onewindow";
  const int rows = argc > 2 ? std::atoi(argv[2]) : 1'000'000;
  const int people = argc > 3 ? std::atoi(argv[3]) : 50'000;
  const int pause_ms = argc > 4 ? std::atoi(argv[4]) : 10;
  if (rows < people || people < 1) fail("ROWS must be at least PEOPLE, PEOPLE at least 1");
  const auto dir = std::filesystem::temp_directory_path() / ("onewindow-import-lookup-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const auto store_file = dir / "hall.db";
  const auto roster_file = dir / "payments.csv";

  // 1. The store with its recipients.
  {
    auto db = store::open_store(store_file);
    if (!db) fail(db.error().message);
    std::string roll = "身份证号,姓名,救助类别,状态,月标准金额,起始日期,下次年审日期\n";
    for (int i = 0; i < people; ++i) roll += id_for(i) + ",张秀英,农村低保,在保,359.17,2024-01-01,2027-01-01\n";
    auto parsed = core::parse_roster(roll);
    if (!parsed.ok()) fail(core::describe(parsed.problems.front(), "benefit roll"));
    auto report = store::import_roster(db.value(), parsed.roster);
    if (!report) fail(report.error().message);
    if (auto c = db->checkpoint_when_idle(); !c) fail(c.error().message);
  }
  // 2. The roster file.
  {
    std::ofstream out(roster_file, std::ios::binary);
    out << "身份证号,姓名,救助类别,发放月份,金额,发放日期,发放渠道,发放状态\n";
    for (int i = 0; i < rows; ++i) out << id_for(i) << ",张秀英,农村低保,2026-10,359.17,2026-10-10,惠农一卡通,已发放\n";
    if (!out) fail("cannot write " + roster_file.string());
  }
  std::printf("store: %d recipients; roster: %d rows (%d of them new residents), %.1f MB\n", people, rows,
              rows - people, static_cast<double>(std::filesystem::file_size(roster_file)) / 1048576.0);

  auto kiosk = store::open_store(store_file);
  if (!kiosk) fail(kiosk.error().message);
  auto key = store::HallKey::from_bytes(store::HallKey::Bytes{});
  store::StatusQuery query(kiosk.value(), key);
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> pick(0, people - 1);
  auto look_up_once = [&] {
    const auto t0 = Clock::now();
    auto r = query.look_up({id_for(pick(rng)), "kiosk-01", store::kWhyKioskCheck, "2026-11-23 10:00:00"});
    const auto t1 = Clock::now();
    if (!r) fail("look-up: " + r.error().message);
    if (!r.value()) fail("look-up: a recipient was not found");
    return Sample{t0, ms_between(t0, t1)};
  };

  // Before the import.
  std::vector<double> before;
  for (int i = 0; i < 300; ++i) {
    before.push_back(look_up_once().ms);
    std::this_thread::sleep_for(std::chrono::milliseconds(pause_ms));
  }
  (void)kiosk->checkpoint_when_idle();

  // 3. The import as a process, its stderr read line by line.
  int err_pipe[2];
  if (::pipe(err_pipe) != 0) fail("pipe");
  const auto import_start = Clock::now();
  const pid_t child = ::fork();
  if (child < 0) fail("fork");
  if (child == 0) {
    ::dup2(err_pipe[1], 2);
    ::close(err_pipe[0]);
    ::close(err_pipe[1]);
    const int null = ::open("/dev/null", O_WRONLY);
    ::dup2(null, 1);
    ::execl(binary.c_str(), binary.c_str(), "roster", "import", roster_file.c_str(), "--db", store_file.c_str(),
            static_cast<char*>(nullptr));
    std::fprintf(stderr, "cannot run %s\n", binary.c_str());
    ::_exit(127);
  }
  ::close(err_pipe[1]);
  std::mutex mu;
  std::vector<std::pair<Clock::time_point, std::string>> lines;
  std::atomic<bool> import_done{false};
  std::thread reader([&] {
    FILE* f = ::fdopen(err_pipe[0], "r");
    char buf[4096];
    while (std::fgets(buf, sizeof buf, f)) {
      std::lock_guard lk(mu);
      lines.emplace_back(Clock::now(), buf);
    }
    std::fclose(f);
    import_done = true;
  });
  std::vector<Sample> during;
  while (!import_done) {
    during.push_back(look_up_once());
    std::this_thread::sleep_for(std::chrono::milliseconds(pause_ms));
  }
  reader.join();
  int status = 0;
  ::waitpid(child, &status, 0);
  const auto import_end = Clock::now();
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    for (const auto& [t, line] : lines) std::fputs(line.c_str(), stderr);
    fail("the import failed");
  }
  // The write pass: RosterProgress prints its first line a second after it starts.
  auto write_start = import_end;
  for (const auto& [t, line] : lines)
    if (line.find("roster import: writing") != std::string::npos) {
      write_start = t - std::chrono::seconds(1);
      break;
    }
  std::vector<double> checking, writing;
  for (const auto& s : during) (s.at < write_start ? checking : writing).push_back(s.ms);

  const double import_s = ms_between(import_start, import_end) / 1000.0;
  std::printf("import: %.1f s wall (%.0f rows/s), write pass %.1f s; its progress lines on stderr:\n", import_s,
              rows / import_s, ms_between(write_start, import_end) / 1000.0);
  for (const auto& [t, line] : lines) std::printf("  +%5.1f s  %s", ms_between(import_start, t) / 1000.0, line.c_str());
  std::printf("kiosk look-ups (StatusQuery with its audit row, one every %d ms):\n", pause_ms);
  print_stats("before the import", before);
  print_stats("during the check pass", checking);
  print_stats("during the write transaction", writing);

  std::error_code ec;
  std::filesystem::remove_all(dir, ec);
  return 0;
}
