// `onewindow roster import`: encodings, both header kinds, all-or-nothing, idempotence, names.
#include <doctest/doctest.h>

#include "store_cli_support.h"

using store_cli::query_rows;
using store_cli::roster;
using store_cli::Sandbox;

TEST_CASE("roster import: a UTF-8 benefit roll imports, and importing it again changes nothing") {
  Sandbox s;
  const auto db = s.path("new/dir/store.db");
  auto first = s.run("roster import " + roster("benefit_roll.csv") + " --db " + db.string());
  REQUIRE_MESSAGE(first.exit_code == 0, first.err);
  CHECK(first.out.find("benefit roll, 4 rows: 4 new, 0 updated, 0 unchanged; 4 new residents") != std::string::npos);
  const std::string sql = "SELECT id_number, benefit_type, status, monthly_amount_fen, since, next_review FROM benefits "
                          "ORDER BY id_number";
  const std::string before = query_rows(db, sql);
  CHECK(before.find("320102194501011236|农村低保|active|35917|2024-01-01|2026-12-31") != std::string::npos);
  CHECK(query_rows(db, "SELECT name FROM residents WHERE id_number = '320102195506200014'") == "王𠀾华\n");
  CHECK(query_rows(db, "SELECT gender, birth FROM residents WHERE id_number = '320102194501011236'") == "男|1945-01-01\n");

  auto second = s.run("roster import " + roster("benefit_roll.csv") + " --db " + db.string());
  REQUIRE(second.exit_code == 0);
  CHECK(second.out.find("0 new, 0 updated, 4 unchanged; 0 new residents") != std::string::npos);
  CHECK(query_rows(db, sql) == before);
}

TEST_CASE("roster import: GB18030 input is detected and converted") {
  Sandbox s;
  const auto db = s.path("gb.db");
  auto r = s.run("roster import " + roster("benefit_roll_gb18030.csv") + " --db " + db.string());
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  CHECK(query_rows(db, "SELECT name FROM residents ORDER BY id_number") == "刘䶮\n张老四\n王𠀾华\n");
  // The same data as UTF-8 is then unchanged.
  auto again = s.run("roster import " + roster("benefit_roll.csv") + " --db " + db.string());
  REQUIRE(again.exit_code == 0);
  CHECK(again.out.find("1 new, 0 updated, 3 unchanged") != std::string::npos);
}

TEST_CASE("roster import: a payment roster with BOM, CRLF and English header") {
  Sandbox s;
  const auto db = s.path("pay.db");
  auto r = s.run("roster import " + roster("payment_roster_en.csv") + " --db " + db.string());
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  CHECK(r.out.find("payment roster, 4 rows: 4 new") != std::string::npos);
  CHECK(query_rows(db, "SELECT period, amount_fen, channel, status FROM payment_records WHERE id_number = "
                       "'320102193803150026'") == "2026-10|10000|银行卡,尾号1234|pending\n");
  CHECK(query_rows(db, "SELECT status FROM payment_records WHERE id_number = '320102201205050030'") == "failed\n");
}

TEST_CASE("roster import: every bad line is reported with line, column and reason, and nothing is imported") {
  Sandbox s;
  const auto db = s.path("bad.db");
  auto r = s.run("roster import " + roster("bad_benefit_roll.csv") + " --db " + db.string());
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  const std::string f = roster("bad_benefit_roll.csv");
  auto has = [&](const std::string& text) {
    INFO("missing: " << text << "\nstderr:\n" << r.err);
    CHECK(r.err.find(text) != std::string::npos);
  };
  has(f + ":3: column 身份证号: '320102194501011230': check character");
  has(f + ":4: column 救助类别: '低保户' is not a known category");
  has(f + ":5: column 状态: '停保' is not one of 在保, 暂停, 已退出");
  has(f + ":6: column 月标准金额: '528.123'");
  has(f + ":7: column 起始日期: '2022-02-30' is not a date");
  has(f + ":8: expected 7 columns, found 6");
  has(f + ":9: column 2: text after the closing quote");
  has(f + ":12: the same person and category already appear on line 2");
  has(f + ":13: column 身份证号: ''");
  CHECK(r.err.find(":2:") == std::string::npos);
  CHECK(r.err.find(":10:") == std::string::npos);  // a quoted line break is fine
  CHECK(r.err.find("9 problem(s); nothing was imported") != std::string::npos);
  // Nothing at all was written (the file may exist, migrated, or not at all).
  if (std::filesystem::exists(db)) CHECK(query_rows(db, "SELECT count(*) FROM residents") == "0\n");
}

TEST_CASE("roster import: header, encoding and file problems") {
  Sandbox s;
  const auto db = s.path("h.db");
  {
    std::ofstream(s.path("weird.csv")) << "身份证号,姓名,类别\n320102194501011236,张老四,农村低保\n";
    auto r = s.run("roster import " + s.path("weird.csv").string() + " --db " + db.string());
    CHECK(r.exit_code == 2);
    CHECK(r.err.find(":1: header is neither a benefit roll") != std::string::npos);
  }
  {
    std::ofstream(s.path("empty.csv")) << "";
    auto r = s.run("roster import " + s.path("empty.csv").string() + " --db " + db.string());
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("empty") != std::string::npos);
  }
  {
    std::ofstream(s.path("binary.csv"), std::ios::binary) << std::string("\xFF\xFF\xFF\x00\x81", 5);
    auto r = s.run("roster import " + s.path("binary.csv").string() + " --db " + db.string());
    CHECK(r.exit_code == 2);
    CHECK(r.err.find("byte offset") != std::string::npos);
  }
  auto missing = s.run("roster import " + s.path("nope.csv").string() + " --db " + db.string());
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find("cannot read") != std::string::npos);
}

TEST_CASE("roster import: a name differing from the stored name is reported, not overwritten") {
  Sandbox s;
  const auto db = s.path("n.db");
  REQUIRE(s.run("roster import " + roster("benefit_roll.csv") + " --db " + db.string()).exit_code == 0);
  std::ofstream(s.path("renamed.csv")) << "身份证号,姓名,救助类别,发放月份,金额,发放日期,发放渠道,发放状态\n"
                                          "320102194501011236,张老肆,农村低保,2026-10,359.17,2026-10-10,惠农一卡通,已发放\n";
  auto r = s.run("roster import " + s.path("renamed.csv").string() + " --db " + db.string());
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find(":2: name '张老肆' differs from the stored name '张老四' for 320102********1236; the stored name "
                   "is kept") != std::string::npos);
  CHECK(query_rows(db, "SELECT name FROM residents WHERE id_number = '320102194501011236'") == "张老四\n");
  CHECK(query_rows(db, "SELECT count(*) FROM payments") == "1\n");
}
