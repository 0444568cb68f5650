// `onewindow stats --json` as a process (issue 20), on a SQLite file and on PostgreSQL: zeros for
// an empty store, figures that match a plain count of the rows, and exit 2 for bad arguments.
#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "store/store_backends.h"
#include "store_cli_support.h"
#include "xlsx/xlsx_read.h"

using store_cli::Sandbox;

namespace {

std::string q(const std::string& s) { return "'" + s + "'"; }

void exec(store::Database& db, const std::string& sql) {
  auto s = db.exec(sql);
  REQUIRE_MESSAGE(s.ok(), (s.ok() ? "" : s.error().message));
}

long count(store::Database& db, const std::string& sql) {
  auto st = db.prepare(sql);
  REQUIRE(st.ok());
  REQUIRE(st->step().value());
  return static_cast<long>(st->int64(0));
}

}  // namespace

STORE_TEST("stats --json answers an empty store with zeros for every month asked for") {
  Sandbox s;
  (void)backend.open();  // made and migrated
  auto r = s.run("stats --json --months 3 --today 2026-11-20 --db " + q(backend.location()));
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  const auto j = nlohmann::json::parse(r.out);
  CHECK(j["today"] == "2026-11-20");
  CHECK(j["months"] == nlohmann::json::array({"2026-09", "2026-10", "2026-11"}));
  REQUIRE(j["applications"].size() == 3);
  for (const auto& m : j["applications"]) {
    CHECK(m["received"] == 0);
    CHECK(m["decided"] == 0);
    CHECK(m["overdue"] == 0);
  }
  CHECK(j["items"].empty());
  CHECK(j["payments"][2]["paid_fen"] == 0);
  CHECK(j["in_payment"]["people"] == 0);
  CHECK(j["in_payment"]["by_village"].empty());
  // The same store, the same answer: nothing run-dependent in it.
  CHECK(s.run("stats --json --months 3 --today 2026-11-20 --db " + q(backend.location())).out == r.out);
}

STORE_TEST("stats --json counts what a plain count of the rows finds") {
  Sandbox s;
  auto db = backend.open();
  exec(db, "INSERT INTO residents(id, id_number, name, address) VALUES(1, 'P1', '某某', '江苏省南京市玄武区锁金村街道锁金一村1幢'),"
           " (2, 'P2', '某某', '江苏省南京市玄武区锁金村街道锁金一村2幢'), (3, 'P3', '某某', '江苏省南京市玄武区玄武门街道北京东路5幢')");
  exec(db, "INSERT INTO households VALUES('H1', 'P1', '')");
  exec(db, "INSERT INTO household_members VALUES('H1', 'P1', '本人'), ('H1', 'P2', '配偶')");
  exec(db, "INSERT INTO benefits(id_number, benefit_type, status, monthly_amount_fen, since, next_review) VALUES('P1', '农村低保', 'active', 52800, '2026-01-01', '2027-01-01'),"
           " ('P2', '高龄津贴', 'active', 10000, '2026-01-01', '2027-01-01'),"
           " ('P3', '农村低保', 'ended', 52800, '2026-01-01', '2027-01-01')");
  exec(db, "INSERT INTO payments VALUES(1, '2026-11', '农村低保', 52800, '2026-11-10', '惠农一卡通', 'paid'),"
           " (2, '2026-11', '高龄津贴', 10000, '2026-11-10', '惠农一卡通', 'failed'),"
           " (1, '2026-10', '农村低保', 52800, '2026-10-10', '惠农一卡通', 'paid')");
  exec(db, "INSERT INTO applications(uuid, acceptance_no, item_code, applicant_id, applicant_name, status, accepted_at, due) VALUES"
           " ('u1', 'N1', 'dibao', 'P1', '某某', 'approved', '2026-11-02 09:00:00', '2026-11-10'),"
           " ('u2', 'N2', 'dibao', 'P2', '某某', 'reviewing', '2026-11-03 09:00:00', '2026-11-12'),"
           " ('u3', 'N3', 'gaoling', 'P3', '某某', 'not_accepted', '2026-11-04 09:00:00', '2026-11-12')");
  exec(db, "INSERT INTO application_events(application_uuid, from_status, to_status, who, at) VALUES"
           " ('u1', NULL, 'accepted', 'C01', '2026-11-02 09:00:00'), ('u1', 'publicized', 'approved', 'P01', '2026-11-09 15:00:00')");
  auto r = s.run("stats --json --month 2026-11 --today 2026-11-20 --db " + q(backend.location()));
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  const auto j = nlohmann::json::parse(r.out);
  const auto& nov = j["applications"][0];
  CHECK(nov["received"] == count(db, "SELECT COUNT(*) FROM applications WHERE accepted_at LIKE '2026-11%' AND status <> 'not_accepted'"));
  CHECK(nov["decided"] == count(db, "SELECT COUNT(DISTINCT application_uuid) FROM application_events WHERE to_status = 'approved'"));
  // Monday 2 to Monday 9 November 2026: five working days (the county's calendar).
  CHECK(nov["average_working_days"] == 5.0);
  CHECK(nov["longest_working_days"] == 5);
  CHECK(nov["overdue"] == 1);  // u2: due the 12th, still under review on the 20th
  REQUIRE(j["items"].size() == 1);
  CHECK(j["items"][0]["item"] == "dibao");
  CHECK(j["items"][0]["name"] == "最低生活保障（低保）申请");
  CHECK(j["payments"][0]["paid_fen"] ==
        count(db, "SELECT SUM(amount_fen) FROM payments WHERE period = '2026-11' AND status = 'paid'"));
  CHECK(j["payments"][0]["failed"] == 1);
  const auto& in = j["in_payment"];
  CHECK(in["people"] == count(db, "SELECT COUNT(DISTINCT id_number) FROM benefits WHERE status = 'active'"));
  CHECK(in["households"] == 1);
  CHECK(in["monthly_fen"] == count(db, "SELECT SUM(monthly_amount_fen) FROM benefits WHERE status = 'active'"));
  REQUIRE(in["by_village"].size() == 1);
  CHECK(in["by_village"][0]["label"] == "锁金一村");
  CHECK(in["by_village"][0]["people"] == 2);
}

STORE_TEST("stats --xlsx writes the screen's workbook: typed numbers, a total row, read back by openpyxl") {
  Sandbox s;
  auto db = backend.open();
  exec(db, "INSERT INTO residents(id, id_number, name, address) VALUES(1, 'P1', '某某', '江苏省南京市玄武区锁金村街道锁金一村1幢')");
  exec(db, "INSERT INTO benefits(id_number, benefit_type, status, monthly_amount_fen, since, next_review) VALUES('P1', '农村低保', 'active', 52850, '2026-01-01', '2027-01-01')");
  exec(db, "INSERT INTO payments VALUES(1, '2026-11', '农村低保', 52850, '2026-11-10', '惠农一卡通', 'paid')");
  exec(db, "INSERT INTO applications(uuid, acceptance_no, item_code, applicant_id, applicant_name, status, accepted_at, due) VALUES"
           " ('u1', 'N1', 'dibao', 'P1', '某某', 'reviewing', '2026-11-02 09:00:00', '2026-11-10')");
  const auto out = s.path("统计.xlsx");
  auto r = s.run("stats --xlsx " + q(out.string()) + " --month 2026-11 --today 2026-11-20 --db " + q(backend.location()));
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  CHECK(r.out.empty());
  const auto book = xlsx_test::read_xlsx(out);
  REQUIRE(book["sheets"].size() == 4);
  const auto& apps = book["sheets"][0];
  CHECK(apps["name"] == "办件");
  CHECK(xlsx_test::cell(apps, 0, 2)[1] == "受理件数");
  // One item row and the month's total row: received 1, overdue 1, as numbers.
  CHECK(xlsx_test::cell(apps, 1, 1)[1] == "最低生活保障（低保）申请");
  CHECK(xlsx_test::cell(apps, 1, 2)[0] == "n");
  CHECK(xlsx_test::cell(apps, 1, 2)[1] == 1);
  CHECK(xlsx_test::cell(apps, 2, 1)[1] == "合计");
  CHECK(xlsx_test::cell(apps, 2, 6)[1] == 1);
  const auto& villages = book["sheets"][2];
  CHECK(xlsx_test::cell(villages, 1, 1)[1] == "锁金一村");
  CHECK(xlsx_test::cell(villages, 1, 5)[0] == "n");
  CHECK(xlsx_test::cell(villages, 1, 5)[1] == 528.5);
  CHECK(xlsx_test::cell(book["sheets"][3], 1, 3)[1] == 528.5);
  // The same figures give the same bytes.
  const auto again = s.path("again.xlsx");
  REQUIRE(s.run("stats --xlsx " + q(again.string()) + " --month 2026-11 --today 2026-11-20 --db " + q(backend.location())).exit_code == 0);
  std::ifstream a(out, std::ios::binary), b(again, std::ios::binary);
  CHECK(std::string(std::istreambuf_iterator<char>(a), {}) == std::string(std::istreambuf_iterator<char>(b), {}));
  // A folder that is not there: one line, exit 2, nothing written.
  auto bad = s.run("stats --xlsx " + q(s.path("no/such/dir/x.xlsx").string()) + " --db " + q(backend.location()));
  CHECK(bad.exit_code == 2);
  CHECK(bad.err.find("onewindow: ") == 0);
  CHECK_FALSE(std::filesystem::exists(s.path("no")));
}

TEST_CASE("stats refuses bad arguments and a store that is not there with exit 2") {
  Sandbox s;
  const std::string db = " --db " + q(s.path("none.db").string());
  for (const char* args : {"stats", "stats --json --month 2026-13", "stats --json --months 0", "stats --json --months 99",
                           "stats --json --month 2026-11 --months 3", "stats --json --today 2026-02-30", "stats --json extra"}) {
    INFO(args);
    auto r = s.run(std::string(args) + db);
    CHECK(r.exit_code == 2);
    CHECK(r.out.empty());
    CHECK(r.err.find("onewindow: ") == 0);
  }
  auto missing = s.run("stats --json" + db);
  CHECK(missing.exit_code == 2);
  CHECK_FALSE(std::filesystem::exists(s.path("none.db")));
}
