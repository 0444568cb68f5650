// Schema 12 (issue 20): payee accounts, 残疾人证, 年审 records and 主动发现 marks — on both stores, a
// version-11 store keeps its rows, gets the defaults, and the statements version-9 code runs still work.
#include <doctest/doctest.h>

#include <string>

#include "store/benefits_table.h"
#include "store/pg/schema_ddl.h"
#include "store/payments_table.h"
#include "store/pg_test_server.h"
#include "store/residents_table.h"
#include "store/schema.h"
#include "store/store_fixture.h"

using namespace store;

namespace {

std::string one_value(Database& db, const std::string& sql) {
  auto st = db.prepare(sql);
  REQUIRE_MESSAGE(st.ok(), (st.ok() ? "" : st.error().message));
  auto row = st->step();
  REQUIRE_MESSAGE(row.ok(), (row.ok() ? "" : row.error().message));
  REQUIRE(row.value());
  return st->text(0);
}

// A store at version 11 with one person holding one benefit (what version-11 code wrote).
void fill_version_11(Database& db) {
  REQUIRE(migrate(db, 11).ok());
  CHECK(read_schema_version(db)->version == 11);
  REQUIRE(ResidentsTable(db).insert(test_support::resident(test_support::kIdOld, "张老四", "1945-01-01")).ok());
  REQUIRE(db.exec("INSERT INTO benefits(id_number, benefit_type, status, monthly_amount_fen, since, next_review) "
                  "VALUES('320102194501011236', '农村低保', 'active', 35917, '2024-03-01', '2027-03-01')")
              .ok());
}

void check_version_12(Database& db) {
  auto v = read_schema_version(db);
  REQUIRE(v.ok());
  CHECK(v->version == 12);
  CHECK(v->compatible == 9);
  // Old rows get the defaults: no account, no certificate.
  CHECK(one_value(db, "SELECT payee_account || '|' || payee_bank || '|' || monthly_amount_fen FROM benefits") ==
        "||35917");
  CHECK(one_value(db, "SELECT disability_cert || '|' || disability_grade FROM residents") == "|0");
  // What version-9 code writes (no new columns named) still goes in.
  REQUIRE(db.exec("INSERT INTO benefits(id_number, benefit_type, status, monthly_amount_fen, since, next_review) "
                  "VALUES('320102194501011236', '高龄津贴', 'active', 5000, '2025-01-01', '2027-01-01')")
              .ok());
  REQUIRE(ResidentsTable(db).insert(test_support::resident(test_support::kIdZhang, "王𠀾", "1949-12-31")).ok());
  auto benefits = BenefitsTable(db).for_resident(test_support::kIdOld);
  REQUIRE(benefits.ok());
  CHECK(benefits->size() == 2);
  // New columns and tables take what they are for, and refuse what they are not.
  REQUIRE(db.exec("UPDATE benefits SET payee_account = '6228480402564890018', payee_bank = '惠农一卡通' "
                  "WHERE benefit_type = '农村低保'")
              .ok());
  REQUIRE(db.exec("UPDATE residents SET disability_cert = '32010219450101123612', disability_grade = 2 "
                  "WHERE id_number = '320102194501011236'")
              .ok());
  CHECK_FALSE(db.exec("UPDATE residents SET disability_grade = 5").ok());
  const std::string review =
      "INSERT INTO benefit_reviews(id_number, benefit_type, reviewed_on, who, recorded_at, steps, outcome, reason, "
      "effective_month, amount_before_fen, amount_after_fen, next_review_after) VALUES('320102194501011236', ";
  REQUIRE(db.exec(review + "'农村低保', '2026-11-20', 'B01', '2026-11-20 10:00:00', '{}', 'adjust', '家庭收入增加', "
                           "'2026-12', 35917, 30000, '2027-11-01')")
              .ok());
  CHECK_FALSE(db.exec(review + "'农村低保', '2026-11-20', 'B01', 't', '{}', 'raise', '', '2026-12', 1, 1, '')").ok());
  // A review belongs to a benefit the person holds.
  CHECK_FALSE(db.exec(review + "'特困供养', '2026-11-20', 'B01', 't', '{}', 'end', '', '2026-12', 1, 0, '')").ok());
  const std::string mark = "INSERT INTO discovery_marks(rule, id_number, period, mark, who, at) VALUES('gaoling_80', ";
  REQUIRE(db.exec(mark + "'320102194501011236', '2026-11', 'contacted', 'B01', '2026-11-23 09:00:00')").ok());
  CHECK_FALSE(db.exec(mark + "'320102194501011236', '2026-11', 'applied', 'B01', 't')").ok());  // one mark per entry
  CHECK_FALSE(db.exec(mark + "'320102194501011236', '2026-10', 'called', 'B01', 't')").ok());
  CHECK_FALSE(db.exec(mark + "'110105194912310038', '2026-11', 'applied', 'B01', 't')").ok());  // unknown person
  CHECK(one_value(db, "SELECT count(*) FROM benefit_reviews") == "1");
  CHECK(one_value(db, "SELECT count(*) FROM discovery_marks") == "1");
}

}  // namespace

TEST_CASE("a version-11 SQLite file migrates to 12 with defaulted accounts and certificates, old writes still work") {
  test_support::TempDir dir;
  const auto file = dir / "v11.db";
  {
    auto db = Database::open(file);
    REQUIRE(db.ok());
    fill_version_11(db.value());
  }
  auto db = Database::open(file);  // migrated to 12 exactly: later versions have tests of their own
  REQUIRE(db.ok());
  REQUIRE(migrate(db.value(), 12).ok());
  check_version_12(db.value());
}

TEST_CASE("a version-11 PostgreSQL store migrates to 12 with defaulted accounts and certificates, old writes still work") {
  test_support::PgDatabase pgdb;
  {
    auto db = Database::open(pgdb.uri());
    REQUIRE_MESSAGE(db.ok(), (db.ok() ? "" : db.error().message));
    fill_version_11(db.value());
  }
  auto db = Database::open(pgdb.uri());
  REQUIRE_MESSAGE(db.ok(), (db.ok() ? "" : db.error().message));
  REQUIRE(migrate(db.value(), 12).ok());
  check_version_12(db.value());
}

// Version 14: indexes only, so an older file moves on at once and version-9 code can still use it.
TEST_CASE("version 14 adds the statistics' covering index on both stores, and the compatible version stays 9") {
  test_support::TempDir dir;
  const auto file = dir / "v12.db";
  {
    auto db = Database::open(file);
    REQUIRE(db.ok());
    fill_version_11(db.value());
    REQUIRE(migrate(db.value(), 12).ok());
  }
  test_support::PgDatabase pgdb;
  {
    auto db = Database::open(pgdb.uri());
    REQUIRE_MESSAGE(db.ok(), (db.ok() ? "" : db.error().message));
    fill_version_11(db.value());
    REQUIRE(migrate(db.value(), 12).ok());
  }
  for (const std::string target : {file.string(), pgdb.uri()}) {
    CAPTURE(target);
    auto db = Database::open(target);
    REQUIRE_MESSAGE(db.ok(), (db.ok() ? "" : db.error().message));
    REQUIRE(migrate(db.value(), 14).ok());
    auto v = read_schema_version(db.value());
    REQUIRE(v.ok());
    CHECK(v->version == 14);
    CHECK(v->compatible == 9);
    const std::string index_count =
        db->is_postgres() ? "SELECT count(*) FROM pg_indexes WHERE indexname IN ('payments_by_period_totals', 'household_members_by_person')"
                          : "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN ('payments_by_period_totals', "
                            "'household_members_by_person')";
    CHECK(one_value(db.value(), index_count) == "2");
    CHECK(one_value(db.value(), "SELECT count(*) FROM benefits") == "1");  // the rows stay
  }
}

// Version 16: each resident's township and village kept beside the address, filled in for the rows
// already there and kept up to date for every writer (older code too: the compatible version stays
// 9 on SQLite, and 15 — the audit chain's — on PostgreSQL).
TEST_CASE("version 16 fills in each resident's township and village on both stores, and keeps them up to date") {
  test_support::TempDir dir;
  test_support::PgDatabase pgdb;
  for (const std::string target : {(dir / "v14.db").string(), pgdb.uri()}) {
    CAPTURE(target);
    auto db = Database::open(target);
    REQUIRE_MESSAGE(db.ok(), (db.ok() ? "" : db.error().message));
    fill_version_11(db.value());
    REQUIRE(migrate(db.value(), 14).ok());
    REQUIRE(db->exec("UPDATE residents SET address = '江苏省南京市玄武区锁金村街道锁金一村12幢' WHERE id_number = '" +
                     std::string(test_support::kIdOld) + "'")
                .ok());
    REQUIRE(migrate(db.value(), 16).ok());
    auto v = read_schema_version(db.value());
    REQUIRE(v.ok());
    CHECK(v->version == 16);
    CHECK(v->compatible == (db->is_postgres() ? 15 : 9));
    CHECK(one_value(db.value(), "SELECT township || '|' || village FROM residents") == "江苏省南京市玄武区锁金村街道|锁金一村");
    // What version-9 code writes (no new columns named) gets them too, and a move changes them.
    REQUIRE(db->exec("INSERT INTO residents(id_number, name, address) VALUES('320102194912311234', '王𠀾', "
                     "'江苏省南京市江宁区湖熟街道和平社区3号')")
                .ok());
    CHECK(one_value(db.value(), "SELECT township || '|' || village FROM residents WHERE id_number = '320102194912311234'") ==
          "江苏省南京市江宁区湖熟街道|和平社区");
    REQUIRE(db->exec("UPDATE residents SET address = '江苏省溧水县白马镇石头寨村8号' WHERE id_number = '320102194912311234'").ok());
    CHECK(one_value(db.value(), "SELECT township || '|' || village FROM residents WHERE id_number = '320102194912311234'") ==
          "江苏省溧水县白马镇|石头寨村");
  }
}

namespace {

// Every month's money by type and status, from the running figures and from the payments
// themselves: the two must agree after every write.
std::string all_rows(Database& db, const std::string& sql) {
  auto st = db.prepare(sql);
  REQUIRE_MESSAGE(st.ok(), (st.ok() ? "" : st.error().message));
  std::string out;
  for (;;) {
    auto row = st->step();
    REQUIRE_MESSAGE(row.ok(), (row.ok() ? "" : row.error().message));
    if (!row.value()) return out;
    out += st->text(0) + "|" + st->text(1) + "|" + st->text(2) + "|" + st->text(3) + "|" + st->text(4) + "\n";
  }
}
void check_totals(Database& db) {
  const std::string kept = all_rows(db,
      "SELECT period, benefit_type, status, payments, amount_fen FROM payment_month_totals ORDER BY period, benefit_type, status");
  const std::string counted = all_rows(db,
      "SELECT period, benefit_type, status, COUNT(*), SUM(amount_fen) FROM payments GROUP BY period, benefit_type, status "
      "ORDER BY period, benefit_type, status");
  CHECK(kept == counted);
}

core::PaymentRecord paid(const char* id, const char* period, core::Fen fen, core::PaymentStatus status = core::PaymentStatus::Paid) {
  return core::PaymentRecord{id, core::BenefitType::RuralDibao, period, fen, std::string(period) + "-10", "惠农一卡通", status};
}

}  // namespace

// Version 17: the statistics' running figures. Money per month, type and status follows every
// insert, change and delete of a payment (one row or many in a statement); each application's
// first decision day follows its events; what was there before the step is counted in.
TEST_CASE("version 17 keeps the statistics' running figures right through every write, on both stores") {
  test_support::TempDir dir;
  test_support::PgDatabase pgdb;
  for (const std::string target : {(dir / "v16.db").string(), pgdb.uri()}) {
    CAPTURE(target);
    auto db = Database::open(target);
    REQUIRE_MESSAGE(db.ok(), (db.ok() ? "" : db.error().message));
    fill_version_11(db.value());
    REQUIRE(migrate(db.value(), 16).ok());
    REQUIRE(ResidentsTable(db.value()).insert(test_support::resident(test_support::kIdZhang, "王𠀾", "1949-12-31")).ok());
    PaymentsTable pt(db.value());
    REQUIRE(pt.upsert(paid(test_support::kIdOld, "2026-09", 35917)).ok());
    REQUIRE(pt.upsert(paid(test_support::kIdZhang, "2026-09", 40000, core::PaymentStatus::Failed)).ok());
    const std::string app = "INSERT INTO applications(uuid, acceptance_no, item_code, applicant_id, applicant_name, status, "
                            "accepted_at, due) VALUES(?1, ?2, 'dibao', '320102194501011236', '张老四', 'reviewing', "
                            "'2026-09-01 09:00:00', '2026-10-20')";
    for (const char* uuid : {"a1", "a2"}) {
      auto st = db->prepare(app);
      REQUIRE(st.ok());
      st->bind_all(std::string(uuid), std::string("N-") + uuid);
      REQUIRE(st->run().ok());
    }
    REQUIRE(db->exec("INSERT INTO application_events(application_uuid, to_status, who, at) VALUES"
                     "('a1', 'accepted', 'C01', '2026-09-01 09:00:00'), ('a1', 'approved', 'P01', '2026-10-08 15:00:00')")
                .ok());

    REQUIRE(migrate(db.value(), 17).ok());
    auto v = read_schema_version(db.value());
    REQUIRE(v.ok());
    CHECK(v->version == 17);
    CHECK(v->compatible == (db->is_postgres() ? 15 : 9));
    check_totals(db.value());
    CHECK(all_rows(db.value(), "SELECT uuid, decided_on, '', '', '' FROM applications ORDER BY uuid") ==
          "a1|2026-10-08|||\na2||||\n");

    // One payment at a time (the import's path on SQLite): new, changed in status and amount.
    REQUIRE(pt.upsert(paid(test_support::kIdOld, "2026-10", 35917, core::PaymentStatus::Pending)).ok());
    check_totals(db.value());
    REQUIRE(pt.upsert(paid(test_support::kIdOld, "2026-10", 36000)).ok());
    check_totals(db.value());
    // Many in one statement (the import's path on PostgreSQL), a month moved, some deleted.
    REQUIRE(db->exec("INSERT INTO payments(resident, period, benefit_type, amount_fen, paid_on, channel, status) "
                     "SELECT resident, '2026-11', benefit_type, amount_fen + 100, '2026-11-10', channel, status FROM payments "
                     "WHERE period = '2026-10' OR (period = '2026-09' AND status = 'failed')")
                .ok());
    check_totals(db.value());
    REQUIRE(db->exec("UPDATE payments SET status = 'paid', amount_fen = amount_fen * 2 WHERE period = '2026-11'").ok());
    check_totals(db.value());
    REQUIRE(db->exec("UPDATE payments SET period = '2026-08' WHERE period = '2026-09' AND status = 'failed'").ok());
    check_totals(db.value());
    REQUIRE(db->exec("DELETE FROM payments WHERE period = '2026-11'").ok());
    check_totals(db.value());
    CHECK(all_rows(db.value(), "SELECT period, status, payments, amount_fen, '' FROM payment_month_totals ORDER BY period, status") ==
          "2026-08|failed|1|40000|\n2026-09|paid|1|35917|\n2026-10|paid|1|36000|\n");  // emptied keys leave

    // A decision, then an earlier one written late (a hall sync), then a later one: the first counts.
    REQUIRE(db->exec("INSERT INTO application_events(application_uuid, to_status, who, at) VALUES"
                     "('a2', 'rejected', 'P01', '2026-10-30 10:00:00')")
                .ok());
    REQUIRE(db->exec("INSERT INTO application_events(application_uuid, to_status, who, at) VALUES"
                     "('a2', 'approved', 'P01', '2026-10-12 10:00:00'), ('a1', 'rejected', 'P01', '2026-11-02 10:00:00'),"
                     "('a1', 'reviewing', 'P01', '2026-09-02 10:00:00')")
                .ok());
    CHECK(all_rows(db.value(), "SELECT uuid, decided_on, '', '', '' FROM applications ORDER BY uuid") ==
          "a1|2026-10-08|||\na2|2026-10-12|||\n");
  }
}

// Version 18: the village rule knows a market street (X镇市场路) from a city; the residents already
// there are worked out again, and every writer's rows follow the new rule.
TEST_CASE("version 18 takes X镇 before 市场路 for a township, for old rows and new ones, on both stores") {
  test_support::TempDir dir;
  test_support::PgDatabase pgdb;
  for (const std::string target : {(dir / "v17.db").string(), pgdb.uri()}) {
    CAPTURE(target);
    auto db = Database::open(target);
    REQUIRE_MESSAGE(db.ok(), (db.ok() ? "" : db.error().message));
    fill_version_11(db.value());
    REQUIRE(db->exec("UPDATE residents SET address = '江苏省南京市高淳区桠溪镇市场路8号'").ok());
    REQUIRE(migrate(db.value(), 17).ok());
    CHECK(one_value(db.value(), "SELECT '|' || township || '|' || village FROM residents") == "||");  // the old rule's miss
    REQUIRE(migrate(db.value(), 18).ok());
    auto v = read_schema_version(db.value());
    REQUIRE(v.ok());
    CHECK(v->version == 18);
    CHECK(v->compatible == (db->is_postgres() ? 15 : 9));
    CHECK(one_value(db.value(), "SELECT township || '|' || village FROM residents") == "江苏省南京市高淳区桠溪镇|");
    REQUIRE(db->exec("INSERT INTO residents(id_number, name, address) VALUES('320102194912311234', '王𠀾', "
                     "'安徽省六安市霍邱县城西湖乡市场村2组')")
                .ok());
    CHECK(one_value(db.value(), "SELECT township || '|' || village FROM residents WHERE id_number = '320102194912311234'") ==
          "安徽省六安市霍邱县城西湖乡|市场村");
    REQUIRE(db->exec("UPDATE residents SET address = '江苏省镇江市丹徒区辛丰镇长山村3组' WHERE id_number = '320102194912311234'").ok());
    CHECK(one_value(db.value(), "SELECT township || '|' || village FROM residents WHERE id_number = '320102194912311234'") ==
          "江苏省镇江市丹徒区辛丰镇|长山村");
  }
}
