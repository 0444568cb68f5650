#include "store/schema.h"

#include <doctest/doctest.h>

#include "store/audit_log.h"
#include "store/benefits_table.h"
#include "store/residents_table.h"
#include "store_fixture.h"

using namespace store;

TEST_CASE("a new file is created and migrated to the current schema") {
  test_support::TempDir dir;
  auto db = test_support::open_test_store(dir / "fresh.db");
  auto v = read_schema_version(db);
  REQUIRE(v.ok());
  CHECK(v->version == kSchemaVersion);
  CHECK(v->compatible == kCompatibleVersion);
  auto st = db.prepare("SELECT count(*) FROM sqlite_master WHERE name IN ('applications', 'audit_log', "
                       "'acceptance_sequences', 'applications_by_status')");
  REQUIRE(st->step().value());
  CHECK(st->integer(0) == 3);
  // The audit log is in the file beside the store, made with it.
  CHECK(std::filesystem::exists(dir / "fresh.db.audit"));
  auto audit = Database::open(dir / "fresh.db.audit");
  auto table = audit->prepare("SELECT count(*) FROM sqlite_master WHERE name IN ('audit_log', 'audit_log_by_whose')");
  REQUIRE(table->step().value());
  CHECK(table->integer(0) == 2);
}

TEST_CASE("a version-1 file keeps its data when migrated to the current version") {
  test_support::TempDir dir;
  auto file = dir / "old.db";
  {
    auto db = Database::open(file);
    REQUIRE(db.ok());
    REQUIRE(migrate(db.value(), 1).ok());
    CHECK(read_schema_version(db.value())->version == 1);
    REQUIRE(ResidentsTable(db.value()).insert(test_support::resident(test_support::kIdZhang, "张小三", "1949-12-31")).ok());
    auto st = db->prepare("SELECT count(*) FROM sqlite_master WHERE name = 'audit_log'");
    REQUIRE(st->step().value());
    CHECK(st->integer(0) == 0);
  }
  auto db = test_support::open_test_store(file);
  CHECK(read_schema_version(db)->version == kSchemaVersion);
  auto r = ResidentsTable(db).find(test_support::kIdZhang);
  REQUIRE(r.ok());
  REQUIRE(r.value().has_value());
  CHECK(r.value()->name == "张小三");
  REQUIRE((*audit_database(db))->exec("INSERT INTO audit_log(at, who, whose_hash, why) VALUES('t', 'w', 'h', 'y')").ok());
  // Reopening again is a no-op.
  auto again = open_store(file);
  REQUIRE(again.ok());
}

TEST_CASE("a file from a newer onewindow is refused, not touched") {
  test_support::TempDir dir;
  auto file = dir / "newer.db";
  {
    auto db = test_support::open_test_store(file);
    const std::string newer = std::to_string(kSchemaVersion + 1);
    REQUIRE(db.exec("UPDATE meta SET value = '" + newer + "' WHERE key IN ('version', 'compatible_version')").ok());
  }
  auto db = open_store(file);
  REQUIRE_FALSE(db.ok());
  CHECK(db.error().message.find("newer onewindow") != std::string::npos);
  auto raw = Database::open(file);
  CHECK(read_schema_version(raw.value())->version == kSchemaVersion + 1);
}

TEST_CASE("the status column accepts only life-cycle codes") {
  test_support::TempDir dir;
  auto db = test_support::open_test_store(dir / "c.db");
  REQUIRE(ResidentsTable(db).insert(test_support::resident(test_support::kIdZhang, "张小三", "1949-12-31")).ok());
  CHECK_FALSE(db.exec("INSERT INTO applications(uuid, acceptance_no, item_code, applicant_id, applicant_name, status, "
                      "accepted_at, due) VALUES('u', 'n', 'dibao', '11010519491231002X', 'x', 'done', 't', 'd')")
                  .ok());
  // Foreign keys are enforced: no application for an unknown applicant.
  CHECK_FALSE(db.exec("INSERT INTO applications(uuid, acceptance_no, item_code, applicant_id, applicant_name, status, "
                      "accepted_at, due) VALUES('u', 'n', 'dibao', '110105194912310038', 'x', 'accepted', 't', 'd')")
                  .ok());
}

TEST_CASE("a version-5 file's benefit statuses become codes when migrated, and only codes are accepted after") {
  test_support::TempDir dir;
  auto file = dir / "v5.db";
  const std::string ids[] = {"320102194501011236", "11010519491231002X", "320102193803150026"};
  {
    auto db = Database::open(file);
    REQUIRE(db.ok());
    REQUIRE(migrate(db.value(), 5).ok());
    CHECK(read_schema_version(db.value())->compatible == 2);
    // What version-5 code wrote: the roster's words.
    const char* words[] = {"在保", "暂停", "已退出"};
    for (int i = 0; i < 3; ++i) {
      REQUIRE(ResidentsTable(db.value()).insert(test_support::resident(ids[i], "张老四", "1945-01-01")).ok());
      REQUIRE(db->exec("INSERT INTO benefits VALUES('" + ids[i] + "', '农村低保', '" + words[i] +
                       "', 35900, '2024-01-01', '2026-12-31')")
                  .ok());
    }
  }
  auto db = test_support::open_test_store(file);
  auto v = read_schema_version(db);
  CHECK(v->version == kSchemaVersion);
  CHECK(v->compatible == kCompatibleVersion);  // version-5 code can no longer read the statuses: it must refuse the file
  const core::BenefitStatus expected[] = {core::BenefitStatus::Active, core::BenefitStatus::Suspended,
                                          core::BenefitStatus::Ended};
  const char* codes[] = {"active", "suspended", "ended"};
  for (int i = 0; i < 3; ++i) {
    auto b = BenefitsTable(db).for_resident(ids[i]);
    REQUIRE(b.ok());
    REQUIRE(b->size() == 1);
    CHECK(b.value()[0].status == expected[i]);
    CHECK(b.value()[0].monthly_amount_fen == 35900);
    auto raw = db.prepare("SELECT status FROM benefits WHERE id_number = '" + ids[i] + "'");
    REQUIRE(raw->step().value());
    CHECK(raw->text(0) == codes[i]);
  }
  CHECK_FALSE(db.exec("UPDATE benefits SET status = '在保'").ok());
  // Writing goes on in codes.
  core::Benefit b{ids[0], core::BenefitType::RuralDibao, core::BenefitStatus::Ended, 35900, "2024-01-01", "2026-12-31"};
  CHECK(BenefitsTable(db).upsert(b).value() == Upsert::Updated);
  CHECK(BenefitsTable(db).for_resident(ids[0])->front().status == core::BenefitStatus::Ended);
}

TEST_CASE("each version records its own compatible version, and unknown versions are refused") {
  test_support::TempDir dir;
  for (int target = 1; target <= kSchemaVersion; ++target) {
    auto db = Database::open(dir / ("v" + std::to_string(target) + ".db"));
    REQUIRE(migrate(db.value(), target).ok());
    const int expected = target == 1 ? 1 : target < 6 ? 2 : target < 9 ? 6 : 9;
    CHECK_MESSAGE(read_schema_version(db.value())->compatible == expected, target);
  }
  auto db = Database::open(dir / "none.db");
  CHECK_FALSE(migrate(db.value(), kSchemaVersion + 1).ok());
  CHECK_FALSE(migrate(db.value(), 0).ok());
}

namespace {
long count_in(Database& db, const std::string& sql) {
  auto st = db.prepare(sql);
  REQUIRE_MESSAGE(st.ok(), (st.ok() ? "" : st.error().message));
  REQUIRE(st->step().value());
  return static_cast<long>(st->int64(0));
}
}  // namespace

TEST_CASE("a version-7 file's audit rows move to the audit file beside it, each once, ids kept") {
  test_support::TempDir dir;
  const auto file = dir / "v7.db";
  {
    auto db = Database::open(file);
    REQUIRE(migrate(db.value(), 7).ok());
    for (int i = 1; i <= 5; ++i)
      REQUIRE(db->exec("INSERT INTO audit_log(id, at, who, whose_hash, why) VALUES(" + std::to_string(i * 10) +
                       ", '2026-11-0" + std::to_string(i) + " 10:00:00', 'kiosk-01', 'h" + std::to_string(i) +
                       "', 'kiosk check')")
                  .ok());
  }
  // An interrupted earlier attempt: two rows already copied (same id and content), and the audit
  // file already holding a row of its own under one of the store's ids.
  {
    auto audit = Database::open(audit_file_of(file));
    REQUIRE(audit->exec("CREATE TABLE audit_log (id INTEGER PRIMARY KEY, at TEXT NOT NULL, who TEXT NOT NULL, "
                        "whose_hash TEXT NOT NULL, why TEXT NOT NULL)")
                .ok());
    REQUIRE(audit->exec("INSERT INTO audit_log VALUES(10, '2026-11-01 10:00:00', 'kiosk-01', 'h1', 'kiosk check'), "
                        "(20, '2026-11-02 10:00:00', 'kiosk-01', 'h2', 'kiosk check'), "
                        "(30, '2026-10-31 09:00:00', 'cli', 'other', 'command line')")
                .ok());
  }
  auto db = test_support::open_test_store(file);
  CHECK(read_schema_version(db)->version == kSchemaVersion);
  CHECK(count_in(db, "SELECT count(*) FROM sqlite_master WHERE name = 'audit_log'") == 0);
  Database& audit = *audit_database(db).value();
  CHECK(count_in(audit, "SELECT count(*) FROM audit_log") == 6);
  CHECK(count_in(audit, "SELECT count(*) FROM audit_log WHERE who = 'kiosk-01'") == 5);
  CHECK(count_in(audit, "SELECT count(DISTINCT whose_hash) FROM audit_log WHERE who = 'kiosk-01'") == 5);
  CHECK(count_in(audit, "SELECT id FROM audit_log WHERE whose_hash = 'h5'") == 50);
  CHECK(count_in(audit, "SELECT id FROM audit_log WHERE whose_hash = 'other'") == 30);
  CHECK(count_in(audit, "SELECT id FROM audit_log WHERE whose_hash = 'h3'") == 31);  // 30 was taken: the next free one
  // New rows go on after the moved ones.
  REQUIRE(audit.exec("INSERT INTO audit_log(at, who, whose_hash, why) VALUES('t', 'w', 'h', 'y')").ok());
  CHECK(count_in(audit, "SELECT count(*) FROM audit_log") == 7);
}
