// The household members of an application (issue 9, intake step 3): relation, name, whether they
// live in the household, disability certificate number and monthly income, read back in the order
// the counter entered them (the applicant's own row first), also from a file written before
// schema version 5.
#include <doctest/doctest.h>

#include "store/applications_table.h"
#include "store/intake_commit.h"
#include "store/residents_table.h"
#include "store_fixture.h"

using namespace store;
using test_support::kIdOld;
using test_support::kIdZhang;

namespace {

// Sorts neither before nor after both other ID numbers used here, so only the entered order can
// put the rows in the order the tests expect.
constexpr const char* kIdSpouse = "320102194803051221";

core::Application dibao_with_household(const std::string& uuid) {
  core::Application a;
  a.uuid = uuid;
  a.item_code = "dibao";
  a.applicant_id = kIdOld;
  a.applicant_name = "张老四";
  a.accepted_at = "2026-11-23 09:30:00";
  a.due = "2026-12-14";
  a.members = {
      core::HouseholdMember{kIdOld, "本人", "张老四", true, "", 120000},
      core::HouseholdMember{kIdZhang, "子女", "张小三", false, "32010219491231002X41", 5'000'000'000},
      core::HouseholdMember{kIdSpouse, "配偶", "李𠀾梅", true, "", 0},
  };
  a.materials = {{"shenfenzheng", "居民身份证", true, true}, {"hukoubu", "户口簿", true, false}};
  REQUIRE(core::open_application(a, core::ApplicationStatus::Accepted, "A07", a.accepted_at, "窗口受理").ok());
  return a;
}

}  // namespace

TEST_CASE("application members keep every intake field and the entered order") {
  test_support::TempDir dir;
  auto file = dir / "members.db";
  const auto pressed = dibao_with_household("11111111-2222-4333-8444-555555555555");
  std::string number;
  {
    auto db = test_support::open_test_store(file);
    auto committed = commit_application(db, IntakePlace{"320102", 1, 2026, 11, 23}, pressed);
    REQUIRE_MESSAGE(committed.ok(), (committed.ok() ? "" : committed.error().message));
    number = committed->acceptance_no;
  }  // reopened: read from the file, not from a cache
  auto db = test_support::open_test_store(file);
  auto stored = ApplicationsTable(db).find_by_acceptance_no(number);
  REQUIRE(stored.ok());
  REQUIRE(stored->has_value());
  const auto& members = stored.value()->members;
  REQUIRE(members.size() == 3);
  CHECK(members == pressed.members);
  CHECK(members[0].relation == "本人");
  CHECK(members[1].monthly_income_fen == 5'000'000'000);  // beyond 32 bits
  CHECK_FALSE(members[1].lives_in_household);
  CHECK(members[2].name == "李𠀾梅");

  // The position column holds the entered order for a technician at the sqlite3 prompt.
  auto st = db.prepare("SELECT id_number FROM application_members ORDER BY position");
  REQUIRE(st.ok());
  std::vector<std::string> by_position;
  while (st->step().value()) by_position.push_back(st->text(0));
  CHECK(by_position == std::vector<std::string>{kIdOld, kIdZhang, kIdSpouse});
}

TEST_CASE("the same members in another order are read back in that order") {
  test_support::TempDir dir;
  auto db = test_support::open_test_store(dir / "order.db");
  auto a = dibao_with_household("22222222-2222-4333-8444-555555555555");
  std::swap(a.members[1], a.members[2]);
  auto committed = commit_application(db, IntakePlace{"320102", 1, 2026, 11, 23}, a);
  REQUIRE(committed.ok());
  auto stored = ApplicationsTable(db).find_by_acceptance_no(committed->acceptance_no).value();
  REQUIRE(stored.has_value());
  REQUIRE(stored->members.size() == 3);
  CHECK(stored->members[1].id_number == kIdSpouse);
  CHECK(stored->members[2].id_number == kIdZhang);
  CHECK(stored->members == a.members);
}

TEST_CASE("a version-4 file keeps its application members when migrated, applicant first") {
  test_support::TempDir dir;
  auto file = dir / "v4.db";
  {
    auto db = Database::open(file);
    REQUIRE(db.ok());
    REQUIRE(migrate(db.value(), 4).ok());
    CHECK(read_schema_version(db.value())->version == 4);
    REQUIRE(ResidentsTable(db.value()).insert(test_support::resident(kIdOld, "张老四", "1945-01-01")).ok());
    // What version-4 code wrote: members with relation only, no order.
    REQUIRE(db->exec("INSERT INTO applications(uuid, acceptance_no, item_code, applicant_id, applicant_name, status, "
                     "accepted_at, due) VALUES('u4', '320102-01-20261120-0001', 'dibao', '320102194501011236', "
                     "'张老四', 'accepted', '2026-11-20 09:00:00', '2026-12-11')")
                .ok());
    REQUIRE(db->exec("INSERT INTO application_members(application_uuid, id_number, relation) VALUES "
                     "('u4', '320102194803051221', '配偶'), ('u4', '320102194501011236', '本人'), "
                     "('u4', '11010519491231002X', '子女')")
                .ok());
    auto cols = db->prepare("SELECT count(*) FROM pragma_table_info('application_members') WHERE name = 'position'");
    REQUIRE(cols->step().value());
    CHECK(cols->integer(0) == 0);
  }
  auto db = test_support::open_test_store(file);
  auto v = read_schema_version(db);
  CHECK(v->version == kSchemaVersion);
  CHECK(v->compatible == kCompatibleVersion);
  auto stored = ApplicationsTable(db).find_by_acceptance_no("320102-01-20261120-0001");
  REQUIRE(stored.ok());
  REQUIRE(stored->has_value());
  const auto& members = stored.value()->members;
  REQUIRE(members.size() == 3);
  // The applicant's own row first, the others by ID number as version-4 code read them.
  CHECK(members[0] == core::HouseholdMember{kIdOld, "本人"});
  CHECK(members[1] == core::HouseholdMember{kIdZhang, "子女"});
  CHECK(members[2] == core::HouseholdMember{kIdSpouse, "配偶"});
  CHECK(members[1].lives_in_household);
  CHECK(members[1].monthly_income_fen == 0);

  // Older (compatible) code still writes members without the new columns.
  REQUIRE(db.exec("INSERT INTO application_members(application_uuid, id_number, relation) "
                  "VALUES('u4', '320102200001011233', '孙子女')")
              .ok());
  CHECK(ApplicationsTable(db).find_by_acceptance_no("320102-01-20261120-0001").value()->members.size() == 4);
  // New applications in the migrated file keep their entered order.
  auto committed =
      commit_application(db, IntakePlace{"320102", 1, 2026, 11, 23}, dibao_with_household("33333333-2222-4333-8444-5"));
  REQUIRE(committed.ok());
  CHECK(ApplicationsTable(db).find_by_acceptance_no(committed->acceptance_no).value()->members ==
        dibao_with_household("x").members);
}
