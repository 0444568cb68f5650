#include "store/intake_commit.h"

#include <doctest/doctest.h>

#include "store/applications_table.h"
#include "store/residents_table.h"
#include "store_fixture.h"

using namespace store;

namespace {
core::Application draft(const std::string& uuid) {
  core::Application a;
  a.uuid = uuid;
  a.item_code = "laonian";
  a.applicant_id = test_support::kIdOld;
  a.applicant_name = "张老四";
  a.accepted_at = "2026-11-23 09:30:00";
  a.due = "2026-11-24";
  REQUIRE(core::open_application(a, core::ApplicationStatus::Accepted, "A07", a.accepted_at, "窗口受理").ok());
  return a;
}
}  // namespace

TEST_CASE("commit_application numbers, stores and adds an unknown applicant, a retry is not accepted twice") {
  test_support::TempDir dir;
  auto file = dir / "intake.db";
  IntakePlace place{"320102", 3, 2026, 11, 23};
  std::string first_no;
  {
    auto db = test_support::open_test_store(file);
    auto a = commit_application(db, place, draft("11111111-2222-4333-8444-555555555555"));
    REQUIRE_MESSAGE(a.ok(), (a.ok() ? "" : a.error().message));
    first_no = a->acceptance_no;
    CHECK(first_no == "320102-03-20261123-0001");
    CHECK(ResidentsTable(db).find(test_support::kIdOld).value()->birth == "1945-01-01");
  }
  auto db = test_support::open_test_store(file);  // after a "restart"
  auto retry = commit_application(db, place, draft("11111111-2222-4333-8444-555555555555"));
  REQUIRE(retry.ok());
  CHECK(retry->acceptance_no == first_no);
  CHECK(retry->events.size() == 1);
  auto next = commit_application(db, place, draft("99999999-2222-4333-8444-555555555555"));
  REQUIRE(next.ok());
  CHECK(next->acceptance_no == "320102-03-20261123-0002");
  CHECK(ApplicationsTable(db).count_with_status(core::ApplicationStatus::Accepted).value() == 2);
  CHECK_FALSE(commit_application(db, place, draft("")).ok());
  core::Application unopened;
  unopened.uuid = "x";
  CHECK_FALSE(commit_application(db, place, unopened).ok());
}
