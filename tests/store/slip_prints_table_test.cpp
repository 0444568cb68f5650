#include <doctest/doctest.h>

#include "ledger_test_support.h"
#include "store/residents_table.h"
#include "store/slip_prints_table.h"
#include "store_fixture.h"

using namespace store;

TEST_CASE("slip prints: the last attempt decides, a same-second reprint wins by recording order") {
  test_support::TempDir dir;
  auto db = test_support::open_test_store(dir / "slips.db");
  REQUIRE(ResidentsTable(db).insert(test_support::resident(test_support::kIdOld, "张老四", "1945-01-01")).ok());
  test_support::add_application(db, "u1", "320102-01-20261123-0001", test_support::kIdOld, "张老四",
                                core::ApplicationStatus::Accepted, "2026-11-23 09:00:00", "2026-12-21");
  SlipPrintsTable slips(db);
  CHECK_FALSE(slips.last_for("u1").value().has_value());

  REQUIRE(slips.record({"u1", "2026-11-23 09:00:01", 1, "A07", SlipOutcome::Failed, "缺纸"}).ok());
  auto last = slips.last_for("u1").value();
  REQUIRE(last.has_value());
  CHECK(last->outcome == SlipOutcome::Failed);
  CHECK(last->reason == "缺纸");
  CHECK(last->terminal == 1);
  CHECK(last->staff_no == "A07");

  // Paper loaded, reprinted within the same second.
  REQUIRE(slips.record({"u1", "2026-11-23 09:00:01", 1, "A07", SlipOutcome::Printed, ""}).ok());
  CHECK(slips.last_for("u1").value()->outcome == SlipOutcome::Printed);
  // A later failure (a reprint that jammed) is the latest state again.
  REQUIRE(slips.record({"u1", "2026-11-23 09:30:00", 2, "A08", SlipOutcome::Failed, "卡纸"}).ok());
  last = slips.last_for("u1").value();
  CHECK(last->outcome == SlipOutcome::Failed);
  CHECK(last->terminal == 2);
}

TEST_CASE("slip prints refuse an unknown application and a malformed time") {
  test_support::TempDir dir;
  auto db = test_support::open_test_store(dir / "slips.db");
  SlipPrintsTable slips(db);
  CHECK_FALSE(slips.record({"no-such", "2026-11-23 09:00:01", 1, "", SlipOutcome::Printed, ""}).ok());
  CHECK_FALSE(slips.record({"", "2026-11-23 09:00:01", 1, "", SlipOutcome::Printed, ""}).ok());
  CHECK_FALSE(slips.record({"u1", "2026-11-23", 1, "", SlipOutcome::Printed, ""}).ok());
}

TEST_CASE("the latest-slip look-up walks slip_prints_by_application without sorting") {
  test_support::TempDir dir;
  auto db = test_support::open_test_store(dir / "slips.db");
  REQUIRE(SlipPrintsTable(db).last_for("u1").ok());
  auto sql = test_support::prepared_sql_with(db, "FROM slip_prints");
  REQUIRE(sql.size() == 1);
  auto plan = test_support::query_plan(db, sql[0]);
  REQUIRE(plan.size() == 1);
  INFO(plan[0]);
  CHECK(plan[0].find("SEARCH slip_prints USING INDEX slip_prints_by_application (application_uuid=?)") !=
        std::string::npos);
}
