#include "store/status_query.h"

#include <doctest/doctest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>

#include "store/audit_log.h"
#include "store/benefits_table.h"
#include "store/residents_table.h"
#include "store/schema.h"
#include "store_fixture.h"

using namespace store;

TEST_CASE("a status look-up returns masked data with hints and writes a keyed audit row") {
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
  StatusQuery q(db, key, rules);
  LookUp l{test_support::kIdOld, "kiosk-01", kWhyKioskCheck, "2026-11-23 10:00:00", "2026-11-23"};
  auto s = q.look_up(l);
  REQUIRE(s.ok());
  REQUIRE(s.value().has_value());
  CHECK(s.value()->name_masked == "张*四");
  CHECK(s.value()->id_masked == "320102********1236");
  REQUIRE(s.value()->benefits.size() == 1);
  CHECK(s.value()->benefits[0].id_number.empty());
  REQUIRE(s.value()->hints.size() == 1);
  CHECK(s.value()->hints[0].item == "gaoling");

  l.id_number = test_support::kIdZhang;
  auto unknown = q.look_up(l);
  REQUIRE(unknown.ok());
  CHECK_FALSE(unknown.value().has_value());

  AuditLog log(db, key);
  CHECK(log.count_for(test_support::kIdOld).value() == 1);
  CHECK(log.count_for(test_support::kIdZhang).value() == 1);
  auto st = db.prepare("SELECT count(*) FROM audit_log WHERE whose_hash LIKE '%320102%' OR who != 'kiosk-01'");
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
    StatusQuery q(opened.value(), key, {});
    for (int i = 0; i < 30; ++i)
      if (!q.look_up({test_support::kIdOld, "kiosk-01", kWhyKioskCheck, "2026-11-23 10:00:00", "2026-11-23"}))
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
  CHECK(std::filesystem::file_size(file.string() + "-wal") > 0);
  auto reopened = test_support::open_test_store(file);
  CHECK(AuditLog(reopened, key).count_for(test_support::kIdOld).value() == 30);
}
