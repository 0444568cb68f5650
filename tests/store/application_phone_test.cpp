// Schema 7 (issue 15): an application's phone number and whether its promised date is provisional,
// stored and read back by every reader that shows the date; a version-6 file keeps its rows.
#include <doctest/doctest.h>

#include "ledger_test_support.h"
#include "store/applications_table.h"
#include "store/residents_table.h"
#include "store/schema.h"
#include "store/work_queue.h"
#include "store_fixture.h"

using namespace store;

namespace {
core::Application provisional_application() {
  core::Application a;
  a.uuid = "u-15";
  a.acceptance_no = "320102-01-20261202-0001";
  a.item_code = "dibao";
  a.applicant_id = test_support::kIdOld;
  a.applicant_name = "张老四";
  a.accepted_at = "2026-12-02 09:00:00";
  a.due = "2027-01-14";
  a.due_provisional = true;
  a.applicant_phone = "13800138000";
  return a;
}
}  // namespace

TEST_CASE("schema 7: the phone number and a provisional due date are stored and read back") {
  test_support::TempDir dir;
  auto db = test_support::open_test_store(dir / "p.db");
  REQUIRE(ResidentsTable(db).insert(test_support::resident(test_support::kIdOld, "张老四", "1945-01-01")).ok());
  REQUIRE(ApplicationsTable(db).insert(provisional_application()).ok());
  test_support::add_application(db, "u-plain", "320102-01-20261102-0001", test_support::kIdOld, "张老四",
                                core::ApplicationStatus::Accepted, "2026-11-02 09:00:00", "2026-11-16");

  auto found = ApplicationsTable(db).find_by_acceptance_no("320102-01-20261202-0001");
  REQUIRE(found.ok());
  REQUIRE(found->has_value());
  CHECK(found.value()->applicant_phone == "13800138000");
  CHECK(found.value()->due_provisional);
  auto plain = ApplicationsTable(db).find_by_acceptance_no("320102-01-20261102-0001");
  CHECK(plain.value()->applicant_phone.empty());
  CHECK_FALSE(plain.value()->due_provisional);

  // The kiosk's timelines and the back office's queue carry the mark.
  auto open = ApplicationsTable(db).open_with_history_for(test_support::kIdOld);
  REQUIRE(open.ok());
  REQUIRE(open->size() == 2);
  CHECK(open.value()[0].acceptance_no == "320102-01-20261102-0001");
  CHECK_FALSE(open.value()[0].due_provisional);
  CHECK(open.value()[1].due_provisional);
  auto q = WorkQueue(db).open_applications("2026-12-02", 10);
  REQUIRE(q.ok());
  REQUIRE(q->entries.size() == 2);
  CHECK_FALSE(q->entries[0].due_provisional);
  CHECK(q->entries[1].due_provisional);
}

TEST_CASE("a version-6 file migrates to 7 keeping its applications, with no phone and firm dates") {
  test_support::TempDir dir;
  const auto file = dir / "v6.db";
  {
    auto db = Database::open(file);
    REQUIRE(db.ok());
    REQUIRE(migrate(db.value(), 6).ok());
    REQUIRE(ResidentsTable(db.value()).insert(test_support::resident(test_support::kIdOld, "张老四", "1945-01-01")).ok());
    REQUIRE(db->exec("INSERT INTO applications(uuid, acceptance_no, item_code, applicant_id, applicant_name, status, "
                     "accepted_at, due, declarations) VALUES('old', '320102-01-20261001-0001', 'dibao', '" +
                     std::string(test_support::kIdOld) +
                     "', '张老四', 'accepted', '2026-10-01 09:00:00', '2026-11-12', '')")
                .ok());
  }
  auto db = test_support::open_test_store(file);  // through 7 and every later step
  auto v = read_schema_version(db);
  CHECK(v->version == kSchemaVersion);
  CHECK(v->compatible == kCompatibleVersion);  // schema_test checks each step's own compatible version
  auto a = ApplicationsTable(db).find_by_acceptance_no("320102-01-20261001-0001");
  REQUIRE(a.ok());
  REQUIRE(a->has_value());
  CHECK(a.value()->due == "2026-11-12");
  CHECK(a.value()->applicant_phone.empty());
  CHECK_FALSE(a.value()->due_provisional);
}
