// `onewindow roster import`: encodings, both header kinds, all-or-nothing, idempotence, names.
#include <doctest/doctest.h>

#include <fstream>

#include "base/utf8.h"
#include "store_cli_support.h"

using store_cli::query_rows;
using store_cli::roster;
using store_cli::Sandbox;

TEST_CASE("roster import: a UTF-8 benefit roll imports, and importing it again changes nothing") {
  Sandbox s;
  // A store is made only in a folder that exists.
  const auto db = s.path("new/dir/store.db");
  auto refused = s.run("roster import " + roster("benefit_roll.csv") + " --db " + db.string());
  CHECK(refused.exit_code == 2);
  CHECK(refused.err.find("the folder") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(s.path("new")));
  std::filesystem::create_directories(db.parent_path());
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
  // A quoted line break is fine for CSV, not in a name: shown escaped on one line.
  has(f + ":10: column 姓名: '多行\\n名字' holds a control character");
  CHECK(r.err.find(f + ": 第3、4、5、6、7、8、9、10、12、13行有问题，共10处; nothing was imported\n") != std::string::npos);
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

namespace {
std::string utf16le_with_bom(const std::string& utf8) {
  std::string out("\xFF\xFE", 2);
  std::u32string cps;
  for (char32_t cp : base::decode_utf8(utf8)) {
    if (cp >= 0x10000) {
      cp -= 0x10000;
      for (char32_t unit : {0xD800 + (cp >> 10), 0xDC00 + (cp & 0x3FF)}) {
        out += static_cast<char>(unit & 0xFF);
        out += static_cast<char>(unit >> 8);
      }
    } else {
      out += static_cast<char>(cp & 0xFF);
      out += static_cast<char>(cp >> 8);
    }
  }
  return out;
}
}  // namespace

TEST_CASE("roster import: a roster as offices write it (aliases, Excel forms, UTF-16LE tab-separated) imports") {
  Sandbox s;
  const auto db = s.path("forms.db");
  // Excel "Unicode text": UTF-16LE with BOM, tabs, trailing empty columns and blank rows, a header
  // with a full-width space and upper case, official long names, Excel's date and amount forms.
  const std::string text =
      "身份证号\t姓名\t救助类别\t状态\t月标准金额\t起始日期\t下次年审日期\t\t\r\n"
      "'320102194501011236\t 张老四 \t农村最低生活保障\t在保\t￥359.17\t2024/1/1\t2026年12月31日\t\t\r\n"
      "\t\t\t\t\t\t\t\t\r\n"
      "110101199003074514\t李四\t城市最低生活保障\t在保\t1,150.00\t20240301\t2026-12-31 00:00:00\t\t\r\n"
      "３２０１０２１９４５０１０１１２３６\t张老四\t特困人员救助供养\t在保\t528元\t2024.3.1\t2026-3-1\t\t\r\n"
      "110101199003074514\t李四\t高龄补贴\t在保\t¥100\t2024-3-1\t2026/03/01\t\t\r\n"
      "\t\t\t\t\t\t\t\t\r\n";
  std::ofstream(s.path("excel.txt"), std::ios::binary) << utf16le_with_bom(text);
  // The header trimmed of NBSP and the ideographic space, English in upper case, in a comma file too.
  auto r = s.run("roster import " + s.path("excel.txt").string() + " --db " + db.string());
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("benefit roll, 4 rows: 4 new") != std::string::npos);
  CHECK(query_rows(db, "SELECT b.monthly_amount_fen, b.since, b.next_review FROM benefits b ORDER BY 1") ==
        "10000|2024-03-01|2026-03-01\n35917|2024-01-01|2026-12-31\n52800|2024-03-01|2026-03-01\n"
        "115000|2024-03-01|2026-12-31\n");
  CHECK(query_rows(db, "SELECT name FROM residents ORDER BY name") == "张老四\n李四\n");
  std::ofstream(s.path("en.csv")) << "\xC2\xA0ID_NUMBER,Name,Benefit_Type,PERIOD,amount,paid_on,channel,status\xE3\x80\x80\n"
                                     "320102194501011236,张老四,低保,2026年9月,528,2026/9/10,银行卡,已发放\n";
  auto en = s.run("roster import " + s.path("en.csv").string() + " --db " + db.string());
  INFO(en.err);
  CHECK(en.exit_code == 0);
  CHECK(query_rows(db, "SELECT period, amount_fen FROM payments") == "2026-09|52800\n");
}

TEST_CASE("roster import: a problem on every line prints a summary and 20 problems, and --report lists them all") {
  Sandbox s;
  const auto db = s.path("r.db");
  REQUIRE(s.run("roster import " + roster("benefit_roll.csv") + " --db " + db.string()).exit_code == 0);
  const std::string before = query_rows(db, "SELECT * FROM benefits ORDER BY 1, 2") +
                             query_rows(db, "SELECT * FROM residents ORDER BY 1");
  {
    std::ofstream f(s.path("bad.csv"));
    f << "身份证号,姓名,救助类别,状态,月标准金额,起始日期,下次年审日期\n";
    for (int i = 0; i < 5000; ++i) f << "320102194501011236,张老四,农村低保,在保,359.17,2024-01-01,someday\n";
  }
  auto r = s.run("roster import " + s.path("bad.csv").string() + " --db " + db.string() + " --report " +
                 s.path("problems.csv").string());
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  int lines = 0;
  for (char c : r.err) lines += c == '\n';
  CHECK(lines == 22);  // the summary, 20 problems, and where the rest are
  CHECK(r.err.find("第2、3、4、5、6、7、8、9、10、11…行有问题，共5000处; nothing was imported") != std::string::npos);
  std::ifstream report(s.path("problems.csv"));
  std::string line;
  int rows = 0;
  std::getline(report, line);
  CHECK(line == "line,column,problem");
  while (std::getline(report, line)) ++rows;
  CHECK(rows == 5000);
  // The store is as it was.
  CHECK(query_rows(db, "SELECT * FROM benefits ORDER BY 1, 2") + query_rows(db, "SELECT * FROM residents ORDER BY 1") ==
        before);
}

TEST_CASE("roster import: names with control characters or too long are refused, the store unchanged") {
  Sandbox s;
  const auto db = s.path("names.db");
  REQUIRE(s.run("roster import " + roster("benefit_roll.csv") + " --db " + db.string()).exit_code == 0);
  const std::string before = query_rows(db, "SELECT * FROM residents ORDER BY 1");
  std::string long_name;
  for (int i = 0; i < 51; ++i) long_name += "张";
  std::ofstream(s.path("names.csv"), std::ios::binary)
      << "身份证号,姓名,救助类别,状态,月标准金额,起始日期,下次年审日期\n"
      << "110101199003074514,\"李\n四\",农村低保,在保,100,2024-01-01,2026-12-31\n"
      << "110101199003074514," << long_name << ",城市低保,在保,100,2024-01-01,2026-12-31\n"
      << "11010119900307451X," << std::string("王\0五", 7) << ",城市低保,在保,100,2024-01-01,2026-12-31\n";
  auto r = s.run("roster import " + s.path("names.csv").string() + " --db " + db.string());
  CHECK(r.exit_code == 2);
  CHECK(r.err.find(":2: column 姓名: '李\\n四' holds a control character") != std::string::npos);
  CHECK(r.err.find(":4: column 姓名: longer than 50 characters (51)") != std::string::npos);
  CHECK(r.err.find(":5: column 姓名: '王\\0五' holds a control character") != std::string::npos);
  CHECK(query_rows(db, "SELECT * FROM residents ORDER BY 1") == before);
}
