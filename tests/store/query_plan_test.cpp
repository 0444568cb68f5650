// The kiosk's look-up must stay an index walk at county scale (a million payment rows): these tests
// run a real look-up, then ask SQLite how each statement it used was executed.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "store/applications_table.h"
#include "store/audit_log.h"
#include "store/benefits_table.h"
#include "store/payments_table.h"
#include "store/residents_table.h"
#include "store/stats_query.h"
#include "store/status_query.h"
#include "store_fixture.h"

using namespace store;
using test_support::kIdOld;
using test_support::kIdZhang;

namespace {

// A store with two people, a year and a half of payments each, a benefit and one application.
Database filled_store(const std::filesystem::path& file) {
  auto db = test_support::open_test_store(file);
  ResidentsTable rt(db);
  REQUIRE(rt.insert(test_support::resident(kIdOld, "张老四", "1945-01-01")).ok());
  REQUIRE(rt.insert(test_support::resident(kIdZhang, "张小三", "1949-12-31")).ok());
  REQUIRE(BenefitsTable(db)
              .upsert(core::Benefit{kIdOld, core::BenefitType::RuralDibao, core::BenefitStatus::Active, 35900,
                                    "2024-01-01", "2026-12-31"})
              .ok());
  PaymentsTable pt(db);
  for (const char* id : {kIdOld, kIdZhang}) {
    for (int m = 0; m < 18; ++m) {
      char period[8];
      std::snprintf(period, sizeof period, "%04d-%02d", 2025 + m / 12, m % 12 + 1);
      REQUIRE(pt.upsert(core::PaymentRecord{id, core::BenefitType::RuralDibao, period, 35900,
                                            std::string(period) + "-10", "惠农一卡通", core::PaymentStatus::Paid})
                  .ok());
    }
  }
  REQUIRE(db.exec("INSERT INTO applications(uuid, acceptance_no, item_code, applicant_id, applicant_name, status, "
                  "accepted_at, due) VALUES('u1', '320102-01-20261123-0001', 'dibao', '320102194501011236', "
                  "'张老四', 'reviewing', '2026-11-23 10:00:00', '2026-12-20'), "
                  "('u2', '320102-01-20261101-0001', 'linshi', '320102194501011236', '张老四', 'rejected', "
                  "'2026-11-01 10:00:00', '2026-11-20')")
              .ok());
  return db;
}

// Every line of EXPLAIN QUERY PLAN for `sql` (its parameters left unbound: the plan does not
// depend on them).
std::vector<std::string> plan_of(Database& db, const std::string& sql) {
  auto st = db.prepare("EXPLAIN QUERY PLAN " + sql);
  REQUIRE_MESSAGE(st.ok(), (st.ok() ? "" : st.error().message));
  std::vector<std::string> lines;
  while (st->step().value()) lines.push_back(st->text(3));
  return lines;
}

std::vector<std::string> cached_selects(Database& db) {
  std::vector<std::string> out;
  for (sqlite3_stmt* s = sqlite3_next_stmt(db.handle(), nullptr); s; s = sqlite3_next_stmt(db.handle(), s)) {
    std::string sql = sqlite3_sql(s);
    if (sql.rfind("SELECT", 0) == 0) out.push_back(sql);
  }
  return out;
}

}  // namespace

TEST_CASE("every read of a status look-up searches an index: no table scan, no sort") {
  test_support::TempDir dir;
  auto db = filled_store(dir / "plan.db");
  auto key = HallKey::from_bytes(HallKey::Bytes{});
  StatusQuery q(db, key);
  auto s = q.look_up({kIdOld, "kiosk-01", kWhyKioskCheck, "2026-11-23 10:00:00"});
  REQUIRE(s.ok());
  REQUIRE(s.value().has_value());
  REQUIRE(s.value()->payments.size() == 12);
  CHECK(s.value()->payments.front().period == "2026-06");
  REQUIRE(s.value()->applications.size() == 1);  // the rejected one is not open
  CHECK(s.value()->applications[0].acceptance_no == "320102-01-20261123-0001");

  auto selects = cached_selects(db);
  // residents, benefits, payments, applications.
  REQUIRE(selects.size() >= 4);
  for (const auto& sql : selects) {
    auto plan = plan_of(db, sql);
    REQUIRE(!plan.empty());
    for (const auto& line : plan) {
      INFO(sql, " → ", line);
      CHECK(line.find("SCAN") == std::string::npos);
      CHECK(line.find("TEMP B-TREE") == std::string::npos);
      if (line.rfind("SEARCH", 0) == 0) CHECK(line.find("USING") != std::string::npos);
    }
  }
  // The same from SQLite's counters of what actually ran: no full-scan step, no sort, no
  // automatic index on any statement this connection executed.
  for (sqlite3_stmt* st = sqlite3_next_stmt(db.handle(), nullptr); st; st = sqlite3_next_stmt(db.handle(), st)) {
    INFO(sqlite3_sql(st));
    CHECK(sqlite3_stmt_status(st, SQLITE_STMTSTATUS_FULLSCAN_STEP, 0) == 0);
    CHECK(sqlite3_stmt_status(st, SQLITE_STMTSTATUS_SORT, 0) == 0);
    CHECK(sqlite3_stmt_status(st, SQLITE_STMTSTATUS_AUTOINDEX, 0) == 0);
  }
}

TEST_CASE("the plan check can fail: a query on an unindexed column is reported as a scan") {
  test_support::TempDir dir;
  auto db = filled_store(dir / "scan.db");
  auto plan = plan_of(db, "SELECT period FROM payments WHERE channel = ?1");
  REQUIRE(!plan.empty());
  CHECK(plan[0].find("SCAN") != std::string::npos);
}

TEST_CASE("the open applications of a person are answered from the covering index alone") {
  test_support::TempDir dir;
  auto db = filled_store(dir / "cover.db");
  REQUIRE(ApplicationsTable(db).open_for(kIdOld).ok());
  for (const auto& sql : cached_selects(db)) {
    if (sql.find("FROM applications") == std::string::npos) continue;
    auto plan = plan_of(db, sql);
    REQUIRE(plan.size() == 1);
    CHECK(plan[0].find("COVERING INDEX applications_by_applicant") != std::string::npos);
  }
}

TEST_CASE("a payment upsert tells inserted, updated and unchanged apart, also right after another insert") {
  test_support::TempDir dir;
  auto db = test_support::open_test_store(dir / "upsert.db");
  REQUIRE(ResidentsTable(db).insert(test_support::resident(kIdOld, "张老四", "1945-01-01")).ok());
  PaymentsTable pt(db);
  core::PaymentRecord p{kIdOld, core::BenefitType::RuralDibao, "2026-01", 35900, "2026-01-10", "惠农一卡通",
                        core::PaymentStatus::Pending};
  CHECK(pt.upsert(p).value() == Upsert::Inserted);
  CHECK(pt.upsert(p).value() == Upsert::Unchanged);
  // A resident insert just before leaves a row id behind; an update must still read as Updated.
  REQUIRE(ResidentsTable(db).insert(test_support::resident(kIdZhang, "张小三", "1949-12-31")).ok());
  p.status = core::PaymentStatus::Paid;
  CHECK(pt.upsert(p).value() == Upsert::Updated);
  CHECK(pt.upsert(p).value() == Upsert::Unchanged);
  auto latest = pt.latest(kIdOld, 12).value();
  REQUIRE(latest.size() == 1);
  CHECK(latest[0].status == core::PaymentStatus::Paid);
  CHECK(pt.count().value() == 1);
}

TEST_CASE("a version-2 file keeps its payments and benefits when migrated, and the checks still refuse bad rows") {
  test_support::TempDir dir;
  auto file = dir / "v2.db";
  {
    auto db = Database::open(file);
    REQUIRE(db.ok());
    REQUIRE(migrate(db.value(), 2).ok());
    REQUIRE(ResidentsTable(db.value()).insert(test_support::resident(kIdOld, "张老四", "1945-01-01")).ok());
    REQUIRE(db->exec("INSERT INTO payments(resident, period, benefit_type, amount_fen, paid_on, channel, status) "
                     "VALUES(1, '2026-01', '农村低保', 35900, '2026-01-10', '惠农一卡通', 'paid')")
                .ok());
    REQUIRE(db->exec("INSERT INTO benefits VALUES('320102194501011236', '农村低保', '暂停', 35900, '2024-01-01', "
                     "'2026-12-31')")
                .ok());
  }
  auto db = test_support::open_test_store(file);
  CHECK(read_schema_version(db)->version == kSchemaVersion);
  auto latest = PaymentsTable(db).latest(kIdOld, 12);
  REQUIRE(latest.ok());
  REQUIRE(latest->size() == 1);
  CHECK(latest.value()[0].amount_fen == 35900);
  auto benefits = BenefitsTable(db).for_resident(kIdOld);
  REQUIRE(benefits->size() == 1);
  CHECK(benefits.value()[0].status == core::BenefitStatus::Suspended);
  auto view = db.prepare("SELECT count(*) FROM payment_records WHERE id_number = '320102194501011236'");
  REQUIRE(view->step().value());
  CHECK(view->integer(0) == 1);
  CHECK_FALSE(db.exec("UPDATE payments SET status = 'lost'").ok());
  CHECK_FALSE(db.exec("UPDATE benefits SET status = '取消'").ok());
  CHECK_FALSE(db.exec("INSERT INTO payments(resident, period, benefit_type, amount_fen, paid_on, channel, status) "
                      "VALUES(99, '2026-02', '农村低保', 1, '2026-02-10', '现金', 'paid')")
                   .ok());  // foreign key kept
}

TEST_CASE("the statistics read payments from their running figures and decisions from covering indexes") {
  test_support::TempDir dir;
  auto db = filled_store(dir / "stats.db");
  auto joined = [&](const std::string& sql) {
    std::string all;
    for (const auto& line : plan_of(db, sql)) all += line + "\n";
    return all;
  };
  const std::string payments = joined(kStatisticsPaymentsSql);
  CHECK_MESSAGE(payments.find("SEARCH payment_month_totals USING PRIMARY KEY (period>? AND period<?)") != std::string::npos,
                payments);
  CHECK_MESSAGE(payments.find("payments ") == std::string::npos, payments);  // never the payments themselves
  const std::string received = joined(kStatisticsReceivedSql);
  CHECK_MESSAGE(received.find("USING COVERING INDEX applications_by_day") != std::string::npos, received);
  const std::string decided = joined(kStatisticsDecidedSql);
  CHECK_MESSAGE(decided.find("USING COVERING INDEX applications_by_decision") != std::string::npos, decided);
  CHECK_MESSAGE(decided.find("application_events") == std::string::npos, decided);
  const std::string overdue = joined(statistics_overdue_sql());
  CHECK_MESSAGE(overdue.find("USING COVERING INDEX applications_by_due") != std::string::npos, overdue);
  CHECK_MESSAGE(overdue.find("application_events") == std::string::npos, overdue);
}
