// Runs the built `onewindow` binary: qr encode/decode/sign/verify and scanner decode.
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

using cli_test::Run;

// The key file and the default hall key both live in a private temp folder.
std::filesystem::path scratch() {
  auto d = std::filesystem::temp_directory_path() / ("ow-qr-cli-" + std::to_string(::getpid()));
  std::filesystem::create_directories(d);
  return d;
}

Run run(const std::string& args) {
  return cli_test::run_command("XDG_DATA_HOME=" + (scratch() / "xdg").string() + " " + std::string(ONEWINDOW_BINARY) +
                               " " + args);
}

std::string data(const std::string& name) { return std::string(ONEWINDOW_TEST_DATA) + "/scanner/" + name; }
std::string slurp(const std::string& path) {
  std::ifstream f(path);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

}  // namespace

TEST_CASE("qr cli: sign then verify with a key file, forged and altered refused with the reason") {
  const auto key = (scratch() / "hall.key").string();
  auto s = run("qr sign 320102-01-20261123-0042 --key " + key);
  REQUIRE(s.exit_code == 0);
  REQUIRE(s.out.size() == 45);
  CHECK(s.out.rfind("OW1:320102-01-20261123-0042:", 0) == 0);
  const std::string payload = s.out.substr(0, 44);

  auto v = run("qr verify " + payload + " --key " + key);
  CHECK(v.exit_code == 0);
  CHECK(v.out == "320102-01-20261123-0042\n");

  auto other_hall = run("qr verify " + payload + " --key " + (scratch() / "other.key").string());
  CHECK(other_hall.exit_code == 1);
  CHECK(other_hall.out.rfind("MAC mismatch", 0) == 0);

  auto altered = run("qr verify OW1:320102-01-20261123-0043:" + payload.substr(28) + " --key " + key);
  CHECK(altered.exit_code == 1);
  CHECK(altered.out.rfind("MAC mismatch", 0) == 0);

  auto truncated = run("qr verify " + payload.substr(0, 43) + " --key " + key);
  CHECK(truncated.exit_code == 1);
  CHECK(truncated.out.rfind("bad format", 0) == 0);

  auto version = run("qr verify OW9" + payload.substr(3) + " --key " + key);
  CHECK(version.exit_code == 1);
  CHECK(version.out.rfind("bad version", 0) == 0);

  auto bad_number = run("qr sign 320102-01-20261131-0042 --key " + key);
  CHECK(bad_number.exit_code == 2);
  CHECK(bad_number.out.empty());
  CHECK(bad_number.err.find("no real date") != std::string::npos);
}

TEST_CASE("qr cli: the default key is the hall key file, created 0600") {
  auto s = run("qr sign 320102-02-20261123-0001");
  REQUIRE(s.exit_code == 0);
  const auto key = scratch() / "xdg" / "onewindow" / "hall.key";
  REQUIRE(std::filesystem::exists(key));
  CHECK(std::filesystem::file_size(key) == 32);
  CHECK((std::filesystem::status(key).permissions() & std::filesystem::perms::all) ==
        (std::filesystem::perms::owner_read | std::filesystem::perms::owner_write));
  auto v = run("qr verify " + s.out.substr(0, s.out.size() - 1));
  CHECK(v.exit_code == 0);
  CHECK(v.out == "320102-02-20261123-0001\n");
}

TEST_CASE("qr cli: encode to PNG and decode back, Chinese included") {
  const auto png = (scratch() / "cn.png").string();
  auto e = run("qr encode '民政局受理回执 张𠀾' --out " + png + " --scale 3");
  REQUIRE(e.exit_code == 0);
  CHECK(e.out.empty());
  auto d = run("qr decode " + png);
  CHECK(d.exit_code == 0);
  CHECK(d.out == "民政局受理回执 张𠀾\n");

  const auto slip = (scratch() / "slip.png").string();
  REQUIRE(run("qr encode OW1:320102-01-20261123-0042:JZNVGRFPYE3ARMOL --out " + slip).exit_code == 0);
  CHECK(run("qr decode " + slip).out == "OW1:320102-01-20261123-0042:JZNVGRFPYE3ARMOL\n");
}

TEST_CASE("qr cli: decode of a picture without a code exits 1, bad input exits 2") {
  const auto blank = (scratch() / "blank.png").string();
  REQUIRE(std::system(("/usr/bin/convert -size 80x80 xc:white " + blank).c_str()) == 0);
  auto none = run("qr decode " + blank);
  CHECK(none.exit_code == 1);
  CHECK(none.out.empty());
  auto missing = run("qr decode " + (scratch() / "nope.png").string());
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find("cannot read") != std::string::npos);
  CHECK(run("qr encode x").exit_code == 2);                                // no --out
  CHECK(run("qr encode x --out /tmp/x.png --scale 0").exit_code == 2);     // bad scale
  CHECK(run("qr encode x --out /tmp/x.png --ecc Z").exit_code == 2);       // bad level
  CHECK(run("qr verify").exit_code == 2);
}

TEST_CASE("scanner cli: keyboard reports typed by a scanner, both shifts, repeats, AIM prefix") {
  auto r = run("scanner decode " + data("keyboard_slip.hex"));
  CHECK(r.exit_code == 0);
  CHECK(r.out == "OW1:320102-01-20261123-0042:JZNVGRFPYE3ARMOL\naa\n0011\n");
}

TEST_CASE("scanner cli: HID POS code over three reports, from stdin") {
  auto r = run("scanner decode - < " + data("hid_pos_long.hex"));
  CHECK(r.exit_code == 0);
  CHECK(r.out == slurp(data("hid_pos_long.expected")));
}

TEST_CASE("scanner cli: a malformed report exits 2 with its line number") {
  auto r = run("scanner decode " + data("malformed.hex"));
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("line 3") != std::string::npos);
  const auto bad_hex = (scratch() / "bad.hex").string();
  std::ofstream(bad_hex) << "00 00 04 00 00 00 00 00\n00 00 0g 00 00 00 00 00\n";
  auto h = run("scanner decode " + bad_hex);
  CHECK(h.exit_code == 2);
  CHECK(h.err.find("line 2") != std::string::npos);
  const auto unterminated = (scratch() / "cut.hex").string();
  std::ofstream(unterminated) << "00 00 04 00 00 00 00 00\n";
  auto cut = run("scanner decode - < " + unterminated);
  CHECK(cut.exit_code == 0);
  CHECK(cut.out.empty());
  CHECK(cut.err.find("dropped") != std::string::npos);
}
