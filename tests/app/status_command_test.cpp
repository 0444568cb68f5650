// `onewindow status`: exit codes, deterministic output, the audit row.
#include <doctest/doctest.h>

#include <cstdlib>

#include "store_cli_support.h"

using store_cli::query_rows;
using store_cli::roster;
using store_cli::Sandbox;

TEST_CASE("status prints the same bytes twice, masks the person, and logs each look-up") {
  Sandbox s;
  const auto db = s.path("s.db");
  REQUIRE(s.run("roster import " + roster("benefit_roll.csv") + " --db " + db.string()).exit_code == 0);
  REQUIRE(s.run("roster import " + roster("payment_roster_en.csv") + " --db " + db.string()).exit_code == 0);
  const std::string args = "status 320102193803150026 --json --today 2026-11-23 --db " + db.string();
  auto a = s.run(args);
  auto b = s.run(args);
  REQUIRE_MESSAGE(a.exit_code == 0, a.err);
  CHECK(a.out == b.out);
  CHECK(a.out ==
        "{\"name_masked\":\"刘*\",\"id_masked\":\"320102********0026\",\"benefits\":[{\"type\":\"高龄津贴\","
        "\"status\":\"在保\",\"monthly_amount_fen\":10000,\"since\":\"2020-03-01\",\"next_review\":\"2027-03-01\"}],"
        "\"payments\":[{\"period\":\"2026-10\",\"type\":\"高龄津贴\",\"amount_fen\":10000,\"paid_on\":\"2026-10-10\","
        "\"channel\":\"银行卡,尾号1234\",\"status\":\"pending\"}],\"applications\":[],\"hints\":[]}\n");
  // 张老四 is 81 and holds no 高龄津贴: a hint for the 80–89 tier.
  auto z = s.run("status 320102194501011236 --json --today 2026-11-23 --db " + db.string());
  REQUIRE(z.exit_code == 0);
  CHECK(z.out.find("\"hints\":[{\"item\":\"gaoling\",\"reason\":\"年满80周岁") != std::string::npos);
  auto text = s.run("status 320102194501011236 --today 2026-11-23 --db " + db.string());
  CHECK(text.out.find("张*四") != std::string::npos);
  CHECK(text.out.find("320102194501011236") == std::string::npos);
  // Four look-ups, none with the ID number in clear.
  // The audit rows are in the audit file beside the store (store/audit_log.h).
  const auto audit = s.path("s.db.audit");
  CHECK(query_rows(audit, "SELECT count(*), count(DISTINCT whose_hash) FROM audit_log WHERE who = 'cli'") == "4|2\n");
  CHECK(query_rows(audit, "SELECT count(*) FROM audit_log WHERE whose_hash LIKE '%3201%'") == "0\n");
  CHECK(std::filesystem::file_size(s.path("xdg/onewindow/hall.key")) == 32);
}

TEST_CASE("status: exit 1 for an unknown person, 2 for a malformed ID number") {
  Sandbox s;
  const auto db = s.path("e.db");
  // A look-up never makes a store: a mistyped --db is exit 2, not "unknown person".
  auto no_store = s.run("status 11010519491231002X --db " + db.string());
  CHECK(no_store.exit_code == 2);
  CHECK(no_store.err.find("no such store") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(db));
  REQUIRE(s.run("roster import " + store_cli::roster("benefit_roll.csv") + " --db " + db.string()).exit_code == 0);
  auto unknown = s.run("status 11010519491231002X --db " + db.string());
  CHECK(unknown.exit_code == 1);
  CHECK(unknown.out.empty());
  CHECK(unknown.err.find("110105********002X") != std::string::npos);
  auto bad = s.run("status 110105194912310021 --db " + db.string());
  CHECK(bad.exit_code == 2);
  CHECK(bad.err.find("check character") != std::string::npos);
  CHECK(s.run("status 12345 --db " + db.string()).exit_code == 2);
  CHECK(s.run("status --db " + db.string()).exit_code == 2);
}

TEST_CASE("status without --db uses the default store under XDG_DATA_HOME") {
  Sandbox s;
  auto missing = s.run("status 11010519491231002X");
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find("the default store") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(s.path("xdg/onewindow/onewindow.db")));
  // A command that makes stores makes the default one, folder and all.
  REQUIRE(s.run("roster import " + store_cli::roster("benefit_roll.csv")).exit_code == 0);
  CHECK(std::filesystem::exists(s.path("xdg/onewindow/onewindow.db")));
  auto r = s.run("status 11010519491231002X");
  CHECK(r.exit_code == 1);
}

TEST_CASE("status on a read-only store: one plain line, no SQL, nothing looked up") {
  Sandbox s;
  const auto db = s.path("ro.db");
  const auto audit = s.path("ro.db.audit");
  REQUIRE(s.run("roster import " + store_cli::roster("benefit_roll.csv") + " --db " + db.string()).exit_code == 0);
  const std::string rows = query_rows(audit, "SELECT count(*) FROM audit_log");
  // Read-only even for root: the immutable attribute (chattr is in e2fsprogs, a dependency of the tests).
  // The store is both files; the audit file alone read-only refuses look-ups as well.
  for (const std::string files : {db.string() + " " + audit.string(), audit.string()}) {
    CAPTURE(files);
    REQUIRE(std::system(("chattr +i " + files).c_str()) == 0);
    auto r = s.run("status 320102194501011236 --db " + db.string());
    REQUIRE(std::system(("chattr -i " + files).c_str()) == 0);
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(r.err == "onewindow: The store is read-only: look-ups cannot be audited and are refused.\n");
    CHECK(query_rows(audit, "SELECT count(*) FROM audit_log") == rows);
  }
}

TEST_CASE("status on a store whose folder is read-only and whose audit file is missing: refused in one line") {
  Sandbox s;
  const auto folder = s.path("ro");
  std::filesystem::create_directories(folder);
  const auto db = folder / "s.db";
  REQUIRE(s.run("roster import " + store_cli::roster("benefit_roll.csv") + " --db " + db.string()).exit_code == 0);
  // A copy of the store file alone (a backup without its audit file) on read-only media.
  for (const char* f : {".audit", ".audit-wal", ".audit-shm"}) std::filesystem::remove(db.string() + f);
  REQUIRE(std::system(("chattr +i " + folder.string()).c_str()) == 0);
  auto r = s.run("status 320102194501011236 --db " + db.string());
  REQUIRE(std::system(("chattr -i " + folder.string()).c_str()) == 0);
  CHECK(r.exit_code == 2);
  CHECK(r.err == "onewindow: The store is read-only: look-ups cannot be audited and are refused.\n");
  CHECK_FALSE(std::filesystem::exists(db.string() + ".audit"));
}
