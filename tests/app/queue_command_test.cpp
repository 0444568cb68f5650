// `onewindow queue list|claim|release|decide` as processes, on a SQLite file and on the PostgreSQL
// hall store; and 8 processes claiming from 2,000 cases on PostgreSQL, each case exactly once.
#include <doctest/doctest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "store/case_desk_support.h"
#include "store/store_backends.h"
#include "store_cli_support.h"

using store_cli::Sandbox;

namespace {

// A store with the staff and `n` 低保 applications (acceptance_no(1) the oldest).
void fill(const test_support::StoreBackend& backend, int n) {
  auto db = backend.open();
  case_support::add_staff(db);
  auto tx = store::Transaction::begin(db);
  REQUIRE(tx.ok());
  for (int i = 1; i <= n; ++i) case_support::add_application(db, i);
  REQUIRE(tx->commit().ok());
}

std::string q(const std::string& s) { return "'" + s + "'"; }

}  // namespace

STORE_TEST("queue claim prints the oldest case's number alone, exit 1 when none is left, 2 for a staff who may not review") {
  Sandbox s;
  fill(backend, 2);
  const std::string db = " --db " + q(backend.location()) + " --at '2026-12-01 09:00:00'";
  auto first = s.run("queue claim --staff R01" + db);
  REQUIRE_MESSAGE(first.exit_code == 0, first.err);
  CHECK(first.out == case_support::acceptance_no(1) + "\n");
  auto second = s.run("queue claim --staff r02 --lease 90s" + db);  // staff numbers are case-blind
  CHECK(second.out == case_support::acceptance_no(2) + "\n");
  auto none = s.run("queue claim --staff R01" + db);
  CHECK(none.exit_code == 1);
  CHECK(none.out.empty());
  CHECK(none.err.find("nothing left to claim") != std::string::npos);
  auto unknown = s.run("queue claim --staff Z99" + db);
  CHECK(unknown.exit_code == 2);
  CHECK(unknown.err.find("no staff member Z99") != std::string::npos);
  auto counter = s.run("queue claim --staff C01" + db);
  CHECK(counter.exit_code == 2);
  CHECK(counter.err.find("may not claim cases") != std::string::npos);
  CHECK(s.run("queue claim --staff R01 --lease 3d" + db).exit_code == 2);
  CHECK(s.run("queue claim" + db).exit_code == 2);

  auto list = s.run("queue list --db " + q(backend.location()) + " --at '2026-12-01 09:00:30'");
  REQUIRE(list.exit_code == 0);
  CHECK(list.out ==
        "acceptance_no\tstatus\titem\taccepted_at\tdue\toverdue\tclaimed_by\tlease_until\n" +
            case_support::acceptance_no(1) + "\taccepted\tdibao\t2026-11-23 08:01:00\t2027-01-06\tno\tR01\t2026-12-01 09:30:00\n" +
            case_support::acceptance_no(2) + "\taccepted\tdibao\t2026-11-23 08:02:00\t2027-01-06\tno\tR02\t2026-12-01 09:01:30\n");
  // Two minutes later R02's 90-second lease is gone and R01 may take that case.
  auto expired = s.run("queue claim --staff R01 --db " + q(backend.location()) + " --at '2026-12-01 09:02:00'");
  CHECK(expired.out == case_support::acceptance_no(2) + "\n");
  auto not_yours = s.run("queue release " + case_support::acceptance_no(1) + " --staff R02" + db);
  CHECK(not_yours.exit_code == 1);
  CHECK(not_yours.err.find("claimed by R01") != std::string::npos);
  auto back = s.run("queue release " + case_support::acceptance_no(1) + " --staff A01" + db);
  CHECK(back.exit_code == 0);
  CHECK(back.out == case_support::acceptance_no(1) + "\n");
}

STORE_TEST("queue decide takes a 低保 case through its three steps, the notice and approval, the kiosk look-up shows the benefit") {
  Sandbox s;
  fill(backend, 1);
  const std::string no = case_support::acceptance_no(1);
  const std::string db = " --db " + q(backend.location());
  const std::string day1 = db + " --at '2026-12-01 09:00:00'";
  REQUIRE(s.run("queue claim " + no + " --staff R01" + day1).exit_code == 0);
  auto refused = s.run("queue decide " + no + " publicize --staff R01" + day1);
  CHECK(refused.exit_code == 1);
  CHECK(refused.err.find("is 已受理 and cannot publicize") != std::string::npos);
  auto bad_field = s.run("queue decide " + no + " step home_visit visit_date=2026-11-31 --staff R01" + day1);
  CHECK(bad_field.exit_code == 1);
  CHECK(bad_field.err.find("not a date") != std::string::npos);
  auto visit = s.run("queue decide " + no + " step home_visit visit_date=2026-11-30 staff_1=R01 staff_2=R02 findings=家中无劳动力 --staff R01" + day1);
  REQUIRE_MESSAGE(visit.exit_code == 0, visit.err);
  CHECK(visit.out == no + "\taccepted\treviewing\n");
  REQUIRE(s.run("queue decide " + no + " step community_review review_date=2026-11-30 attendees=11 votes_for=10 votes_against=1 outcome=通过 --staff R01" + day1).exit_code == 0);
  REQUIRE(s.run("queue decide " + no + " step economic_check result=符合 income_found=320 assets_found=5000 --staff R01" + day1).exit_code == 0);
  auto pub = s.run("queue decide " + no + " publicize --proposed 528 --staff R01" + day1);
  REQUIRE_MESSAGE(pub.exit_code == 0, pub.err);
  CHECK(pub.out == no + "\treviewing\tpublicized\n");
  // Seven working days from Tuesday 2026-12-01: the notice's last day is Thursday 2026-12-10.
  CHECK(store_cli::query_rows(backend.location(), "SELECT starts, ends, proposed_fen FROM case_notices") ==
        "2026-12-01|2026-12-10|52800\n");
  const std::string day2 = db + " --at '2026-12-11 10:00:00'";
  auto early = s.run("queue claim --staff P01" + db + " --at '2026-12-10 10:00:00'");
  CHECK(early.exit_code == 1);
  REQUIRE(s.run("queue claim --staff P01" + day2).out == no + "\n");
  auto self = s.run("queue decide " + no + " approve --amount 528 --start 2027-01 --benefit 城市低保 --staff P01" + day2);
  REQUIRE_MESSAGE(self.exit_code == 0, self.err);
  CHECK(self.out == no + "\tpublicized\tapproved\n");
  auto status = s.run("status " + case_support::id_for(1) + " --json --today 2026-12-11" + db);
  REQUIRE_MESSAGE(status.exit_code == 0, status.err);
  CHECK(status.out.find("{\"type\":\"城市低保\",\"status\":\"在保\",\"monthly_amount_fen\":52800,\"since\":\"2027-01-01\"") !=
        std::string::npos);
  CHECK(status.out.find("\"status\":\"approved\"") != std::string::npos);
  CHECK(store_cli::query_rows(backend.location(),
                              "SELECT who, action, at FROM application_events ORDER BY id") ==
        "C01||2026-11-23 08:01:00\nR01|record_step:home_visit|2026-12-01 09:00:00\n"
        "R01|record_step:community_review|2026-12-01 09:00:00\nR01|record_step:economic_check|2026-12-01 09:00:00\n"
        "R01|publicize|2026-12-01 09:00:00\nP01|approve|2026-12-11 10:00:00\n");
}

STORE_TEST("queue decide: 补正 and back, rejection with a reason, and usage errors") {
  Sandbox s;
  fill(backend, 2);
  const std::string db = " --db " + q(backend.location()) + " --at '2026-12-01 09:00:00'";
  const std::string one = case_support::acceptance_no(1), two = case_support::acceptance_no(2);
  REQUIRE(s.run("queue claim " + one + " --staff R01" + db).exit_code == 0);
  auto ask = s.run("queue decide " + one + " supplement hukoubu --staff R01" + db);
  REQUIRE_MESSAGE(ask.exit_code == 0, ask.err);
  CHECK(ask.out == one + "\taccepted\tneeds_supplement\n");
  // It waits for the resident; by its number a reviewer may take it (the papers reached the back
  // office) — and while they hold it, the window cannot tick it.
  REQUIRE(s.run("queue claim " + one + " --staff R01" + db).exit_code == 0);
  CHECK(s.run("queue decide " + one + " supplied --staff C01" + db).exit_code == 1);
  REQUIRE(s.run("queue release " + one + " --staff R01" + db).exit_code == 0);
  auto supplied = s.run("queue decide " + one + " supplied --staff C01" + db);
  REQUIRE_MESSAGE(supplied.exit_code == 0, supplied.err);
  CHECK(supplied.out == one + "\tneeds_supplement\treviewing\n");

  REQUIRE(s.run("queue claim " + two + " --staff P01" + db).exit_code == 1);  // an approver waits for review
  REQUIRE(s.run("queue claim " + two + " --staff A01" + db).exit_code == 0);
  auto no_reason = s.run("queue decide " + two + " reject --staff A01" + db);
  CHECK(no_reason.exit_code == 1);
  CHECK(no_reason.err.find("is 已受理 and cannot reject") != std::string::npos);
  REQUIRE(s.run("queue decide " + two + " step home_visit visit_date=2026-11-30 staff_1=A staff_2=B findings=x --staff A01" + db).exit_code == 0);
  REQUIRE(s.run("queue release " + two + " --staff A01" + db).exit_code == 0);
  REQUIRE(s.run("queue claim " + two + " --staff P01" + db).exit_code == 1);  // 低保 goes through a notice first
  CHECK(s.run("queue decide " + two + " bless --staff A01" + db).exit_code == 2);
  CHECK(s.run("queue decide " + two + " approve --staff A01" + db).exit_code == 2);
  CHECK(s.run("queue decide " + two + " approve --amount x --start 2027-01 --staff A01" + db).exit_code == 2);
  CHECK(s.run("queue decide " + two + " --staff A01" + db).exit_code == 2);
  CHECK(s.run("queue decide " + two + " reject --note 不符合 --staff A01 --at 2026-12-01 --db " + q(backend.location()))
            .exit_code == 2);
}

STORE_TEST("queue decide --bulk approve: a batch where some cases cannot be approved, each refusal with its reason") {
  Sandbox s;
  fill(backend, 5);
  {
    auto db = backend.open();
    case_support::publicize(db, 1, "R01", 52800, "2026-12-01 09:00:00", "2026-12-10");
    case_support::publicize(db, 2, "R01", 40000, "2026-12-01 09:00:00", "2026-12-10");
    case_support::publicize(db, 3, "A01", 45000, "2026-12-01 09:00:00", "2026-12-10");  // A01 reviewed it
    case_support::publicize(db, 4, "R01", 45000, "2026-12-01 09:00:00", "2026-12-10");
    case_support::publicize(db, 5, "R01", 45000, "2026-12-01 09:00:00", "2026-12-20");  // still on notice
  }
  std::string no[6];
  for (int i = 1; i <= 5; ++i) no[i] = case_support::acceptance_no(i);
  const std::string day = " --db " + q(backend.location()) + " --at '2026-12-11 10:00:00'";
  REQUIRE(s.run("queue claim " + no[4] + " --staff P01" + day).exit_code == 0);
  auto batch = s.run("queue decide --bulk approve --start 2027-01 --benefit 城市低保 --staff A01 " + no[1] + " " + no[2] + " " +
                     no[3] + " " + no[4] + " " + no[5] + day);
  CHECK(batch.exit_code == 1);
  CHECK(batch.out == no[1] + "\tpublicized\tapproved\n" + no[2] + "\tpublicized\tapproved\n" + no[3] +
                         "\trefused\tapplication " + no[3] + " was reviewed by A01: another approver must decide\n" + no[4] +
                         "\trefused\tapplication " + no[4] + " is claimed by P01\n" + no[5] + "\trefused\tapplication " +
                         no[5] + ": the notice runs until 2026-12-20; approve after it ends\n");
  CHECK(batch.err.find("approved 2, refused 3 of 5") != std::string::npos);
  // Each case's own proposed amount; the refused ones are as they were, P01's claim still held.
  CHECK(store_cli::query_rows(backend.location(),
                              "SELECT a.acceptance_no, a.status, a.claimed_by, COALESCE(b.monthly_amount_fen, 0) FROM "
                              "applications a LEFT JOIN benefits b ON b.id_number = a.applicant_id ORDER BY a.acceptance_no") ==
        no[1] + "|approved||52800\n" + no[2] + "|approved||40000\n" + no[3] + "|publicized||0\n" + no[4] +
            "|publicized|P01|0\n" + no[5] + "|publicized||0\n");

  // The batch whose notice ended before the 11th: cases 3 and 4 (5's runs on); P01 holds 4 and
  // reviewed neither. One amount for all.
  auto ended = s.run("queue decide --bulk approve --start 2027-01 --amount 500 --benefit 城市低保 --staff P01 "
                     "--notice-ended-before 2026-12-11" + day);
  CHECK_MESSAGE(ended.exit_code == 0, ended.err);
  CHECK(ended.out == no[3] + "\tpublicized\tapproved\n" + no[4] + "\tpublicized\tapproved\n");
  CHECK(store_cli::query_rows(backend.location(), "SELECT monthly_amount_fen FROM benefits ORDER BY monthly_amount_fen") ==
        "40000\n50000\n50000\n52800\n");
  auto none = s.run("queue decide --bulk approve --start 2027-01 --benefit 城市低保 --staff P01 --notice-ended-before 2026-12-11" + day);
  CHECK(none.exit_code == 0);
  CHECK(none.out.empty());

  CHECK(s.run("queue decide --bulk reject --start 2027-01 --staff P01 " + no[5] + day).exit_code == 2);
  CHECK(s.run("queue decide --bulk approve --staff P01 " + no[5] + day).exit_code == 2);  // no --start
  CHECK(s.run("queue decide --bulk approve --start 2027-01 --staff P01" + day).exit_code == 2);  // no cases
  CHECK(s.run("queue decide --bulk approve --start 2027-01 --staff P01 --notice-ended-before 2026-12-11 " + no[5] + day)
            .exit_code == 2);
  CHECK(s.run("queue decide --bulk approve --start 2027-01 --staff C01 " + no[5] + day).exit_code == 2);  // counter staff
}

STORE_TEST("queue decide --bulk publicize: the ready cases or those named, each with its amount, refusals with their reasons") {
  Sandbox s;
  fill(backend, 4);
  std::string no[5];
  for (int i = 1; i <= 4; ++i) no[i] = case_support::acceptance_no(i);
  const std::string db = " --db " + q(backend.location());
  const std::string day = db + " --at '2026-12-01 09:00:00'";
  // Cases 1..3 through their three steps (R01), case 4 one step; R02 then holds case 3.
  for (int i = 1; i <= 4; ++i) {
    REQUIRE(s.run("queue claim " + no[i] + " --staff R01" + day).exit_code == 0);
    REQUIRE(s.run("queue decide " + no[i] + " step home_visit visit_date=2026-11-30 staff_1=R01 staff_2=R02 findings=无劳动力 --staff R01" +
                  day).exit_code == 0);
    if (i == 4) continue;
    REQUIRE(s.run("queue decide " + no[i] +
                  " step community_review review_date=2026-11-30 attendees=11 votes_for=10 votes_against=1 outcome=通过 --staff R01" + day)
                .exit_code == 0);
    REQUIRE(s.run("queue decide " + no[i] + " step economic_check result=符合 income_found=320 assets_found=5000 --staff R01" + day)
                .exit_code == 0);
  }
  for (int i = 1; i <= 4; ++i) REQUIRE(s.run("queue release " + no[i] + " --staff R01" + day).exit_code == 0);
  REQUIRE(s.run("queue claim " + no[3] + " --staff R02" + day).exit_code == 0);

  auto named = s.run("queue decide --bulk publicize --staff R01 " + no[1] + "=528 " + no[3] + " " + no[4] + day);
  CHECK(named.exit_code == 1);
  // Case 4's sentence names the step still missing.
  CHECK(named.out.rfind(no[1] + "\treviewing\tpublicized\t2026-12-10\n" + no[3] + "\trefused\tapplication " + no[3] +
                            " is claimed by R02\n" + no[4] + "\trefused\tapplication " + no[4],
                        0) == 0);
  CHECK(named.err.find("publicized 1, refused 2 of 3") != std::string::npos);
  // --ready: what R02 may publicize now is case 2 (free) and case 3 (theirs), one amount for all.
  auto ready = s.run("queue decide --bulk publicize --ready --proposed 400 --staff R02" + day);
  CHECK_MESSAGE(ready.exit_code == 0, ready.err);
  CHECK(ready.out == no[2] + "\treviewing\tpublicized\t2026-12-10\n" + no[3] + "\treviewing\tpublicized\t2026-12-10\n");
  CHECK(store_cli::query_rows(backend.location(),
                              "SELECT a.acceptance_no, a.status, a.claimed_by, n.proposed_fen FROM applications a JOIN "
                              "case_notices n ON n.application_uuid = a.uuid ORDER BY a.acceptance_no") ==
        no[1] + "|publicized||52800\n" + no[2] + "|publicized||40000\n" + no[3] + "|publicized||40000\n");
  auto none = s.run("queue decide --bulk publicize --ready --staff R01" + day);
  CHECK(none.exit_code == 0);
  CHECK(none.out.empty());

  CHECK(s.run("queue decide --bulk publicize --staff R01" + day).exit_code == 2);                      // no cases
  CHECK(s.run("queue decide --bulk publicize --ready --staff R01 " + no[4] + day).exit_code == 2);     // both
  CHECK(s.run("queue decide --bulk publicize --staff R01 " + no[4] + "=abc" + day).exit_code == 2);    // bad amount
  CHECK(s.run("queue decide --bulk publicize --ready --start 2027-01 --staff R01" + day).exit_code == 2);
  CHECK(s.run("queue decide --bulk approve --ready --start 2027-01 --staff P01" + day).exit_code == 2);
  CHECK(s.run("queue decide --bulk publicize --ready --staff C01" + day).exit_code == 2);             // counter staff
}

TEST_CASE("8 processes claiming from 2,000 cases on PostgreSQL: every case claimed exactly once") {
  constexpr int kCases = 2000;
  constexpr int kProcesses = 8;
  test_support::PostgresBackend backend;
  fill(backend, kCases);
  Sandbox s;
  std::string script;
  for (int w = 0; w < kProcesses; ++w)
    script += "XDG_DATA_HOME=" + s.path("xdg").string() + " ONEWINDOW_ASSETS=" + ONEWINDOW_SOURCE_DIR + "/assets " +
              ONEWINDOW_BINARY + " queue claim --staff R0" + std::to_string(w % 2 + 1) + " --repeat 100000 --db " +
              q(backend.location()) + " --at '2026-12-01 09:00:00' >" + s.path("w" + std::to_string(w)).string() +
              " 2>" + s.path("e" + std::to_string(w)).string() + " &\n";
  script += "wait\n";
  auto run = cli_test::run_command(script);
  REQUIRE(run.exit_code == 0);
  std::multiset<std::string> all;
  int busy = 0;
  for (int w = 0; w < kProcesses; ++w) {
    std::ifstream in(s.path("w" + std::to_string(w)));
    std::string line;
    int mine = 0;
    while (std::getline(in, line)) {
      all.insert(line);
      ++mine;
    }
    std::ifstream err(s.path("e" + std::to_string(w)));
    std::stringstream e;
    e << err.rdbuf();
    CHECK_MESSAGE(e.str().find("database error") == std::string::npos, e.str());
    if (mine > 0) ++busy;
  }
  CHECK(all.size() == static_cast<std::size_t>(kCases));
  CHECK(std::set<std::string>(all.begin(), all.end()).size() == static_cast<std::size_t>(kCases));
  CHECK(busy >= 2);  // the claims really were shared out
  CHECK(store_cli::query_rows(backend.location(), "SELECT count(*) FROM applications WHERE claimed_by <> ''") == "2000\n");
}
