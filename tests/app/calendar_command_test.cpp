// Runs the built `onewindow calendar due|years` as a process, against the shipped holiday file
// (2026's notice only) and against files of its own.
#include <doctest/doctest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "command_run.h"

namespace {
using cli_test::run_onewindow;

std::string count_lines(const std::string& s) {
  std::size_t n = 0;
  for (char c : s) n += c == '\n';
  return std::to_string(n);
}
}  // namespace

TEST_CASE("calendar due: into a year without its notice, the statutory 元旦 counts and the date is provisional") {
  // The case: 低保 accepted 2026-12-02, 30 working days.
  auto r = run_onewindow("calendar due --from 2026-12-02 --working-days 30");
  CHECK(r.exit_code == 0);
  CHECK(r.out == "2027-01-14 provisional\n");
  CHECK(r.err.empty());
  // Inside 2026, whose notice is loaded: firm, with the notice's 国庆 and make-up Saturday.
  r = run_onewindow("calendar due --from 2026-09-29 --working-days 4");
  CHECK(r.exit_code == 0);
  CHECK(r.out == "2026-10-10\n");
}

TEST_CASE("calendar due: a notice for the next year makes the same date firm") {
  const auto file = std::filesystem::temp_directory_path() / ("onewindow_holidays_" + std::to_string(::getpid()) + ".toml");
  {
    std::ofstream f(file);
    f << "[[year]]\nyear = 2026\nholidays = []\nworkdays = []\n"
         "[[year]]\nyear = 2027\nholidays = [\"2027-01-01\", \"2027-01-02\", \"2027-01-03\"]\nworkdays = []\n";
  }
  auto r = run_onewindow("calendar due --from 2026-12-02 --working-days 30 --holidays " + file.string());
  CHECK(r.exit_code == 0);
  CHECK(r.out == "2027-01-14\n");
  r = run_onewindow("calendar years --today 2026-12-02 --through 2028 --holidays " + file.string());
  CHECK(r.exit_code == 0);
  CHECK(r.out == "2026 loaded\n2027 loaded\n2028 missing\n");
  std::filesystem::remove(file);
}

TEST_CASE("calendar due: a malformed date or count is one line on stderr and exit 2") {
  for (const char* args : {"calendar due --from 2026-02-30 --working-days 3", "calendar due --from 2026-2-3 --working-days 3",
                           "calendar due --from 2026-12-02 --working-days -1",
                           "calendar due --from 2026-12-02 --working-days 3x", "calendar due --from 2026-12-02",
                           "calendar due --working-days 3", "calendar due --from 2026-12-02 --working-days 99999999"}) {
    CAPTURE(args);
    auto r = run_onewindow(args);
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(count_lines(r.err) == "1");
  }
}

TEST_CASE("calendar years: the shipped file has 2026's notice and lacks 2027's") {
  auto r = run_onewindow("calendar years --today 2026-12-02");
  CHECK(r.exit_code == 0);
  CHECK(r.out == "2026 loaded\n2027 missing\n");
  r = run_onewindow("calendar years --today 2026-13-01");
  CHECK(r.exit_code == 2);
}
