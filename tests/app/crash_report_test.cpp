// Crash reports from the real terminal under Xvfb: SIGSEGV sent to a running `onewindow run` writes
// the signal, a backtrace with function names and the last log lines to stderr and a report file;
// the next start says 上次异常退出 with the time and keeps the report as previous-crash.txt.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <string>

#include "app/command_run.h"

namespace fs = std::filesystem;

namespace {

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Starts the terminal with stderr to `err`, waits for `line` in it (at most 20 s), then sends
// `signal` and reports how the process ended ("exit=N").
std::string run_until(const fs::path& dir, const std::string& err, const std::string& line, const std::string& signal) {
  const std::string env = "XDG_DATA_HOME=" + (dir / "data").string() + " XDG_CACHE_HOME=" + (dir / "cache").string();
  // Single-quoted for the outer shell: $!, $pid and $? belong to the inner one.
  const std::string script = env + " " ONEWINDOW_BINARY " run --demo --windowed 2>" + (dir / err).string() +
                             " & pid=$!; for i in $(seq 200); do grep -q \"" + line + "\" " + (dir / err).string() +
                             " && break; sleep 0.1; done; sleep 0.5; kill -" + signal +
                             " $pid; wait $pid; echo exit=$?";
  auto r = cli_test::run_command(ONEWINDOW_SOURCE_DIR "/scripts/with-xvfb.sh sh -c '" + script + "'");
  return r.out;
}

}  // namespace

TEST_CASE("crash report: SIGSEGV leaves a backtrace and the last log lines, the next start says so") {
  const fs::path dir = fs::temp_directory_path() / ("onewindow-crash-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "data");
  fs::create_directories(dir / "cache");

  // The terminal is up (its config line logged), then it crashes.
  const std::string first = run_until(dir, "first.err", "\\[app\\] config", "SEGV");
  CHECK(first.find("exit=139") != std::string::npos);  // 128 + SIGSEGV: the signal still ends it
  const std::string err = read_file(dir / "first.err");
  INFO(err);
  CHECK(err.find("[crash] fatal SIGSEGV (11)") != std::string::npos);
  // Frames name functions (the binary exports its symbols): at least one of the terminal's own.
  CHECK(std::regex_search(err, std::regex(R"(onewindow\(_Z[A-Za-z0-9_]+\+0x[0-9a-f]+\))")));
  const auto last_lines = err.find("[crash] the last log lines before it:");
  REQUIRE(last_lines != std::string::npos);
  CHECK(err.find("[app] config", last_lines) != std::string::npos);  // logged before, repeated in the report

  const fs::path report = dir / "data" / "onewindow" / "last-crash.txt";
  REQUIRE(fs::exists(report));
  CHECK((fs::status(report).permissions() & fs::perms::all) == (fs::perms::owner_read | fs::perms::owner_write));
  const std::string text = read_file(report);
  CHECK(std::regex_search(text, std::regex(R"(^time=\d+ signal=11\n)")));
  CHECK(text.find("[crash] the last log lines before it:") != std::string::npos);

  // The next start tells the technician, with the time, and keeps the report.
  const std::string second = run_until(dir, "second.err", "上次异常退出", "TERM");
  const std::string err2 = read_file(dir / "second.err");
  INFO(err2);
  CHECK(std::regex_search(err2, std::regex(R"(onewindow warn \[crash\] 上次异常退出：\d{4}-\d\d-\d\d \d\d:\d\d:\d\d（SIGSEGV）)")));
  CHECK_FALSE(fs::exists(report));
  CHECK(fs::exists(dir / "data" / "onewindow" / "previous-crash.txt"));
  CHECK(err2.find("[crash] fatal") == std::string::npos);  // SIGTERM is no crash
  fs::remove_all(dir);
}
