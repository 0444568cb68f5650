#include "store/status_query.h"

#include <doctest/doctest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>

#include "core/kiosk/resident_status.h"
#include "store/applications_table.h"
#include "store/audit_log.h"
#include "store/benefits_table.h"
#include "store/residents_table.h"
#include "store/roster_import.h"
#include "store/schema.h"
#include "store_fixture.h"

using namespace store;

TEST_CASE("a status look-up returns the person's rows, masked with hints by core, and writes a keyed audit row") {
  test_support::TempDir dir;
  auto db = test_support::open_test_store(dir / "s.db");
  REQUIRE(ResidentsTable(db).insert(test_support::resident(test_support::kIdOld, "张老四", "1945-01-01")).ok());
  REQUIRE(BenefitsTable(db)
              .upsert(core::Benefit{test_support::kIdOld, core::BenefitType::RuralDibao, core::BenefitStatus::Active,
                                    35900, "2024-01-01", "2026-12-31"})
              .ok());
  HallKey::Bytes m{};
  auto key = HallKey::from_bytes(m);
  std::vector<core::EligibilityRule> rules = {
      {"gaoling", "80-89", 80, 89, {core::BenefitType::OldAgeAllowance}, "年满80周岁"}};
  StatusQuery q(db, key);
  LookUp l{test_support::kIdOld, "kiosk-01", kWhyKioskCheck, "2026-11-23 10:00:00"};
  auto rows = q.look_up(l);
  REQUIRE(rows.ok());
  REQUIRE(rows.value().has_value());
  // The store answers with the rows as stored; masking and hints are core's.
  CHECK(rows.value()->resident.name == "张老四");
  CHECK(rows.value()->resident.id_number == test_support::kIdOld);
  REQUIRE(rows.value()->benefits.size() == 1);
  CHECK(rows.value()->benefits[0].id_number == test_support::kIdOld);
  CHECK(rows.value()->applications.empty());
  const core::ResidentStatus s = core::resident_status(*rows.value(), rules, "2026-11-23");
  CHECK(s.name_masked == "张*四");
  CHECK(s.id_masked == "320102********1236");
  REQUIRE(s.benefits.size() == 1);
  CHECK(s.benefits[0].id_number.empty());
  REQUIRE(s.hints.size() == 1);
  CHECK(s.hints[0].item == "gaoling");

  l.id_number = test_support::kIdZhang;
  auto unknown = q.look_up(l);
  REQUIRE(unknown.ok());
  CHECK_FALSE(unknown.value().has_value());

  AuditLog log(db, key);
  CHECK(log.count_for(test_support::kIdOld).value() == 1);
  CHECK(log.count_for(test_support::kIdZhang).value() == 1);
  auto st = log.rows().value()->prepare("SELECT count(*) FROM audit_log WHERE whose_hash LIKE '%320102%' OR who != 'kiosk-01'");
  REQUIRE(st->step().value());
  CHECK(st->integer(0) == 0);
}

TEST_CASE("look-up audit rows survive the process dying without closing the store") {
  test_support::TempDir dir;
  const auto file = dir / "s.db";
  auto key = HallKey::from_bytes(HallKey::Bytes{});
  {
    auto db = test_support::open_test_store(file);
    REQUIRE(ResidentsTable(db).insert(test_support::resident(test_support::kIdOld, "张老四", "1945-01-01")).ok());
    REQUIRE(db.checkpoint_when_idle().ok());
  }
  // The child looks up 30 times (audit commits at synchronous=NORMAL) and dies without closing the
  // connection or checkpointing: the rows are only in the WAL.
  const pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    auto opened = open_store(file);
    if (!opened) _exit(3);
    StatusQuery q(opened.value(), key);
    for (int i = 0; i < 30; ++i)
      if (!q.look_up({test_support::kIdOld, "kiosk-01", kWhyKioskCheck, "2026-11-23 10:00:00"}))
        _exit(4);
    // No checkpoint inside a look-up, and FULL again for the next write a slip may depend on.
    auto sync = opened->prepare("PRAGMA synchronous");
    if (!sync || !sync->step().value() || sync->integer(0) != 2) _exit(5);
    _exit(opened->wal_frames() > 0 ? 0 : 6);
  }
  int status = 0;
  REQUIRE(waitpid(child, &status, 0) == child);
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
  CHECK(std::filesystem::file_size(file.string() + ".audit-wal") > 0);
  auto reopened = test_support::open_test_store(file);
  CHECK(AuditLog(reopened, key).count_for(test_support::kIdOld).value() == 30);
}

TEST_CASE("a look-up answers, audited, while an import's transaction holds the store's write lock") {
  test_support::TempDir dir;
  const auto file = dir / "s.db";
  auto key = HallKey::from_bytes(HallKey::Bytes{});
  auto importer = test_support::open_test_store(file);
  REQUIRE(ResidentsTable(importer).insert(test_support::resident(test_support::kIdOld, "张老四", "1945-01-01")).ok());
  auto kiosk = test_support::open_test_store(file);
  // The kiosk's store connection must not wait at all: no busy timeout (it would wait 5 s, then fail).
  sqlite3_busy_timeout(kiosk.handle(), 0);

  // An import in progress: its (all-or-nothing) transaction is open and has written a row.
  RosterWriter writer(importer);
  REQUIRE(writer.start(1).ok());
  core::PaymentRosterRow row;
  row.line = 2;
  row.name = "张老四";
  row.payment = core::PaymentRecord{test_support::kIdOld, core::BenefitType::RuralDibao, "2026-10", 35900,
                                    "2026-10-10", "惠农一卡通", core::PaymentStatus::Paid};
  REQUIRE(writer.add(row).ok());
  // The write lock is taken: another writer cannot begin.
  auto probe = Database::open(file);
  sqlite3_busy_timeout(probe->handle(), 0);
  CHECK_FALSE(probe->exec("BEGIN IMMEDIATE").ok());

  StatusQuery q(kiosk, key);
  auto found = q.look_up({test_support::kIdOld, "kiosk-01", kWhyKioskCheck, "2026-11-23 10:00:00"});
  REQUIRE_MESSAGE(found.ok(), (found.ok() ? "" : found.error().message));
  REQUIRE(found->has_value());
  CHECK(found->value().payments.empty());  // the import is not committed: not seen
  CHECK(AuditLog(kiosk, key).count_for(test_support::kIdOld).value() == 1);

  REQUIRE(writer.commit().ok());
  auto after = q.look_up({test_support::kIdOld, "kiosk-01", kWhyKioskCheck, "2026-11-23 10:00:01"});
  REQUIRE(after.ok());
  CHECK(after->value().payments.size() == 1);
  CHECK(AuditLog(kiosk, key).count_for(test_support::kIdOld).value() == 2);
}

namespace {

// An open application with a side trip to 待补正 and one material still missing, and a closed one.
void add_applications(Database& db) {
  core::Application a;
  a.uuid = "u-open";
  a.acceptance_no = "320102-01-20261102-0007";
  a.item_code = "linshi";
  a.applicant_id = test_support::kIdOld;
  a.applicant_name = "张老四";
  a.accepted_at = "2026-11-02 09:30:00";
  a.due = "2026-11-30";
  a.materials = {{"yiliao_piaoju", "医疗费用票据", true, false},
                 {"hukoubu", "户口簿", true, true},
                 {"a_optional", "其他证明", false, false}};
  a.members = {{test_support::kIdOld, "本人"}};
  REQUIRE(core::open_application(a, core::ApplicationStatus::Accepted, "A07", a.accepted_at, "窗口受理").ok());
  REQUIRE(core::transition(a, core::ApplicationStatus::Reviewing, "B02", "2026-11-05 10:00:00", "入户调查").ok());
  REQUIRE(core::transition(a, core::ApplicationStatus::NeedsSupplement, "B02", "2026-11-18 15:00:00", "缺票据").ok());
  core::Application closed = a;
  closed.uuid = "u-closed";
  closed.acceptance_no = "320102-01-20261001-0003";
  closed.status = core::ApplicationStatus::Accepted;
  closed.events.clear();
  REQUIRE(core::open_application(closed, core::ApplicationStatus::Accepted, "A07", "2026-10-01 09:00:00", "").ok());
  REQUIRE(core::transition(closed, core::ApplicationStatus::Withdrawn, "A07", "2026-10-02 09:00:00", "").ok());
  REQUIRE(ApplicationsTable(db).insert(a).ok());
  REQUIRE(ApplicationsTable(db).insert(closed).ok());
}

}  // namespace

TEST_CASE("a status look-up brings each open application with its materials and events, as the slip look-up does") {
  test_support::TempDir dir;
  auto db = test_support::open_test_store(dir / "apps.db");
  REQUIRE(ResidentsTable(db).insert(test_support::resident(test_support::kIdOld, "张老四", "1945-01-01")).ok());
  add_applications(db);
  auto key = HallKey::from_bytes(HallKey::Bytes{});
  StatusQuery q(db, key);
  auto rows = q.look_up({test_support::kIdOld, "kiosk-01", kWhyKioskCheck, "2026-11-23 10:00:00"});
  REQUIRE(rows.ok());
  REQUIRE(rows.value().has_value());
  REQUIRE(rows.value()->applications.size() == 1);  // the withdrawn one is not open
  const core::Application& a = rows.value()->applications[0];
  CHECK(a.acceptance_no == "320102-01-20261102-0007");
  CHECK(a.item_code == "linshi");
  CHECK(a.status == core::ApplicationStatus::NeedsSupplement);
  CHECK(a.accepted_at == "2026-11-02 09:30:00");
  CHECK(a.due == "2026-11-30");
  REQUIRE(a.events.size() == 3);
  CHECK(a.events[2].to == core::ApplicationStatus::NeedsSupplement);
  CHECK(a.events[2].note == "缺票据");
  CHECK(a.members.empty());  // nothing shown needs them

  // The same application through its slip: the rows the full read gives, materials in the same order
  // (required first, each group by code).
  auto slip = q.look_up_application({a.acceptance_no, "kiosk-01", kWhyKioskCheck, "2026-11-23 10:01:00"});
  REQUIRE(slip.ok());
  REQUIRE(slip.value().has_value());
  CHECK(slip.value()->events.size() == a.events.size());
  REQUIRE(slip.value()->materials.size() == 3);
  CHECK(slip.value()->materials[0].code == "hukoubu");
  CHECK(slip.value()->materials[1].code == "yiliao_piaoju");
  CHECK(slip.value()->materials[2].code == "a_optional");
  for (std::size_t i = 0; i < 3; ++i) CHECK(slip.value()->materials[i].code == a.materials[i].code);

  // A number the store does not hold reads no one: nothing to log.
  auto none = q.look_up_application({"320102-01-20260101-0999", "kiosk-01", kWhyKioskCheck, "2026-11-23 10:02:00"});
  REQUIRE(none.ok());
  CHECK_FALSE(none.value().has_value());
  CHECK(AuditLog(db, key).count_for(test_support::kIdOld).value() == 2);
  auto total = AuditLog(db, key).rows().value()->prepare("SELECT count(*) FROM audit_log");
  REQUIRE(total->step().value());
  CHECK(total->integer(0) == 2);
}
