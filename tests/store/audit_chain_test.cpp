// The audit log's keyed hash chain: a log written through AuditLog::record verifies; changing,
// deleting, inserting a row, cutting rows off the end or editing the head is found at the right
// row; rows from before chaining are counted, not checked; another hall key finds every row
// "changed". Real audit files on disk.
#include "store/audit_chain.h"

#include <doctest/doctest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "store/audit_log.h"
#include "store/database.h"
#include "store/schema.h"
#include "temp_dir.h"

using store::AuditChainBreak;

namespace {

store::HallKey key_of(std::uint8_t fill) {
  store::HallKey::Bytes b{};
  b.fill(fill);
  return store::HallKey::from_bytes(b);
}

struct LoggedStore {
  test_support::TempDir dir;
  store::HallKey key = key_of(7);
  store::Database db;
  explicit LoggedStore(int rows) : db(open()) {
    store::AuditLog log(db, key);
    for (int i = 0; i < rows; ++i) {
      REQUIRE(log.record("2026-12-02 10:00:" + std::to_string(10 + i), "kiosk-" + std::to_string(i % 3),
                         "11010519491231002X", store::kWhyKioskCheck)
                  .ok());
    }
  }
  store::Database open() {
    auto d = store::open_store(dir.path() / "s.db");
    REQUIRE(d.ok());
    return std::move(d.value());
  }
  store::Database& audit() {
    auto a = store::audit_database(db);
    REQUIRE(a.ok());
    return *a.value();
  }
  void sql(const std::string& s) { REQUIRE(audit().exec(s).ok()); }
  store::AuditVerdict verify(const store::HallKey& k) {
    auto v = store::verify_audit_log(db, k);
    REQUIRE_MESSAGE(v.ok(), (v.ok() ? "" : v.error().message));
    return v.value();
  }
  store::AuditVerdict verify() { return verify(key); }
};

void check_break(const store::AuditVerdict& v, AuditChainBreak::Kind kind, std::int64_t row) {
  REQUIRE(v.broken.has_value());
  CHECK(static_cast<int>(v.broken->kind) == static_cast<int>(kind));
  CHECK(v.broken->row == row);
}

}  // namespace

TEST_CASE("audit chain: a log written by AuditLog verifies, row by row") {
  LoggedStore s(10);
  const auto v = s.verify();
  CHECK_FALSE(v.broken.has_value());
  CHECK(v.chained == 10);
  CHECK(v.unchained == 0);
}

TEST_CASE("audit chain: a changed field, a renumbered row or an edited link is found at that row") {
  SUBCASE("why") {
    LoggedStore s(10);
    s.sql("UPDATE audit_log SET why = 'nothing to see' WHERE id = 4");
    check_break(s.verify(), AuditChainBreak::Kind::Changed, 4);
  }
  SUBCASE("who, on the last row") {
    LoggedStore s(10);
    s.sql("UPDATE audit_log SET who = 'someone else' WHERE id = 10");
    check_break(s.verify(), AuditChainBreak::Kind::Changed, 10);
  }
  SUBCASE("a deleted row's gap closed by renumbering") {
    LoggedStore s(10);
    s.sql("DELETE FROM audit_log WHERE id = 6; UPDATE audit_log SET id = id - 1 WHERE id > 6");
    check_break(s.verify(), AuditChainBreak::Kind::Changed, 6);
  }
}

TEST_CASE("audit chain: deleted rows, inserted rows and a cut-off end are named") {
  SUBCASE("deleted in the middle") {
    LoggedStore s(10);
    s.sql("DELETE FROM audit_log WHERE id IN (5, 6)");
    check_break(s.verify(), AuditChainBreak::Kind::Deleted, 5);
  }
  SUBCASE("inserted in the middle, the later rows moved up") {
    LoggedStore s(10);
    s.sql("UPDATE audit_log SET id = id + 100 WHERE id > 3; UPDATE audit_log SET id = id - 99 WHERE id > 100;"
          "INSERT INTO audit_log(id, at, who, whose_hash, why, chain) VALUES(4, '2026-12-02 10:00:13', 'kiosk-9', 'x', 'kiosk check', 'forged')");
    const auto v = s.verify();
    REQUIRE(v.broken.has_value());
    CHECK(v.broken->row == 4);
  }
  SUBCASE("added at the end") {
    LoggedStore s(10);
    s.sql("INSERT INTO audit_log(id, at, who, whose_hash, why, chain) VALUES(11, '2026-12-02 11:00:00', 'x', 'y', 'z', '')");
    check_break(s.verify(), AuditChainBreak::Kind::Inserted, 11);
  }
  SUBCASE("the last rows cut off") {
    LoggedStore s(10);
    s.sql("DELETE FROM audit_log WHERE id > 7");
    check_break(s.verify(), AuditChainBreak::Kind::CutOff, 8);
  }
  SUBCASE("every row deleted") {
    LoggedStore s(10);
    s.sql("DELETE FROM audit_log");
    check_break(s.verify(), AuditChainBreak::Kind::CutOff, 1);
  }
  SUBCASE("the head moved back to hide a cut") {
    LoggedStore s(10);
    s.sql("DELETE FROM audit_log WHERE id > 7; UPDATE audit_head SET last_id = 7");
    check_break(s.verify(), AuditChainBreak::Kind::Changed, 7);
  }
}

TEST_CASE("audit chain: rows from before chaining are counted, and another hall key finds the first chained row changed") {
  LoggedStore s(0);
  // An audit file as older builds wrote it: rows with no link.
  s.sql("INSERT INTO audit_log(id, at, who, whose_hash, why) VALUES(1, '2026-01-01 09:00:00', 'k', 'h', 'kiosk check'),"
        "(2, '2026-01-01 09:01:00', 'k', 'h', 'kiosk check')");
  store::AuditLog log(s.db, s.key);
  for (int i = 0; i < 3; ++i) REQUIRE(log.record("2026-12-02 10:00:00", "kiosk-1", "11010519491231002X", "kiosk check").ok());
  const auto v = s.verify();
  CHECK_FALSE(v.broken.has_value());
  CHECK(v.unchained == 2);
  CHECK(v.chained == 3);
  check_break(s.verify(key_of(8)), AuditChainBreak::Kind::Changed, 3);
  CHECK(store::describe(AuditChainBreak{AuditChainBreak::Kind::Deleted, 5}) == "row 5 was deleted");
  CHECK(store::describe(AuditChainBreak{AuditChainBreak::Kind::CutOff, 8}) == "row 8 and every row after it were deleted");
}

TEST_CASE("audit chain: many rows at once (a roster export) follow the single ones in the chain and verify") {
  LoggedStore s(3);
  std::vector<std::string> people;
  for (int i = 0; i < 2500; ++i) {
    char first17[18];
    std::snprintf(first17, sizeof first17, "32010219%09d", i);
    people.push_back(std::string(first17) + "X");
  }
  store::AuditLog log(s.db, s.key);
  REQUIRE(log.record_many("2026-12-02 10:01:00", "P01", people, store::kWhyRosterExport).ok());
  REQUIRE(log.record("2026-12-02 10:01:01", "kiosk-1", "11010519491231002X", store::kWhyKioskCheck).ok());
  CHECK(log.record_many("2026-12-02 10:01:02", "P01", {}, store::kWhyRosterExport).ok());
  auto v = s.verify();
  CHECK_FALSE(v.broken.has_value());
  CHECK(v.chained == 2504);
  auto rows = log.rows_for(people[1234]);
  REQUIRE(rows.ok());
  REQUIRE(rows->size() == 1);
  CHECK(rows->front().who == "P01");
  CHECK(rows->front().why == store::kWhyRosterExport);
  s.sql("DELETE FROM audit_log WHERE id = 1000");
  check_break(s.verify(), AuditChainBreak::Kind::Deleted, 1000);
}
