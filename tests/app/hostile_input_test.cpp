// Hostile and mistaken input at the command line (issue 16): each refused with exit 2 and one line
// on stderr, quickly and in bounded memory (the commands run under `ulimit -v`), with nothing
// written: no half files, no store created, the store unchanged.
#include <doctest/doctest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "app/config_file.h"
#include "store_cli_support.h"

namespace {

using store_cli::Run;
using store_cli::Sandbox;

// 1 GB of address space: far above what any of these commands needs, far below what the old
// failures took (9.8 GB for the PNG, 18 GB for the line feeds).
const std::string kMemoryCap = "ulimit -v 1048576; ";

void write_file(const std::filesystem::path& p, const std::string& bytes) {
  std::ofstream f(p, std::ios::binary);
  f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// Exit 2, nothing on stdout, exactly one line on stderr, at most ~300 characters and no control
// characters but its final newline.
void check_refused(const Run& r, const std::string& what) {
  CAPTURE(what);
  CAPTURE(r.err);
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  REQUIRE_FALSE(r.err.empty());
  CHECK(r.err.back() == '\n');
  CHECK(r.err.find('\n') == r.err.size() - 1);
  CHECK(r.err.size() <= 340 * 3);
  for (std::size_t i = 0; i + 1 < r.err.size(); ++i) CHECK(static_cast<unsigned char>(r.err[i]) >= 0x20);
}

// Runs a shell script line with the sandbox's environment; ONEWINDOW is the binary.
Run shell(const Sandbox& box, const std::string& script) {
  return cli_test::run_command("export XDG_DATA_HOME=" + box.path("xdg").string() + " ONEWINDOW_ASSETS=" +
                               ONEWINDOW_SOURCE_DIR + "/assets ONEWINDOW=" + ONEWINDOW_BINARY + "; " + script);
}

std::string files_in(const std::filesystem::path& dir) {
  std::string names;
  for (const auto& e : std::filesystem::directory_iterator(dir)) names += e.path().filename().string() + " ";
  return names;
}

}  // namespace

TEST_CASE("config: a number that is not finite or out of range stops start-up naming the key") {
  for (const char* v : {"nan", "+nan", "inf", "-inf", "0.0", "99.0"}) {
    auto r = app::parse_config_text(std::string("[ui]\nscale = ") + v + "\n", "test.toml");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message == "config test.toml: ui.scale: must be a finite number between 0.5 and 3");
  }
  Sandbox box;
  write_file(box.path("bad.toml"), "[ui]\nscale = nan\n");
  write_file(box.path("in.bin"), "A\n");
  const auto r = box.run("escpos render " + box.path("in.bin").string() + " --out " + box.path("o.png").string() +
                         " --config " + box.path("bad.toml").string());
  check_refused(r, "ui.scale = nan");
  CHECK(r.err.find("ui.scale") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(box.path("o.png")));
}

TEST_CASE("a folder given as an input file: one line, exit 2, for every command that reads a file") {
  Sandbox box;
  const std::string dir = box.path("").string();
  for (const std::string cmd : {"roster import " + dir + " --db " + box.path("s.db").string(),
                                "idcard decode " + dir, "escpos render " + dir + " --out " + box.path("o.png").string(),
                                "scenario " + dir, "scanner decode " + dir, "qr decode " + dir}) {
    const auto r = box.run(cmd);
    check_refused(r, cmd);
    CHECK_MESSAGE(r.err.find("is a folder, not a file") != std::string::npos, cmd);
  }
  CHECK_FALSE(std::filesystem::exists(box.path("s.db")));
  CHECK_FALSE(std::filesystem::exists(box.path("o.png")));
}

TEST_CASE("qr decode: a 69-byte PNG claiming 100000x100000 is refused before anything is allocated") {
  Sandbox box;
  // Signature, then an IHDR chunk of 100000 × 100000 8-bit grey (CRC left wrong: the size is checked first).
  std::string png("\x89PNG\r\n\x1a\n", 8);
  png += std::string("\x00\x00\x00\x0dIHDR\x00\x01\x86\xa0\x00\x01\x86\xa0\x08\x00\x00\x00\x00", 21);
  png += std::string(40, '\0');
  write_file(box.path("big.png"), png);
  const auto r = shell(box, kMemoryCap + "exec $ONEWINDOW qr decode " + box.path("big.png").string());
  check_refused(r, "100000x100000");
  CHECK(r.err.find("100000×100000") != std::string::npos);
}

TEST_CASE("escpos render: paper longer than the limit is refused, and no image is left behind") {
  Sandbox box;
  std::string feeds;
  for (int i = 0; i < 10'000; ++i) feeds += "\x1b" "d\xff";  // 30 KB of ESC d 255
  write_file(box.path("feeds.bin"), feeds);
  write_file(box.path("lf.bin"), std::string(1'000'000, '\n'));
  for (const char* in : {"feeds.bin", "lf.bin"}) {
    const auto r = shell(box, kMemoryCap + "exec $ONEWINDOW escpos render " + box.path(in).string() + " --out " +
                                  box.path("o.png").string());
    check_refused(r, in);
    CHECK(r.err.find("m of paper") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(box.path("o.png")));
  }
  CHECK(files_in(box.path("")).find("o.png") == std::string::npos);
}

TEST_CASE("idcard decode: hex longer than any frame is refused, and a NUL in it is shown, not cut") {
  Sandbox box;
  write_file(box.path("long.hex"), std::string(200'000, 'A'));
  check_refused(box.run("idcard decode " + box.path("long.hex").string()), "200 KB of hex");
  write_file(box.path("nul.hex"), std::string("AA BB\n\0CC", 9));
  const auto r = box.run("idcard decode " + box.path("nul.hex").string());
  check_refused(r, "NUL");
  CHECK(r.err.find("not a hex digit '\\0' at line 2, character 1") != std::string::npos);
}

TEST_CASE("roster import: /dev/zero and a 5 MB line of commas are refused in bounded memory, no store made") {
  Sandbox box;
  write_file(box.path("commas.csv"),
             "身份证号,姓名,救助类别,状态,月标准金额,起始日期,下次年审日期\n" + std::string(5'000'000, ','));
  for (const std::string in : {std::string("/dev/zero"), box.path("commas.csv").string()}) {
    const auto r = shell(box, kMemoryCap + "exec $ONEWINDOW roster import " + in + " --db " + box.path("s.db").string());
    check_refused(r, in);
  }
  CHECK_FALSE(std::filesystem::exists(box.path("s.db")));
}

TEST_CASE("--db must name a file in a folder that exists, and only commands that make stores may create one") {
  Sandbox box;
  const std::string roster = store_cli::roster("benefit_roll.csv");
  for (const std::string db : {std::string("''"), std::string(":memory:"), box.path("no/such/dir/x.db").string(),
                               std::string("mysql://host/db")}) {
    const auto r = box.run("roster import " + roster + " --db " + db);
    check_refused(r, db);
    CHECK(r.err.find("--db") != std::string::npos);
  }
  CHECK_FALSE(std::filesystem::exists(box.path("no")));
  // A command that only reads does not create a store for a mistyped name.
  const auto status = box.run("status 110101199003074514 --db " + box.path("typo.db").string());
  check_refused(status, "status on a missing store");
  CHECK_FALSE(std::filesystem::exists(box.path("typo.db")));
  for (const std::string cmd : {"staff list --db " + box.path("typo.db").string(),
                                "ledger export --date 2026-03-02 --db " + box.path("typo.db").string()}) {
    check_refused(box.run(cmd), cmd);
    CHECK_FALSE(std::filesystem::exists(box.path("typo.db")));
  }
  // roster import into a new file in a folder that exists makes it.
  const auto made = box.run("roster import " + roster + " --db " + box.path("new.db").string());
  CHECK(made.exit_code == 0);
  CHECK(std::filesystem::exists(box.path("new.db")));
}

TEST_CASE("--out refuses a target that is not a regular file, and a failed write leaves no file") {
  Sandbox box;
  write_file(box.path("in.bin"), "HELLO\n");
  const std::string render = "escpos render " + box.path("in.bin").string() + " --out ";
  // A FIFO and a symlink stay what they are.
  REQUIRE(::mkfifo(box.path("fifo").c_str(), 0600) == 0);
  write_file(box.path("real.png"), "keep");
  std::filesystem::create_symlink(box.path("real.png"), box.path("link.png"));
  for (const std::string target : {std::string("/dev/full"), box.path("fifo").string(), box.path("link.png").string(),
                                   box.path("missing/o.png").string()}) {
    check_refused(box.run(render + target), target);
  }
  CHECK(std::filesystem::is_fifo(box.path("fifo")));
  CHECK(std::filesystem::is_symlink(box.path("link.png")));
  std::ifstream kept(box.path("real.png"));
  std::string content;
  kept >> content;
  CHECK(content == "keep");
  CHECK(std::filesystem::exists("/dev/full"));
  // Nothing half-written beside them.
  CHECK(files_in(box.path("")).find(".png.") == std::string::npos);
  // A good render writes the file whole.
  CHECK(box.run(render + box.path("o.png").string()).exit_code == 0);
  CHECK(std::filesystem::file_size(box.path("o.png")) > 0);
}

TEST_CASE("a result that cannot be written to stdout is exit 2, not success") {
  Sandbox box;
  const auto r = shell(box, "$ONEWINDOW version >/dev/full");
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("standard output") != std::string::npos);
}

TEST_CASE("error lines echo input safely: control characters escaped, long input cut") {
  Sandbox box;
  const auto r = box.run("version --" + std::string(10'000, 'x'));
  check_refused(r, "10,000-character option");
  CHECK(r.err.size() < 400);
  const auto nl = box.run("idcard decode \"$(printf '/tmp/no\\nsuch\\033[31m')\"");
  check_refused(nl, "newline and ESC in a file name");
  CHECK(nl.err.find("\\n") != std::string::npos);
  CHECK(nl.err.find("\\x1B") != std::string::npos);
}
