// `onewindow scenario` itself: a failed check exits 1 naming its line and what the screen showed; a
// wrong script exits 2 with its line; a run leaves nothing behind. Runs the built binary on a
// private Xvfb (scripts/with-xvfb.sh).
#include <doctest/doctest.h>
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

#include "command_run.h"

namespace {

using cli_test::Run;

class ScenarioDir {
 public:
  ScenarioDir() {
    std::random_device rd;
    dir_ = std::filesystem::temp_directory_path() / ("onewindow-scn-test-" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(dir_);
  }
  ~ScenarioDir() {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  std::filesystem::path write(const std::string& name, const std::string& text) const {
    const auto p = dir_ / name;
    std::ofstream(p, std::ios::binary) << text;
    return p;
  }
  const std::filesystem::path& dir() const { return dir_; }

  // The scenario command on its own Xvfb; TMPDIR points here so the runner's sandbox is visible.
  Run run(const std::filesystem::path& script, const std::string& extra = "") const {
    return cli_test::run_command("TMPDIR=" + dir_.string() + " ONEWINDOW_ASSETS=" + ONEWINDOW_SOURCE_DIR + "/assets " +
                                 ONEWINDOW_SOURCE_DIR + "/scripts/with-xvfb.sh " + ONEWINDOW_BINARY + " scenario " +
                                 script.string() + " " + extra);
  }

  // Sandboxes the runner left behind in TMPDIR (it should remove its own).
  int leftovers() const {
    int n = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir_))
      if (e.path().filename().string().rfind("onewindow-scenario-", 0) == 0) ++n;
    return n;
  }

 private:
  std::filesystem::path dir_;
};

}  // namespace

TEST_CASE("scenario: a failing expectation exits 1 with its line, the screen and the visible text") {
  ScenarioDir d;
  const auto f = d.write("fail.scn",
                         "# the terminal starts on welcome, never on a resident's status\n"
                         "start kiosk\n"
                         "expect screen welcome\n"
                         "\n"
                         "expect screen resident-status within 300ms\n"
                         "expect screen welcome\n");
  auto r = d.run(f);
  CHECK(r.exit_code == 1);
  const std::string at = f.string() + ":5: expect screen resident-status within 300ms: expected screen resident-status";
  CHECK_MESSAGE(r.err.find(at) != std::string::npos, r.err);
  CHECK_MESSAGE(r.err.find("screen was welcome, visible text: ") != std::string::npos, r.err);
  CHECK_MESSAGE(r.err.find("请将身份证放在读卡区") != std::string::npos, r.err);
  CHECK(r.out.empty());
  CHECK(d.leftovers() == 0);
}

TEST_CASE("scenario: a missing text and a missing button fail with exit 1 and say what is there") {
  ScenarioDir d;
  auto r = d.run(d.write("text.scn", "start\nexpect text \"no such words\" within 200ms\n"));
  CHECK(r.exit_code == 1);
  CHECK_MESSAGE(r.err.find(":2: expect text \"no such words\" within 200ms: expected text \"no such words\"") !=
                    std::string::npos,
                r.err);

  r = d.run(d.write("tap.scn", "start\nwait 100ms\ntap \"Nowhere\"\n"));
  CHECK(r.exit_code == 1);
  CHECK_MESSAGE(r.err.find(":3: tap \"Nowhere\": expected a widget labelled \"Nowhere\" (buttons on screen: ") !=
                    std::string::npos,
                r.err);
  CHECK_MESSAGE(r.err.find("\"English\"") != std::string::npos, r.err);  // the language button is listed
}

TEST_CASE("scenario: a passing script exits 0, prints steps only with --verbose, writes screenshots") {
  ScenarioDir d;
  const auto f = d.write("pass.scn",
                         "config ui.language = \"zh-CN\"\n"
                         "start kiosk size=1280x800 language=en\n"
                         "expect text \"Place your ID card on the reader\"\n"
                         "tap \"中文\"\n"
                         "expect text \"请将身份证放在读卡区\" within 2s\n"
                         "screenshot zh\n");
  auto quiet = d.run(f, "--screenshot-dir " + (d.dir() / "shots").string());
  CHECK_MESSAGE(quiet.exit_code == 0, quiet.err);
  CHECK(quiet.out.empty());
  CHECK(std::filesystem::file_size(d.dir() / "shots" / "zh.png") > 1000);
  auto loud = d.run(f, "--verbose");
  CHECK_MESSAGE(loud.exit_code == 0, loud.err);
  CHECK(loud.out.find(f.string() + ":4: tap at (") != std::string::npos);
  CHECK(loud.out.find(f.string() + ":5: ok") != std::string::npos);
  CHECK(d.leftovers() == 0);
}

TEST_CASE("scenario: script errors exit 2 with the line, before anything opens") {
  ScenarioDir d;
  auto r = d.run(d.write("bad.scn", "start\nwait 1s\nexpect screen\n"));
  CHECK(r.exit_code == 2);
  CHECK_MESSAGE(r.err.find("bad.scn:3: expect:") != std::string::npos, r.err);

  r = d.run(d.write("screen.scn", "start\nexpect screen lobby\n"));
  CHECK(r.exit_code == 2);
  CHECK_MESSAGE(r.err.find("screen.scn:2: no screen is called \"lobby\" (welcome, ") != std::string::npos, r.err);

  r = d.run(d.write("card.scn", "start\ncard 无名氏\n"));
  CHECK(r.exit_code == 2);
  CHECK_MESSAGE(r.err.find("card.scn:2: no sample card is named \"无名氏\" (张𠀾") != std::string::npos, r.err);

  // A bad roster row is reported at its line in the script.
  r = d.run(d.write("roster.scn",
                    "data roster\n"
                    "身份证号,姓名,救助类别,状态,月标准金额,起始日期,下次年审日期\n"
                    "320102194501011236,张老四,农村低保,在保,359.17,2024-01-01,2026-12-31\n"
                    "320102194501011230,张老四,农村低保,在保,359.17,2024-01-01,2026-12-31\n"
                    "end\n"
                    "start\n"));
  CHECK(r.exit_code == 2);
  CHECK_MESSAGE(r.err.find("roster.scn:4: column 身份证号") != std::string::npos, r.err);
  CHECK(d.leftovers() == 0);
}

TEST_CASE("scenario: the terminal uses the scenario's own store, or finds it unavailable") {
  ScenarioDir d;
  // The roster row the scenario states is what the terminal shows for sample card 0 (张𠀾).
  auto r = d.run(d.write("roster.scn",
                         "data roster\n"
                         "身份证号,姓名,救助类别,状态,月标准金额,起始日期,下次年审日期\n"
                         "11010519491231002X,张𠀾,高龄津贴,在保,100,2020-03-01,2027-03-01\n"
                         "end\n"
                         "start\n"
                         "card 张𠀾\n"
                         "expect text \"高龄津贴\" within 3s\n"
                         "expect text \"100.00\"\n"));
  CHECK_MESSAGE(r.exit_code == 0, r.err);

  // Without the row, the same card finds nobody.
  r = d.run(d.write("empty.scn", "data none\nstart\ncard 张𠀾\nwait 1s\nexpect no text \"高龄津贴\"\n"));
  CHECK_MESSAGE(r.exit_code == 0, r.err);

  r = d.run(d.write("down.scn", "store unavailable\nstart\ncard 张𠀾\nexpect text \"系统维护中\" within 3s\n"));
  CHECK_MESSAGE(r.exit_code == 0, r.err);
  CHECK(d.leftovers() == 0);
}
