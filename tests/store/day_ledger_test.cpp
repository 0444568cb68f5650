#include <doctest/doctest.h>

#include "ledger_test_support.h"
#include "store/day_ledger.h"
#include "store/residents_table.h"
#include "store/slip_prints_table.h"
#include "store_fixture.h"

using namespace store;
using S = core::ApplicationStatus;

namespace {

// Two counters on 2026-11-23, one application the day before and one the day after.
Database ledger_store(const std::filesystem::path& file) {
  auto db = test_support::open_test_store(file);
  REQUIRE(ResidentsTable(db).insert(test_support::resident(test_support::kIdOld, "张老四", "1945-01-01")).ok());
  REQUIRE(ResidentsTable(db).insert(test_support::resident(test_support::kIdZhang, "王𠀾䶮", "1949-12-31")).ok());
  using test_support::add_application;
  add_application(db, "before", "320102-01-20261122-0009", test_support::kIdOld, "张老四", S::Accepted,
                  "2026-11-22 23:59:59", "2026-12-20");
  add_application(db, "t2-a", "320102-02-20261123-0001", test_support::kIdZhang, "王𠀾䶮", S::NeedsSupplement,
                  "2026-11-23 10:15:00", "2026-12-21", "linshi");
  add_application(db, "t1-b", "320102-01-20261123-0002", test_support::kIdOld, "张老四", S::NotAccepted,
                  "2026-11-23 11:00:00", "2026-11-23");
  add_application(db, "t1-a", "320102-01-20261123-0001", test_support::kIdOld, "张老四", S::Accepted,
                  "2026-11-23 00:00:00", "2026-12-21");
  add_application(db, "t1-c", "320102-01-20261123-0003", test_support::kIdZhang, "王𠀾䶮", S::Accepted,
                  "2026-11-23 11:00:00", "2026-12-21");
  add_application(db, "after", "320102-01-20261124-0001", test_support::kIdOld, "张老四", S::Accepted,
                  "2026-11-24 00:00:00", "2026-12-22");
  SlipPrintsTable slips(db);
  REQUIRE(slips.record({"t1-a", "2026-11-23 00:00:05", 1, "A07", SlipOutcome::Printed, ""}).ok());
  REQUIRE(slips.record({"t1-b", "2026-11-23 11:00:03", 1, "A07", SlipOutcome::Failed, "缺纸"}).ok());
  REQUIRE(slips.record({"t2-a", "2026-11-23 10:15:02", 2, "A08", SlipOutcome::Failed, "缺纸"}).ok());
  REQUIRE(slips.record({"t2-a", "2026-11-23 10:20:00", 2, "A08", SlipOutcome::Printed, ""}).ok());
  return db;
}

std::vector<std::string> numbers(const std::vector<core::LedgerRow>& rows) {
  std::vector<std::string> out;
  for (const auto& r : rows) out.push_back(r.acceptance_no);
  return out;
}

}  // namespace

TEST_CASE("the day ledger lists one day's applications in acceptance order with full data and slip state") {
  test_support::TempDir dir;
  auto db = ledger_store(dir / "ledger.db");
  auto rows = DayLedger(db).rows("2026-11-23");
  REQUIRE_MESSAGE(rows.ok(), (rows.ok() ? "" : rows.error().message));
  CHECK(numbers(*rows) == std::vector<std::string>{"320102-01-20261123-0001", "320102-02-20261123-0001",
                                                   "320102-01-20261123-0002", "320102-01-20261123-0003"});
  const auto& first = rows->at(0);
  CHECK(first.application_uuid == "t1-a");
  CHECK(first.accepted_at == "2026-11-23 00:00:00");
  CHECK(first.applicant_name == "张老四");
  CHECK(first.applicant_id == test_support::kIdOld);
  CHECK(first.item_code == "dibao");
  CHECK(first.status == S::Accepted);
  CHECK(first.slip == core::SlipState::Printed);
  CHECK(rows->at(1).slip == core::SlipState::Printed);  // failed, then reprinted
  CHECK(rows->at(1).status == S::NeedsSupplement);
  CHECK(rows->at(1).item_code == "linshi");
  CHECK(rows->at(2).slip == core::SlipState::Failed);
  CHECK(rows->at(2).status == S::NotAccepted);
  CHECK(rows->at(3).slip == core::SlipState::NeverPrinted);
  CHECK(rows->at(3).applicant_name == "王𠀾䶮");
}

TEST_CASE("the day ledger of one counter keeps only the numbers that counter gave") {
  test_support::TempDir dir;
  auto db = ledger_store(dir / "ledger.db");
  CHECK(numbers(DayLedger(db).rows("2026-11-23", 2).value()) ==
        std::vector<std::string>{"320102-02-20261123-0001"});
  CHECK(DayLedger(db).rows("2026-11-23", 1).value().size() == 3);
  CHECK(DayLedger(db).rows("2026-11-23", 7).value().empty());
  CHECK(numbers(DayLedger(db).rows("2026-11-24").value()) == std::vector<std::string>{"320102-01-20261124-0001"});
  CHECK(DayLedger(db).rows("2026-11-25").value().empty());
}

TEST_CASE("the day ledger refuses a date that is not YYYY-MM-DD") {
  test_support::TempDir dir;
  auto db = ledger_store(dir / "ledger.db");
  CHECK_FALSE(DayLedger(db).rows("2026-11-31").ok());
  CHECK_FALSE(DayLedger(db).rows("20261123").ok());
  CHECK_FALSE(DayLedger(db).rows("").ok());
}

TEST_CASE("the day ledger reads a range of applications_by_day and probes slip_prints by index, no sort") {
  test_support::TempDir dir;
  auto db = ledger_store(dir / "ledger.db");
  REQUIRE(DayLedger(db).rows("2026-11-23").ok());
  auto sql = test_support::prepared_sql_with(db, "FROM applications a");
  REQUIRE(sql.size() == 1);
  auto plan = test_support::query_plan(db, sql[0]);
  std::string all;
  for (const auto& line : plan) all += line + "\n";
  INFO(all);
  CHECK(all.find("SEARCH a USING INDEX applications_by_day (accepted_at>? AND accepted_at<?)") != std::string::npos);
  CHECK(all.find("SEARCH p USING INDEX slip_prints_by_application (application_uuid=?)") != std::string::npos);
  CHECK(all.find("SCAN") == std::string::npos);
  CHECK(all.find("TEMP B-TREE") == std::string::npos);
}
