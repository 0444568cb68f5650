// `onewindow staff add|disable|list|pin`: PIN from a pipe, the hash never shown, exit codes.
#include <doctest/doctest.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <utility>
#include <vector>

#include "store_cli_support.h"

using store_cli::query_rows;
using store_cli::Sandbox;

namespace {

// A file to redirect standard input from (popen's shell runs `… < FILE`).
std::string stdin_file(const Sandbox& s, const std::string& name, const std::string& content) {
  const auto p = s.path(name);
  std::ofstream(p) << content;
  return p.string();
}

struct TerminalRun {
  int exit_code = -1;
  std::string screen;  // everything the program wrote to the terminal, plus the terminal's echo
};

// Runs `onewindow ARGS…` with a pseudo-terminal as its standard input, output and error; each time
// the screen shows answers[i].first (a prompt), types answers[i].second.
TerminalRun run_on_terminal(const Sandbox& s, const std::vector<std::string>& args,
                            const std::vector<std::pair<std::string, std::string>>& answers) {
  const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
  REQUIRE(master >= 0);
  REQUIRE(::grantpt(master) == 0);
  REQUIRE(::unlockpt(master) == 0);
  const std::string slave_name = ::ptsname(master);
  const std::string xdg = s.path("xdg").string();
  const pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    ::setsid();
    const int slave = ::open(slave_name.c_str(), O_RDWR);  // becomes the controlling terminal
    if (slave < 0) ::_exit(126);
    ::dup2(slave, 0);
    ::dup2(slave, 1);
    ::dup2(slave, 2);
    if (slave > 2) ::close(slave);
    ::close(master);
    ::setenv("XDG_DATA_HOME", xdg.c_str(), 1);
    std::vector<char*> argv{const_cast<char*>(ONEWINDOW_BINARY)};
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    ::execv(ONEWINDOW_BINARY, argv.data());
    ::_exit(127);
  }
  TerminalRun r;
  std::size_t answered = 0, seen = 0;
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  while (std::chrono::steady_clock::now() < give_up) {
    pollfd p{master, POLLIN, 0};
    if (::poll(&p, 1, 100) > 0) {
      char buf[512];
      const ssize_t n = ::read(master, buf, sizeof buf);
      if (n <= 0) break;  // EIO: the program closed the terminal (exited)
      r.screen.append(buf, static_cast<std::size_t>(n));
    }
    if (answered < answers.size()) {
      const auto at = r.screen.find(answers[answered].first, seen);
      if (at != std::string::npos) {
        seen = at + answers[answered].first.size();
        const std::string& typed = answers[answered].second;
        REQUIRE(::write(master, typed.data(), typed.size()) == static_cast<ssize_t>(typed.size()));
        ++answered;
      }
    }
  }
  int status = 0;
  if (::waitpid(pid, &status, WNOHANG) == 0) {
    ::kill(pid, SIGKILL);
    ::waitpid(pid, &status, 0);
  }
  ::close(master);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

}  // namespace

TEST_CASE("staff CLI: add with the PIN piped in, then list shows the member and no hash") {
  Sandbox s;
  const std::string db = s.path("store.db").string();
  REQUIRE(s.run("db migrate --db " + db).exit_code == 0);
  auto add = s.run("staff add A07 --name 李娜 --role reviewer --db " + db + " < " + stdin_file(s, "pin", "20261123\n"));
  REQUIRE_MESSAGE(add.exit_code == 0, add.err);
  CHECK(add.out == "added A07 李娜 (reviewer)\n");
  CHECK(add.out.find("20261123") == std::string::npos);
  CHECK(add.err.find("20261123") == std::string::npos);
  const std::string hash = query_rows(db, "SELECT pin_hash FROM staff WHERE staff_no = 'A07'");
  CHECK(hash.rfind("$argon2id$", 0) == 0);

  auto list = s.run("staff list --db " + db);
  REQUIRE_MESSAGE(list.exit_code == 0, list.err);
  CHECK(list.out == "staff_no\tname\trole\tactive\tpin\tlocked_until\nA07\t李娜\treviewer\tyes\tset\t-\n");
  CHECK(list.out.find("argon2") == std::string::npos);

  // The same number again is refused and leaves the first member as it was.
  auto again = s.run("staff add A07 --name 别人 --db " + db + " < " + stdin_file(s, "pin2", "1111\n"));
  CHECK(again.exit_code == 2);
  CHECK(again.err.find("taken") != std::string::npos);
  CHECK(query_rows(db, "SELECT name, pin_hash FROM staff") == "李娜|" + hash);
}

TEST_CASE("staff CLI: malformed PINs and arguments exit 2 and store nothing") {
  Sandbox s;
  const std::string db = s.path("store.db").string();
  for (const char* pin : {"123\n", "123456789\n", "12a4\n", "\n", ""}) {
    auto r = s.run("staff add A07 --name 李娜 --db " + db + " < " + stdin_file(s, "pin", pin));
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    INFO(r.err);
    CHECK(r.err.find(std::string(pin) == "" ? "no PIN" : "4 to 8 digits") != std::string::npos);
  }
  const std::string ok_pin = stdin_file(s, "ok", "1234\n");
  CHECK(s.run("staff add A07 --name 李娜 --role boss --db " + db + " < " + ok_pin).exit_code == 2);
  CHECK(s.run("staff add 'A 07' --name 李娜 --db " + db + " < " + ok_pin).exit_code == 2);
  CHECK(s.run("staff add A07 --db " + db + " < " + ok_pin).exit_code == 2);
  // Refused before the store was opened: none was made.
  CHECK_FALSE(std::filesystem::exists(db));
}

TEST_CASE("staff CLI: staff numbers are case-insensitive, names checked, a second PIN line must match") {
  Sandbox s;
  const std::string db = s.path("store.db").string();
  REQUIRE(s.run("db migrate --db " + db).exit_code == 0);
  const std::string pin = stdin_file(s, "pin", "1234\n");
  REQUIRE(s.run("staff add a07 --name ' 李娜 ' --db " + db + " < " + pin).exit_code == 0);
  CHECK(query_rows(db, "SELECT staff_no, name FROM staff") == "A07|李娜\n");
  auto again = s.run("staff add A07 --name 别人 --db " + db + " < " + pin);
  CHECK(again.exit_code == 2);
  CHECK(again.err.find("taken") != std::string::npos);
  // A row stored in lower case by an older version is the same account.
  {
    auto opened = store::Database::open(db);
    REQUIRE(opened.ok());
    REQUIRE(opened->exec("UPDATE staff SET staff_no = 'b01' WHERE staff_no = 'A07'").ok());
  }
  CHECK(s.run("staff add B01 --name 别人 --db " + db + " < " + pin).exit_code == 2);
  CHECK(s.run("staff disable B01 --db " + db).exit_code == 0);
  CHECK(query_rows(db, "SELECT staff_no, active FROM staff") == "b01|0\n");
  const std::string before = query_rows(db, "SELECT * FROM staff");
  std::string long_name;
  for (int i = 0; i < 51; ++i) long_name += "李";
  for (const std::string name : {std::string("' '"), std::string("\"$(printf 'a\\nb')\""), long_name}) {
    auto r = s.run("staff add C02 --name " + name + " --db " + db + " < " + pin);
    CHECK_MESSAGE(r.exit_code == 2, name);
    CHECK(r.err.find("--name") != std::string::npos);
  }
  auto differ = s.run("staff add C02 --name 王五 --db " + db + " < " + stdin_file(s, "two", "1234\n4321\n"));
  CHECK(differ.exit_code == 2);
  CHECK(differ.err.find("differ") != std::string::npos);
  CHECK(query_rows(db, "SELECT * FROM staff") == before);
  CHECK(s.run("staff add C02 --name 王五 --db " + db + " < " + stdin_file(s, "same", "1234\n1234\n")).exit_code == 0);
}

TEST_CASE("staff CLI: disable and pin, and unknown staff exit 1") {
  Sandbox s;
  const std::string db = s.path("store.db").string();
  REQUIRE(s.run("db migrate --db " + db).exit_code == 0);
  REQUIRE(s.run("staff add A07 --name 李娜 --db " + db + " < " + stdin_file(s, "pin", "4321\n")).exit_code == 0);
  // A lockout in the far future, as five wrong PINs would leave it.
  {
    auto d = store::Database::open(db);
    REQUIRE(d.ok());
    REQUIRE(d->exec("UPDATE staff SET failed_pins = 5, locked_until = '2999-01-01 00:00:00'").ok());
  }
  CHECK(s.run("staff list --db " + db).out.find("A07\t李娜\tcounter\tyes\tset\t2999-01-01 00:00:00\n") !=
        std::string::npos);
  const std::string before = query_rows(db, "SELECT pin_hash FROM staff");
  auto reset = s.run("staff pin A07 --db " + db + " < " + stdin_file(s, "new", "87654321\n"));
  REQUIRE_MESSAGE(reset.exit_code == 0, reset.err);
  CHECK(query_rows(db, "SELECT failed_pins, locked_until FROM staff") == "0|\n");
  CHECK(query_rows(db, "SELECT pin_hash FROM staff") != before);

  CHECK(s.run("staff pin A07 --db " + db + " < " + stdin_file(s, "bad", "87x\n")).exit_code == 2);
  CHECK(s.run("staff pin B01 --db " + db + " < " + stdin_file(s, "any", "1234\n")).exit_code == 1);

  auto off = s.run("staff disable A07 --db " + db);
  REQUIRE_MESSAGE(off.exit_code == 0, off.err);
  CHECK(s.run("staff list --db " + db).out.find("A07\t李娜\tcounter\tno\tset\t-\n") != std::string::npos);
  auto unknown = s.run("staff disable B01 --db " + db);
  CHECK(unknown.exit_code == 1);
  CHECK(unknown.err.find("no staff member B01") != std::string::npos);
}

TEST_CASE("staff CLI: at a terminal the PIN is typed twice with echo off") {
  Sandbox s;
  const std::string db = s.path("store.db").string();
  REQUIRE(s.run("db migrate --db " + db).exit_code == 0);
  auto r = run_on_terminal(s, {"staff", "add", "A07", "--name", "李娜", "--db", db},
                           {{"New PIN (4 to 8 digits): ", "24681357\n"}, {"Same PIN again: ", "24681357\n"}});
  INFO(r.screen);
  CHECK(r.exit_code == 0);
  CHECK(r.screen.find("added A07") != std::string::npos);
  CHECK(r.screen.find("2468") == std::string::npos);  // never echoed
  CHECK(query_rows(db, "SELECT count(*) FROM staff WHERE pin_hash LIKE '$argon2id$%'") == "1\n");

  auto differ = run_on_terminal(s, {"staff", "pin", "A07", "--db", db},
                                {{"New PIN (4 to 8 digits): ", "1111\n"}, {"Same PIN again: ", "2222\n"}});
  INFO(differ.screen);
  CHECK(differ.exit_code == 2);
  CHECK(differ.screen.find("the two PINs differ") != std::string::npos);
  CHECK(differ.screen.find("1111") == std::string::npos);
}

TEST_CASE("staff CLI: add never makes a new store, so a mistyped --db keeps nothing where no terminal looks") {
  Sandbox s;
  const std::string db = s.path("sotre.db").string();
  auto add = s.run("staff add A07 --name 李娜 --db " + db + " < " + stdin_file(s, "pin", "20261123\n"));
  CHECK(add.exit_code == 2);
  CHECK(add.err.find("no such store") != std::string::npos);
  CHECK(add.err.find("db migrate") != std::string::npos);
  CHECK(add.err.find('\n') == add.err.size() - 1);
  CHECK_FALSE(std::filesystem::exists(db));
}
