// The command-line contract: --help lists every subcommand, exit codes, stdout only the result.
#include <doctest/doctest.h>

#include <array>
#include <cstdio>
#include <string>

#include "command_run.h"
#include <sys/wait.h>

#include "app/commands/command.h"

namespace {
struct Run {
  int status;
  std::string out;
};
Run run(const std::string& args) {
  auto r = cli_test::run_onewindow(args);
  return {r.exit_code, r.out};
}
}  // namespace

TEST_CASE("--help lists every registered subcommand") {
  auto r = run("--help");
  CHECK(r.status == 0);
  for (const auto& c : app::all_commands())
    CHECK_MESSAGE(r.out.find("onewindow " + std::string(c.name)) != std::string::npos, "missing " << c.name);
}

TEST_CASE("version prints one line with the version") {
  auto r = run("version");
  CHECK(r.status == 0);
  CHECK(r.out == std::string("onewindow ") + ONEWINDOW_VERSION + "\n");
}

TEST_CASE("usage errors exit 2 and print nothing on stdout") {
  for (const char* a : {"frobnicate", "version extra", "screenshot", "screenshot --screen nowhere --out /tmp/x.png",
                        "screenshot --screen welcome --out /tmp/x.png --size big", "--mode lobby",
                        "screenshot --screen welcome --out /tmp/x.png --mode counter", "run --bogus"}) {
    auto r = run(a);
    CHECK_MESSAGE(r.status == 2, a);
    CHECK_MESSAGE(r.out.empty(), a);
  }
}

TEST_CASE("a bad config file stops start-up with exit 2") {
  FILE* f = std::fopen("/tmp/onewindow-cli-test-bad.toml", "w");
  REQUIRE(f);
  std::fputs("[terminal]\nmode = \"lobby\"\n", f);
  std::fclose(f);
  auto r = run("screenshot --screen welcome --out /tmp/x.png --config /tmp/onewindow-cli-test-bad.toml");
  CHECK(r.status == 2);
  std::remove("/tmp/onewindow-cli-test-bad.toml");
}
