// The audit log's chains on the PostgreSQL store (store/pg/audit_chains.h): rows written by two
// connections (plain records and pipelined kiosk look-ups) verify; a row changed, deleted or
// forged by hand, links cut off a chain's end (with the head covered up or not) and a deleted
// head are each named; a transaction that fails leaves a chain that still verifies and the next
// row starts a new one; rows from before schema 15 are counted, not checked. One database each.
#include <doctest/doctest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "store/audit_chain.h"
#include "store/audit_log.h"
#include "store/pg/audit_chains.h"
#include "store/pg/schema_ddl.h"
#include "store/pg/session.h"
#include "store/schema.h"
#include "store/status_query.h"
#include "store/store_fixture.h"
#include "store/pg_test_server.h"

using namespace store;
using Kind = AuditChainBreak::Kind;

namespace {

HallKey test_key() {
  HallKey::Bytes b{};
  b.fill(5);
  return HallKey::from_bytes(b);
}

Database open_pg(const std::string& uri) {
  auto db = open_store(uri);
  REQUIRE_MESSAGE(db.ok(), (db.ok() ? "" : db.error().message));
  return std::move(db.value());
}

std::string one_value(Database& db, const std::string& sql) {
  auto st = db.prepare(sql);
  REQUIRE_MESSAGE(st.ok(), (st.ok() ? "" : st.error().message));
  auto row = st->step();
  REQUIRE_MESSAGE(row.ok(), (row.ok() ? "" : row.error().message));
  REQUIRE(row.value());
  return st->text(0);
}

void sql(Database& db, const std::string& text) {
  auto s = db.exec(text);
  REQUIRE_MESSAGE(s.ok(), (s.ok() ? "" : s.error().message));
}

AuditVerdict verify(Database& db, const HallKey& key) {
  auto v = verify_audit_log(db, key);
  REQUIRE_MESSAGE(v.ok(), (v.ok() ? "" : v.error().message));
  return v.value();
}

void check_intact(Database& db, const HallKey& key, std::int64_t chained) {
  const auto v = verify(db, key);
  CHECK_MESSAGE(!v.broken, (v.broken ? describe(*v.broken) : ""));
  CHECK(v.chained == chained);
}

// The id of the row at `seq` in the chain that row `id` belongs to.
std::int64_t row_at(Database& db, std::int64_t id, int seq) {
  return std::stoll(one_value(db, "SELECT id FROM audit_log WHERE seq = " + std::to_string(seq) +
                                      " AND chain_id = (SELECT chain_id FROM audit_log WHERE id = " + std::to_string(id) + ")"));
}

void check_break(const AuditVerdict& v, Kind kind, std::int64_t row, std::int64_t link) {
  REQUIRE(v.broken.has_value());
  CHECK_MESSAGE(v.broken->kind == kind, describe(*v.broken));
  CHECK(v.broken->row == row);
  CHECK(v.broken->link == link);
}

}  // namespace

TEST_CASE("pg audit chains: two connections' rows verify, and each kind of tampering is named at its row") {
  test_support::PgDatabase pgdb;
  const HallKey key = test_key();
  Database a = open_pg(pgdb.uri());
  Database b = open_pg(pgdb.uri());
  // Terminal a: records on their own and pipelined kiosk look-ups (in a transaction); b: records.
  StatusQuery kiosk(a, key);
  for (int i = 0; i < 3; ++i) {
    const std::string at = "2026-12-02 10:00:0" + std::to_string(i);
    REQUIRE(AuditLog(a, key).record(at, "A01", test_support::kIdOld, kWhyIntake).ok());
    auto found = kiosk.look_up({test_support::kIdZhang, "kiosk-01", kWhyKioskCheck, at});
    REQUIRE_MESSAGE(found.ok(), (found.ok() ? "" : found.error().message));
    REQUIRE(AuditLog(b, key).record(at, "B01", test_support::kIdZhang, kWhyReview).ok());
  }
  check_intact(a, key, 9);
  CHECK(one_value(a, "SELECT count(*) FROM audit_chains") == "2");
  CHECK(one_value(a, "SELECT string_agg(last_seq::text, ',' ORDER BY last_seq) FROM audit_chains") == "3,6");
  const std::int64_t a_first = std::stoll(one_value(a, "SELECT min(id) FROM audit_log WHERE who = 'A01'"));
  const std::int64_t b_first = std::stoll(one_value(a, "SELECT min(id) FROM audit_log WHERE who = 'B01'"));

  // Each tampering is undone before the next: the tables are put back from a copy.
  sql(a, "CREATE TABLE saved_log AS SELECT * FROM audit_log; CREATE TABLE saved_chains AS SELECT * FROM audit_chains");
  auto restore = [&] {
    sql(a, "DELETE FROM audit_log; INSERT INTO audit_log SELECT * FROM saved_log;"
           "DELETE FROM audit_chains; INSERT INTO audit_chains SELECT * FROM saved_chains");
    check_intact(a, key, 9);
  };
  {  // a changed row
    const auto row = row_at(a, a_first, 3);
    sql(a, "UPDATE audit_log SET why = 'nothing to see' WHERE id = " + std::to_string(row));
    const auto v = verify(a, key);
    check_break(v, Kind::Changed, row, 3);
    CHECK(describe(*v.broken) == "row " + std::to_string(row) + " (link 3 of audit chain " + v.broken->chain + ") was changed");
    restore();
    sql(a, "UPDATE audit_log SET at = '2026-12-01 00:00:00' WHERE id = " + std::to_string(b_first));
    check_break(verify(a, key), Kind::Changed, b_first, 1);
  }
  restore();
  {  // a deleted row in the middle, and the first
    sql(a, "DELETE FROM audit_log WHERE id = " + std::to_string(row_at(a, a_first, 2)));
    check_break(verify(a, key), Kind::Deleted, row_at(a, a_first, 3), 2);
    restore();
    const auto b_second = row_at(a, b_first, 2);
    sql(a, "DELETE FROM audit_log WHERE id = " + std::to_string(b_first));
    check_break(verify(a, key), Kind::Deleted, b_second, 1);
  }
  restore();
  {  // the last row of a chain, deleted, then with its head covered up
    const auto last = row_at(a, b_first, 3);
    const auto before = row_at(a, b_first, 2);
    sql(a, "DELETE FROM audit_log WHERE id = " + std::to_string(last));
    const auto v = verify(a, key);
    check_break(v, Kind::CutOff, before, 3);
    CHECK(describe(*v.broken) == "link 3 of audit chain " + v.broken->chain +
                                     " and every link after it were deleted (after row " + std::to_string(before) + ")");
    // Without the hall key the head cannot be mended to end at row 2.
    sql(a, "UPDATE audit_chains SET last_seq = 2 WHERE last_seq = 3");
    check_break(verify(a, key), Kind::HeadChanged, before, 2);
    sql(a, "DELETE FROM audit_log WHERE chain_id = (SELECT chain_id FROM audit_chains WHERE last_seq = 2)");
    check_break(verify(a, key), Kind::CutOff, 0, 1);
  }
  restore();
  {  // a forged row: after a chain's end, in a chain of its own, without a chain
    const std::string chain_b = one_value(a, "SELECT chain_id FROM audit_log WHERE id = " + std::to_string(b_first));
    const std::string forged = one_value(a,
        "INSERT INTO audit_log(at, who, whose_hash, why, chain_id, seq, chain) VALUES('2026-12-02 11:00:00', 'B01', "
        "'00', 'review', '" + chain_b + "', 4, '0123456789abcdef0123456789abcdef') RETURNING id");
    check_break(verify(a, key), Kind::Inserted, std::stoll(forged), 4);
    restore();
    const std::string own = one_value(a,
        "INSERT INTO audit_log(at, who, whose_hash, why, chain_id, seq, chain) VALUES('2026-12-02 11:00:00', 'B01', "
        "'00', 'review', 'feedfeed', 1, '0123456789abcdef0123456789abcdef') RETURNING id");
    check_break(verify(a, key), Kind::Inserted, std::stoll(own), 1);
    restore();
    const std::string bare = one_value(a,
        "INSERT INTO audit_log(at, who, whose_hash, why) VALUES('2026-12-02 11:00:00', 'B01', '00', 'review') RETURNING id");
    const auto v = verify(a, key);
    REQUIRE(v.broken.has_value());
    CHECK(v.broken->kind == Kind::Inserted);
    CHECK(describe(*v.broken) == "row " + bare + " was inserted");
  }
  restore();
  {  // a deleted head
    sql(a, "DELETE FROM audit_chains WHERE last_seq = 3");
    check_break(verify(a, key), Kind::HeadDeleted, b_first, 1);
  }
}

TEST_CASE("pg audit chains: after a failed transaction the connection starts a new chain, and the log verifies") {
  test_support::PgDatabase pgdb;
  const HallKey key = test_key();
  Database db = open_pg(pgdb.uri());
  auto record = [&](const std::string& at) { return AuditLog(db, key).record(at, "A01", test_support::kIdOld, kWhyIntake); };
  {
    auto tx = Transaction::begin(db);
    REQUIRE(tx.ok());
    REQUIRE(record("2026-12-02 10:00:00").ok());
  }  // rolled back: its chain and row are gone
  REQUIRE(record("2026-12-02 10:00:01").ok());
  REQUIRE(record("2026-12-02 10:00:02").ok());
  {
    auto tx = Transaction::begin(db);
    REQUIRE(tx.ok());
    REQUIRE(record("2026-12-02 10:00:03").ok());
    CHECK_FALSE(db.exec("SELECT no_such_column FROM audit_log").ok());
    CHECK_FALSE(tx->commit().ok());  // the server answers ROLLBACK
  }
  REQUIRE(record("2026-12-02 10:00:04").ok());
  {
    auto tx = Transaction::begin(db);
    REQUIRE(tx.ok());
    REQUIRE(record("2026-12-02 10:00:05").ok());
    REQUIRE(record("2026-12-02 10:00:06").ok());
    REQUIRE(tx->commit().ok());
  }
  REQUIRE(record("2026-12-02 10:00:07").ok());
  check_intact(db, key, 6);
  CHECK(one_value(db, "SELECT string_agg(last_seq::text, ',' ORDER BY last_seq) FROM audit_chains") == "2,4");
  CHECK(one_value(db, "SELECT count(*) FROM audit_log WHERE at IN ('2026-12-02 10:00:00', '2026-12-02 10:00:03')") == "0");
}

TEST_CASE("pg audit chains: a store from before schema 15 keeps its rows unchained and counted, and chains after") {
  test_support::PgDatabase pgdb;
  const HallKey key = test_key();
  {
    auto raw = Database::open(pgdb.uri());
    REQUIRE(raw.ok());
    REQUIRE(migrate(raw.value(), 14).ok());
    sql(raw.value(), "INSERT INTO audit_log(at, who, whose_hash, why) VALUES('2026-11-01 09:00:00', 'kiosk-01', 'aa', 'kiosk check'),"
                     "('2026-11-01 09:00:01', 'kiosk-01', 'bb', 'kiosk check')");
  }
  Database db = open_pg(pgdb.uri());
  auto v = read_schema_version(db);
  REQUIRE(v.ok());
  CHECK(v->version == kSchemaVersion);
  CHECK(v->compatible == pg::kPgCompatibleVersion);
  CHECK(pg::kPgCompatibleVersion == 19);  // 15: chained rows; 19: linked chains
  REQUIRE(AuditLog(db, key).record("2026-12-02 10:00:00", "A01", test_support::kIdOld, kWhyIntake).ok());
  const auto verdict = verify(db, key);
  CHECK_FALSE(verdict.broken.has_value());
  CHECK(verdict.chained == 1);
  CHECK(verdict.unchained == 2);
}

// A payment roster names thousands of people at once: one row each, written in batches of 2,000 to
// a statement, linked in the connection's chain between single rows, all or none.
TEST_CASE("pg audit chains: many rows at once (a roster export) link into the chain and verify, all or none") {
  test_support::PgDatabase pgdb;
  const HallKey key = test_key();
  Database db = open_pg(pgdb.uri());
  std::vector<std::string> people;
  for (int i = 0; i < 4500; ++i) {
    char first17[18];
    std::snprintf(first17, sizeof first17, "32010219%09d", i);
    people.push_back(std::string(first17) + "X");
  }
  AuditLog log(db, key);
  REQUIRE(log.record("2026-12-02 10:00:00", "A01", test_support::kIdOld, kWhyIntake).ok());
  REQUIRE(log.record_many("2026-12-02 10:00:01", "P01", people, kWhyRosterExport).ok());
  REQUIRE(log.record("2026-12-02 10:00:02", "A01", test_support::kIdOld, kWhyIntake).ok());
  check_intact(db, key, 4502);
  CHECK(one_value(db, "SELECT count(*) FROM audit_log WHERE why = 'roster export' AND who = 'P01'") == "4500");
  CHECK(one_value(db, "SELECT string_agg(last_seq::text, ',') FROM audit_chains") == "4502");  // one chain
  auto rows = log.rows_for(people[3333]);
  REQUIRE(rows.ok());
  REQUIRE(rows->size() == 1);
  CHECK(rows->front().why == kWhyRosterExport);
  CHECK(log.record_many("2026-12-02 10:00:03", "P01", {}, kWhyRosterExport).ok());  // nothing to write

  // Inside a transaction that rolls back: none of them, and the chain goes on verifying.
  {
    auto tx = Transaction::begin(db);
    REQUIRE(tx.ok());
    REQUIRE(log.record_many("2026-12-02 10:00:04", "P01", people, kWhyRosterExport).ok());
  }
  REQUIRE(log.record("2026-12-02 10:00:05", "A01", test_support::kIdOld, kWhyIntake).ok());
  check_intact(db, key, 4503);
  CHECK(one_value(db, "SELECT count(*) FROM audit_log WHERE at = '2026-12-02 10:00:04'") == "0");

  // A row changed in the middle of a batch is named.
  const std::string victim = one_value(db, "SELECT id FROM audit_log WHERE seq = 3000");
  sql(db, "UPDATE audit_log SET who = 'X99' WHERE id = " + victim);
  const auto v = verify(db, key);
  REQUIRE(v.broken);
  CHECK(v.broken->kind == Kind::Changed);
  CHECK(std::to_string(v.broken->row) == victim);
}

// Schema 19: chains are linked in the order they began. A whole chain deleted — every row and its
// head — shows at its place; so do the newest chains deleted, a chain's start edited, and the tail
// moved back. A chain begun whose first row never came (its transaction rolled back after the
// start committed elsewhere, or nothing recorded yet) verifies.
TEST_CASE("pg audit chains: a whole chain deleted with its head, or the newest chains, are named") {
  test_support::PgDatabase pgdb;
  const HallKey key = test_key();
  std::vector<std::string> chains;  // in the order they began
  {
    Database a = open_pg(pgdb.uri());
    Database b = open_pg(pgdb.uri());
    Database c = open_pg(pgdb.uri());
    int n = 0;
    for (Database* db : {&a, &b, &c}) {
      const std::string at = "2026-12-02 10:00:0" + std::to_string(n++);
      REQUIRE(AuditLog(*db, key).record(at, "T0" + std::to_string(n), test_support::kIdOld, kWhyIntake).ok());
      REQUIRE(AuditLog(*db, key).record(at, "T0" + std::to_string(n), test_support::kIdZhang, kWhyIntake).ok());
      chains.push_back(one_value(*db, "SELECT chain_id FROM audit_chains ORDER BY ordinal DESC LIMIT 1"));
    }
    REQUIRE(pg::ready_chain(a, key, "2026-12-02 10:00:09", "T09").ok());  // still a's chain: nothing new
  }
  Database db = open_pg(pgdb.uri());
  check_intact(db, key, 6);
  CHECK(one_value(db, "SELECT string_agg(ordinal::text, ',' ORDER BY ordinal) FROM audit_chains") == "1,2,3");
  CHECK(one_value(db, "SELECT ordinal FROM audit_chain_tail") == "3");
  // A connection that begins a chain and records nothing yet: the log still verifies.
  REQUIRE(pg::ready_chain(db, key, "2026-12-02 10:01:00", "T04").ok());
  check_intact(db, key, 6);

  sql(db, "CREATE TABLE saved_log AS SELECT * FROM audit_log; CREATE TABLE saved_chains AS SELECT * FROM audit_chains;"
          "CREATE TABLE saved_tail AS SELECT * FROM audit_chain_tail");
  auto restore = [&] {
    sql(db, "DELETE FROM audit_log; INSERT INTO audit_log SELECT * FROM saved_log;"
            "DELETE FROM audit_chains; INSERT INTO audit_chains SELECT * FROM saved_chains;"
            "DELETE FROM audit_chain_tail; INSERT INTO audit_chain_tail SELECT * FROM saved_tail");
    check_intact(db, key, 6);
  };
  {  // the second chain, rows and head
    sql(db, "DELETE FROM audit_log WHERE chain_id = '" + chains[1] + "'; DELETE FROM audit_chains WHERE chain_id = '" + chains[1] + "'");
    const auto v = verify(db, key);
    REQUIRE(v.broken.has_value());
    CHECK(v.broken->kind == Kind::ChainDeleted);
    CHECK(v.broken->link == 2);
    CHECK(v.broken->chain == chains[2]);
    CHECK(describe(*v.broken) == "audit chain number 2 was deleted with every row and its head (the chain after it is " +
                                     chains[2] + ")");
  }
  restore();
  {  // the newest chains (the empty one and the third), rows and heads
    sql(db, "DELETE FROM audit_log WHERE chain_id = '" + chains[2] + "'; DELETE FROM audit_chains WHERE ordinal >= 3");
    const auto v = verify(db, key);
    REQUIRE(v.broken.has_value());
    CHECK(v.broken->kind == Kind::ChainDeleted);
    CHECK(v.broken->link == 3);
    CHECK(describe(*v.broken) == "audit chain number 3 and every chain after it were deleted with their rows and heads");
    // Without the hall key the tail cannot be moved back to name chain 2.
    sql(db, "UPDATE audit_chain_tail SET ordinal = 2");
    const auto moved = verify(db, key);
    REQUIRE(moved.broken.has_value());
    CHECK(moved.broken->kind == Kind::ChainsChanged);
    CHECK(describe(*moved.broken) == "the tail of the audit chains was changed");
  }
  restore();
  {  // who began a chain, edited
    sql(db, "UPDATE audit_chains SET who = 'nobody' WHERE chain_id = '" + chains[0] + "'");
    const auto v = verify(db, key);
    REQUIRE(v.broken.has_value());
    CHECK(v.broken->kind == Kind::ChainsChanged);
    CHECK(v.broken->chain == chains[0]);
  }
  restore();
  {  // the tail deleted
    sql(db, "DELETE FROM audit_chain_tail");
    CHECK(verify(db, key).broken.has_value());
  }
}
