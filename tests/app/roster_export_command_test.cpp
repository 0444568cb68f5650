// `onewindow roster export` as a process, on a SQLite file and on the PostgreSQL hall store: the
// XLSX read back by openpyxl (ID numbers as 18-character text, amounts as numbers, one row per
// active benefit — checked against a plain SQL count — a total row, the no-account sheet, the
// summary), the CSV's exact bytes in UTF-8 with a BOM and in GB18030, an empty month, the same
// month twice giving the same bytes, the same bytes from both stores, and the faults: bad
// arguments, a folder that does not exist or cannot be written (one line, nothing left behind).
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "app/text_encoding.h"
#include "base/id_number.h"
#include "store/pg_test_server.h"
#include "store_cli_support.h"
#include "xlsx/xlsx_read.h"

namespace {

using store_cli::Sandbox;
using xlsx_test::cell;

std::string quoted(const std::string& s) { return "'" + s + "'"; }

std::string bytes_of(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool one_line(const std::string& s) { return !s.empty() && s.find('\n') == s.size() - 1; }

std::string id(const std::string& first17) { return first17 + base::id_check_character(first17); }

const std::string kWang = id("32010219350508001");   // two active benefits, paid to one card
const std::string kLi = id("32010219500315002");     // suspended: not in any roster
const std::string kRare = id("32010219450101123");   // 𠀾生: granted from 2026-12-15, no account
const std::string kZhang = id("32010220120601003");  // ended: not in any roster
const std::string kZhao = id("32011319600909004");   // active since 2024, no account

void run_sql(store::Database& db, const std::string& sql, const std::vector<std::string>& values) {
  auto st = db.prepare(sql);
  REQUIRE_MESSAGE(st.ok(), (st.ok() ? "" : st.error().message));
  for (std::size_t i = 0; i < values.size(); ++i) st->bind(static_cast<int>(i + 1), values[i]);
  auto done = st->run();
  REQUIRE_MESSAGE(done.ok(), (done.ok() ? "" : done.error().message));
}

// The same five people on either store (a file path or a URI).
void seed(const Sandbox& s, const std::string& db_target) {
  auto migrated = s.run("db migrate --db " + quoted(db_target));
  REQUIRE_MESSAGE(migrated.exit_code == 0, migrated.err);
  auto db = store::Database::open(db_target);
  REQUIRE(db.ok());
  const std::string person = "INSERT INTO residents(id_number, name, address) VALUES(?1, ?2, ?3)";
  run_sql(*db, person, {kWang, "王䶮", "江苏省南京市玄武区锁金村街道锁金一村12幢301室"});
  run_sql(*db, person, {kLi, "李秀英", "江苏省南京市玄武区玄武门街道北京东路41号"});
  run_sql(*db, person, {kRare, "𠀾生", "江苏省南京市玄武区红山街道红山新村3幢1单元"});
  run_sql(*db, person, {kZhang, "张建国", "江苏省南京市玄武区红山街道红山新村5幢"});
  run_sql(*db, person, {kZhao, "赵敏", "南京市栖霞区孝陵卫街道卫岗8幢"});
  const std::string benefit =
      "INSERT INTO benefits(id_number, benefit_type, status, monthly_amount_fen, since, next_review, payee_account, "
      "payee_bank) VALUES(?1, ?2, ?3, CAST(?4 AS INTEGER), ?5, '2027-06-30', ?6, ?7)";
  run_sql(*db, benefit, {kWang, "农村低保", "active", "35917", "2026-01-01", "6217990000000000017", "惠农一卡通"});
  run_sql(*db, benefit, {kWang, "高龄津贴", "active", "10000", "2025-05-01", "6217990000000000017", "惠农一卡通"});
  run_sql(*db, benefit, {kLi, "城市低保", "suspended", "52800", "2025-01-01", "6228480000000000021", "农商银行"});
  run_sql(*db, benefit, {kRare, "特困供养", "active", "103000", "2026-12-15", "", ""});
  run_sql(*db, benefit, {kZhang, "孤儿基本生活费", "ended", "180000", "2024-01-01", "6217990000000000033", "惠农一卡通"});
  run_sql(*db, benefit, {kZhao, "困难残疾人生活补贴", "active", "9000", "2024-03-01", "", ""});
}

cli_test::Run export_to(const Sandbox& s, const std::string& db_target, const std::string& args,
                        const std::filesystem::path& out) {
  return s.run("roster export " + args + " --out " + quoted(out.string()) + " --db " + quoted(db_target));
}

// By village (UTF-8 order: 孝 < 红 < 锁), then ID number, then category.
const std::string kDecemberCsv =
    "姓名,身份证号,救助类别,发放月份,金额（元）,账号,开户银行,村（社区）,备注\r\n"
    "赵敏," + kZhao + ",困难残疾人生活补贴,2026-12,90.00,,,孝陵卫街道,无账号\r\n"
    "𠀾生," + kRare + ",特困供养,2026-12,1030.00,,,红山新村,无账号\r\n"
    "王䶮," + kWang + ",农村低保,2026-12,359.17,6217990000000000017,惠农一卡通,锁金一村,\r\n"
    "王䶮," + kWang + ",高龄津贴,2026-12,100.00,6217990000000000017,惠农一卡通,锁金一村,\r\n"
    "合计,,,,1579.17,,,,\r\n";

std::size_t files_in(const std::filesystem::path& dir) {
  std::size_t n = 0;
  for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir)) ++n;
  return n;
}

}  // namespace

TEST_CASE("roster export: the XLSX has one typed row per active benefit, a total, the no-account sheet and the summary") {
  Sandbox s;
  const std::string db = s.path("hall.db").string();
  seed(s, db);
  const auto out = s.path("december.xlsx");
  auto r = export_to(s, db, "--month 2026-12 --format xlsx", out);
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  CHECK(r.out == "2026-12: 4 lines, 1579.17 yuan, 2 without an account -> " + out.string() + "\n");

  const auto doc = xlsx_test::read_xlsx(out);
  REQUIRE(doc["sheets"].size() == 3);
  const auto& detail = doc["sheets"][0];
  CHECK(detail["name"] == "发放明细");
  CHECK(doc["sheets"][1]["name"] == "无账号");
  CHECK(doc["sheets"][2]["name"] == "汇总");
  const std::vector<std::string> header = {"姓名", "身份证号", "救助类别", "发放月份", "金额（元）",
                                           "账号", "开户银行", "村（社区）", "备注"};
  for (std::size_t c = 0; c < header.size(); ++c) CHECK(cell(detail, 0, c)[1] == header[c]);

  // As many rows as a plain SQL count of the month's active benefits, each benefit once.
  const std::string counted = store_cli::query_rows(
      db, "SELECT count(*) FROM benefits WHERE status = 'active' AND since <= '2026-12-31'");
  REQUIRE(counted == "4\n");
  REQUIRE(detail["rows"].size() == 1 + 4 + 1);
  std::set<std::pair<std::string, std::string>> seen;
  for (std::size_t row = 1; row <= 4; ++row) {
    const auto idc = cell(detail, row, 1);
    CHECK(idc[0] == "s");  // text, all 18 characters
    CHECK(idc[1].get<std::string>().size() == 18);
    CHECK(cell(detail, row, 3)[1] == "2026-12");
    CHECK(cell(detail, row, 4)[0] == "n");  // the amount is a number in yuan
    CHECK(cell(detail, row, 4)[2] == "0.00");
    seen.insert({idc[1].get<std::string>(), cell(detail, row, 2)[1].get<std::string>()});
  }
  CHECK(seen == std::set<std::pair<std::string, std::string>>{
                    {kWang, "农村低保"}, {kWang, "高龄津贴"}, {kRare, "特困供养"}, {kZhao, "困难残疾人生活补贴"}});
  CHECK(cell(detail, 3, 0)[1] == "王䶮");
  CHECK(cell(detail, 3, 4)[1].get<double>() == doctest::Approx(359.17).epsilon(1e-12));
  CHECK(cell(detail, 3, 5)[1] == "6217990000000000017");
  CHECK(cell(detail, 3, 5)[0] == "s");
  CHECK(cell(detail, 3, 6)[1] == "惠农一卡通");
  CHECK(cell(detail, 3, 7)[1] == "锁金一村");
  CHECK(cell(detail, 3, 8).is_null());
  CHECK(cell(detail, 2, 0)[1] == "𠀾生");
  CHECK(cell(detail, 2, 5).is_null());  // no account: still in the roster, marked
  CHECK(cell(detail, 2, 8)[1] == "无账号");
  CHECK(cell(detail, 5, 0)[1] == "合计");
  CHECK(cell(detail, 5, 0)[3] == true);
  CHECK(cell(detail, 5, 4)[0] == "n");
  CHECK(cell(detail, 5, 4)[1].get<double>() == doctest::Approx(1579.17).epsilon(1e-12));
  CHECK(detail["freeze"] == "A2");

  const auto& missing = doc["sheets"][1];
  REQUIRE(missing["rows"].size() == 1 + 2 + 1);
  CHECK(cell(missing, 1, 1)[1] == kZhao);
  CHECK(cell(missing, 2, 1)[1] == kRare);
  CHECK(cell(missing, 3, 0)[1] == "合计");
  CHECK(cell(missing, 3, 4)[1].get<double>() == doctest::Approx(1120.0));

  const auto& summary = doc["sheets"][2];
  REQUIRE(summary["rows"].size() == 1 + 4 + 1);
  CHECK(cell(summary, 0, 0)[1] == "救助类别");
  CHECK(cell(summary, 1, 0)[1] == "农村低保");  // category order of the roster vocabulary
  CHECK(cell(summary, 1, 1)[1] == 1);
  CHECK(cell(summary, 1, 2)[1].get<double>() == doctest::Approx(359.17).epsilon(1e-12));
  CHECK(cell(summary, 5, 0)[1] == "合计");
  CHECK(cell(summary, 5, 1)[1] == 4);
  CHECK(cell(summary, 5, 2)[1].get<double>() == doctest::Approx(1579.17).epsilon(1e-12));
  CHECK(cell(summary, 5, 3)[1] == 2);
}

TEST_CASE("roster export: the CSV is the exact text in UTF-8 with a BOM, or the same in GB18030") {
  Sandbox s;
  const std::string db = s.path("hall.db").string();
  seed(s, db);
  auto utf8 = export_to(s, db, "--month 2026-12 --format csv", s.path("r.csv"));
  REQUIRE_MESSAGE(utf8.exit_code == 0, utf8.err);
  CHECK(bytes_of(s.path("r.csv")) == "\xEF\xBB\xBF" + kDecemberCsv);
  auto explicit_utf8 = export_to(s, db, "--month 2026-12 --format csv --encoding utf8", s.path("u.csv"));
  REQUIRE(explicit_utf8.exit_code == 0);
  CHECK(bytes_of(s.path("u.csv")) == bytes_of(s.path("r.csv")));

  auto gb = export_to(s, db, "--month 2026-12 --format csv --encoding gb18030", s.path("gb.csv"));
  REQUIRE_MESSAGE(gb.exit_code == 0, gb.err);
  const std::string bytes = bytes_of(s.path("gb.csv"));
  CHECK(bytes.rfind("\xEF\xBB\xBF", 0) != 0);          // no BOM
  CHECK(bytes.find("\x95\x32\x88\x38") != std::string::npos);  // 𠀾 as GB18030's four bytes
  auto back = app::convert_text(bytes, "GB18030", "UTF-8");
  REQUIRE(back.ok());
  CHECK(*back == kDecemberCsv);
}

TEST_CASE("roster export: a month without benefits is headers and a zero total, and November leaves out December's grant") {
  Sandbox s;
  const std::string db = s.path("hall.db").string();
  seed(s, db);
  auto empty_csv = export_to(s, db, "--month 2020-01 --format csv", s.path("e.csv"));
  REQUIRE_MESSAGE(empty_csv.exit_code == 0, empty_csv.err);
  CHECK(empty_csv.out.rfind("2020-01: 0 lines, 0.00 yuan, 0 without an account", 0) == 0);
  CHECK(bytes_of(s.path("e.csv")) ==
        "\xEF\xBB\xBF姓名,身份证号,救助类别,发放月份,金额（元）,账号,开户银行,村（社区）,备注\r\n合计,,,,0.00,,,,\r\n");
  auto empty_xlsx = export_to(s, db, "--month 2020-01 --format xlsx", s.path("e.xlsx"));
  REQUIRE(empty_xlsx.exit_code == 0);
  const auto doc = xlsx_test::read_xlsx(s.path("e.xlsx"));
  const auto& detail = doc["sheets"][0];
  REQUIRE(detail["rows"].size() == 2);
  CHECK(cell(detail, 0, 1)[1] == "身份证号");
  CHECK(cell(detail, 1, 0)[1] == "合计");
  CHECK(cell(detail, 1, 4)[0] == "n");
  CHECK(cell(detail, 1, 4)[1] == 0);
  CHECK(doc["sheets"][1]["rows"].size() == 2);
  CHECK(doc["sheets"][2]["rows"].size() == 2);

  auto november = export_to(s, db, "--month 2026-11 --format csv", s.path("n.csv"));
  REQUIRE(november.exit_code == 0);
  CHECK(november.out.rfind("2026-11: 3 lines, 549.17 yuan, 1 without an account", 0) == 0);
  CHECK(bytes_of(s.path("n.csv")).find(kRare) == std::string::npos);
}

TEST_CASE("roster export: the same month twice gives the same bytes, and both stores give the same file (pg: fixture)") {
  Sandbox s;
  const std::string db = s.path("hall.db").string();
  seed(s, db);
  test_support::PgDatabase pg;
  seed(s, pg.uri());
  for (const std::string format : {"xlsx", "csv"}) {
    const auto a = s.path("a." + format), b = s.path("b." + format), p = s.path("pg." + format);
    REQUIRE(export_to(s, db, "--month 2026-12 --format " + format, a).exit_code == 0);
    REQUIRE(export_to(s, db, "--month 2026-12 --format " + format, b).exit_code == 0);
    auto on_pg = export_to(s, pg.uri(), "--month 2026-12 --format " + format, p);
    REQUIRE_MESSAGE(on_pg.exit_code == 0, on_pg.err);
    CHECK(on_pg.out.rfind("2026-12: 4 lines, 1579.17 yuan, 2 without an account", 0) == 0);
    CHECK(bytes_of(a).size() > 100);
    CHECK_MESSAGE(bytes_of(a) == bytes_of(b), format);
    CHECK_MESSAGE(bytes_of(a) == bytes_of(p), format);
  }
}

// ID numbers and accounts of everyone on the roster leave the store: each person is in the audit
// log as looked at (who cli, why roster export), once however many benefits they hold, before the
// file is written; the log still verifies. Both stores.
TEST_CASE("roster export: everyone on the roster is audited as looked at, once each, and the log verifies (pg: fixture)") {
  Sandbox s;
  const std::string file = s.path("hall.db").string();
  test_support::PgDatabase pg;
  for (const std::string& db : {file, pg.uri()}) {
    CAPTURE(db);
    seed(s, db);
    REQUIRE(export_to(s, db, "--month 2026-12 --format csv", s.path("r.csv")).exit_code == 0);
    auto wang = s.run("audit show --person " + kWang + " --db " + quoted(db));
    REQUIRE_MESSAGE(wang.exit_code == 0, wang.err);
    CHECK(wang.out.find("\tcli\troster export\n") != std::string::npos);
    CHECK(std::count(wang.out.begin(), wang.out.end(), '\n') == 1);  // two benefits, one look
    auto li = s.run("audit show --person " + kLi + " --db " + quoted(db));  // suspended: not on the roster
    CHECK(li.out.find("roster export") == std::string::npos);
    auto intact = s.run("audit verify --db " + quoted(db));
    CHECK_MESSAGE(intact.exit_code == 0, (intact.out + intact.err));
    // 3 people on the roster, then the two `audit show`s are audited themselves.
    CHECK(intact.out == "audit log intact: 5 rows chained\n");
  }
}

TEST_CASE("roster export: bad arguments and unwritable places are exit 2 with one line, and leave nothing behind") {
  Sandbox s;
  const std::string db = s.path("hall.db").string();
  seed(s, db);
  const auto dir = s.path("exports");
  std::filesystem::create_directories(dir);
  for (const std::string args : {"--month 2026-13 --format xlsx", "--month 2026-1 --format csv", "--format xlsx",
                                 "--month 2026-12 --format pdf", "--month 2026-12",
                                 "--month 2026-12 --format csv --encoding latin1",
                                 "--month 2026-12 --format xlsx --encoding gb18030"}) {
    auto r = export_to(s, db, args, dir / "x.out");
    CHECK_MESSAGE(r.exit_code == 2, args);
    CHECK_MESSAGE(one_line(r.err), args << ": " << r.err);
  }
  auto no_out = s.run("roster export --month 2026-12 --format csv --db " + quoted(db));
  CHECK(no_out.exit_code == 2);
  CHECK(no_out.err.find("--out") != std::string::npos);
  auto no_folder = export_to(s, db, "--month 2026-12 --format xlsx", s.path("no/such/folder/r.xlsx"));
  CHECK(no_folder.exit_code == 2);
  CHECK(one_line(no_folder.err));
  CHECK(no_folder.err.find("does not exist") != std::string::npos);
  auto no_store = export_to(s, s.path("missing.db").string(), "--month 2026-12 --format csv", dir / "r.csv");
  CHECK(no_store.exit_code == 2);
  CHECK(one_line(no_store.err));

  // Read-only even for root (the tests may run as root): the immutable attribute.
  REQUIRE(std::system(("chattr +i " + quoted(dir.string())).c_str()) == 0);
  auto xlsx = export_to(s, db, "--month 2026-12 --format xlsx", dir / "r.xlsx");
  auto csv = export_to(s, db, "--month 2026-12 --format csv", dir / "r.csv");
  REQUIRE(std::system(("chattr -i " + quoted(dir.string())).c_str()) == 0);
  for (const auto* r : {&xlsx, &csv}) {
    CHECK(r->exit_code == 2);
    CHECK(one_line(r->err));
    CHECK(r->err.find("nothing was written") != std::string::npos);
    CHECK(r->out.empty());
  }
  CHECK(files_in(dir) == 0);
}
