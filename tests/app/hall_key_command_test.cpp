// Runs the built `onewindow` binary: `hall key export|import` carries one hall's key between
// terminals (each terminal its own XDG_DATA_HOME, so its own data_dir()/hall.key).
#include <doctest/doctest.h>
#include <sys/stat.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "app/store_cli_support.h"

namespace {

using store_cli::Run;
using store_cli::Sandbox;

// `onewindow ARGS` as terminal `name` of the sandbox: its own data folder, hence its own hall key.
Run as_terminal(const Sandbox& sb, const std::string& name, const std::string& args) {
  const auto err_path = sb.path(name + ".stderr");
  const std::string cmd = "XDG_DATA_HOME=" + sb.path(name).string() + " " + std::string(ONEWINDOW_BINARY) + " " +
                          args + " 2>" + err_path.string();
  Run r;
  FILE* p = ::popen(cmd.c_str(), "r");
  REQUIRE(p != nullptr);
  char buf[4096];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  const int status = ::pclose(p);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream e(err_path);
  std::stringstream ss;
  ss << e.rdbuf();
  r.err = ss.str();
  return r;
}

std::filesystem::path key_of(const Sandbox& sb, const std::string& terminal) {
  return sb.path(terminal) / "onewindow" / "hall.key";
}

std::string slurp(const std::filesystem::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

void spit(const std::filesystem::path& p, const std::string& bytes, unsigned mode) {
  {
    std::ofstream f(p, std::ios::binary | std::ios::trunc);
    f << bytes;
  }
  REQUIRE(::chmod(p.c_str(), mode) == 0);
}

unsigned mode_of(const std::filesystem::path& p) {
  struct stat st {};
  REQUIRE(::stat(p.c_str(), &st) == 0);
  return static_cast<unsigned>(st.st_mode & 07777);
}

std::string hex(const std::string& raw) {
  static constexpr char d[] = "0123456789abcdef";
  std::string out;
  for (unsigned char c : raw) out += {d[c >> 4], d[c & 0xF]};
  return out;
}

// A refusal: exit 2, nothing on stdout, exactly one line on stderr.
void check_one_line_refusal(const Run& r, const std::string& expected_words) {
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  CHECK(r.err.rfind("onewindow: ", 0) == 0);
  CHECK(r.err.find('\n') == r.err.size() - 1);
  CHECK_MESSAGE(r.err.find(expected_words) != std::string::npos, r.err);
}

const std::string kAcceptanceNo = "320102-01-20261123-0042";

}  // namespace

TEST_CASE("hall key cli: a slip signed on terminal A verifies on terminal B after export/import, not on another hall's") {
  Sandbox sb;
  auto signed_a = as_terminal(sb, "a", "qr sign " + kAcceptanceNo);
  REQUIRE(signed_a.exit_code == 0);
  const std::string payload = signed_a.out.substr(0, signed_a.out.size() - 1);
  const std::string key_a = slurp(key_of(sb, "a"));
  REQUIRE(key_a.size() == 32);

  // B already made its own key: the slip from A is refused there until B takes the hall's key.
  REQUIRE(as_terminal(sb, "b", "qr sign " + kAcceptanceNo).exit_code == 0);
  auto before = as_terminal(sb, "b", "qr verify " + payload);
  CHECK(before.exit_code == 1);
  CHECK(before.out.rfind("MAC mismatch", 0) == 0);

  const auto carried = sb.path("carry.key");
  auto exported = as_terminal(sb, "a", "hall key export --out " + carried.string());
  REQUIRE_MESSAGE(exported.exit_code == 0, exported.err);
  CHECK(mode_of(carried) == 0600);
  CHECK(slurp(carried) == "onewindow-hall-key-v1 " + hex(key_a) + "\n");
  CHECK(exported.out.find("written to") != std::string::npos);

  // A different key in place is not overwritten silently.
  const std::string key_b = slurp(key_of(sb, "b"));
  auto refused = as_terminal(sb, "b", "hall key import " + carried.string());
  check_one_line_refusal(refused, "--replace");
  CHECK(slurp(key_of(sb, "b")) == key_b);

  auto replaced = as_terminal(sb, "b", "hall key import " + carried.string() + " --replace");
  REQUIRE_MESSAGE(replaced.exit_code == 0, replaced.err);
  CHECK(slurp(key_of(sb, "b")) == key_a);
  CHECK(mode_of(key_of(sb, "b")) == 0600);
  // Both name the same fingerprint (the key's name, not the key).
  CHECK(replaced.out.substr(0, 18) == exported.out.substr(0, 18));

  auto after = as_terminal(sb, "b", "qr verify " + payload);
  CHECK(after.exit_code == 0);
  CHECK(after.out == kAcceptanceNo + "\n");

  // A new terminal takes the key on first import; a second import of the same key changes nothing.
  auto fresh = as_terminal(sb, "d", "hall key import " + carried.string());
  REQUIRE_MESSAGE(fresh.exit_code == 0, fresh.err);
  CHECK(mode_of(key_of(sb, "d")) == 0600);
  auto again = as_terminal(sb, "d", "hall key import " + carried.string());
  CHECK(again.exit_code == 0);
  CHECK(again.out.find("already in place") != std::string::npos);
  CHECK(as_terminal(sb, "d", "qr verify " + payload).exit_code == 0);

  // Another hall's terminal refuses the slip.
  auto other_hall = as_terminal(sb, "c", "qr verify " + payload);
  CHECK(other_hall.exit_code == 1);
  CHECK(other_hall.out.rfind("MAC mismatch", 0) == 0);

  // The key never shows on stdout or stderr (the logs).
  for (const Run* r : {&signed_a, &exported, &refused, &replaced, &after, &fresh, &again}) {
    CHECK(r->out.find(hex(key_a)) == std::string::npos);
    CHECK(r->err.find(hex(key_a)) == std::string::npos);
    CHECK(r->out.find(key_a) == std::string::npos);
  }
}

TEST_CASE("hall key cli: bad key files and targets give exit 2 and one line, and change nothing") {
  Sandbox sb;
  const auto good = sb.path("good.key");
  REQUIRE(as_terminal(sb, "a", "hall key export --out " + good.string()).exit_code == 0);
  const std::string good_text = slurp(good);

  const auto open_file = sb.path("open.key");
  spit(open_file, good_text, 0640);
  check_one_line_refusal(as_terminal(sb, "b", "hall key import " + open_file.string()), "chmod 600");
  spit(open_file, good_text, 0604);
  check_one_line_refusal(as_terminal(sb, "b", "hall key import " + open_file.string()), "chmod 600");

  const auto cut = sb.path("cut.key");
  spit(cut, good_text.substr(0, 40) + "\n", 0600);
  check_one_line_refusal(as_terminal(sb, "b", "hall key import " + cut.string()), "hex digits");

  const auto garbage = sb.path("garbage.key");
  spit(garbage, std::string(100, '\x07'), 0600);
  check_one_line_refusal(as_terminal(sb, "b", "hall key import " + garbage.string()), "not a hall key file");

  const auto big = sb.path("big.key");
  spit(big, std::string(1 << 20, 'a'), 0600);
  check_one_line_refusal(as_terminal(sb, "b", "hall key import " + big.string()), "not a hall key file");

  const auto bad_hex = sb.path("badhex.key");
  std::string text = good_text;
  text[30] = 'g';
  spit(bad_hex, text, 0600);
  check_one_line_refusal(as_terminal(sb, "b", "hall key import " + bad_hex.string()), "not a hex digit");

  check_one_line_refusal(as_terminal(sb, "b", "hall key import " + sb.path("missing.key").string()), "cannot open");
  check_one_line_refusal(as_terminal(sb, "b", "hall key import " + sb.path("a").string()), "not a regular file");
  check_one_line_refusal(as_terminal(sb, "b", "hall key import"), "one FILE");
  // None of the refused imports made terminal b a key.
  CHECK_FALSE(std::filesystem::exists(key_of(sb, "b")));

  // Export refuses a target that is not a regular file, and needs --out.
  check_one_line_refusal(as_terminal(sb, "a", "hall key export --out /dev/null"), "not a regular file");
  check_one_line_refusal(as_terminal(sb, "a", "hall key export --out " + sb.path("a").string()), "folder");
  check_one_line_refusal(as_terminal(sb, "a", "hall key export"), "--out");
  std::filesystem::create_symlink(good, sb.path("link.key"));
  check_one_line_refusal(as_terminal(sb, "a", "hall key export --out " + sb.path("link.key").string()),
                         "symbolic link");
}
