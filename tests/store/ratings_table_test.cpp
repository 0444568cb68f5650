// 好差评 in the store (store/ratings_table.h), on SQLite and PostgreSQL: a rating is stored once per
// visit or application, the two lowest levels keep their reason, a month reads back its own rows and
// counts only; and schema 13 on a version-12 store keeps what was there.
#include "store/ratings_table.h"

#include <doctest/doctest.h>

#include "store/pg_test_server.h"
#include "store/residents_table.h"
#include "store/schema.h"
#include "store/store_backends.h"
#include "store/store_fixture.h"

using namespace store;
using core::Rating;
using core::RatingChannel;

namespace {

Rating counter_rating(const std::string& no, int level, const std::string& at) {
  Rating r;
  r.visit_key = "application:" + no;
  r.rated_at = at;
  r.channel = RatingChannel::Counter;
  r.level = level;
  if (core::rating_needs_reason(level)) r.reason = "waiting";
  r.item_code = "dibao";
  r.acceptance_no = no;
  r.hall_code = "320102";
  r.terminal = 1;
  r.staff_no = "A01";
  return r;
}

Rating kiosk_rating(const std::string& key, int level, const std::string& at) {
  Rating r;
  r.visit_key = "kiosk:320102-01:" + key;
  r.rated_at = at;
  r.channel = RatingChannel::Kiosk;
  r.level = level;
  if (core::rating_needs_reason(level)) r.reason = "other";
  r.hall_code = "320102";
  r.terminal = 1;
  return r;
}

}  // namespace

STORE_TEST("a rating is stored once per application and reads back as given") {
  auto db = backend.open();
  RatingsTable t(db);
  const Rating first = counter_rating("320102-01-20261202-0001", 2, "2026-12-02 09:41:07");
  auto put = t.insert(first);
  REQUIRE_MESSAGE(put.ok(), (put.ok() ? "" : put.error().message));
  CHECK(put.value());
  // The same application again (another tap, a second window): the first rating stands.
  auto again = t.insert(counter_rating("320102-01-20261202-0001", 5, "2026-12-02 09:42:00"));
  REQUIRE(again.ok());
  CHECK_FALSE(again.value());
  const Rating kiosk = kiosk_rating("20261202094500-3", 4, "2026-12-02 09:45:00");
  REQUIRE(t.insert(kiosk).value());
  auto rows = t.in_month("2026-12");
  REQUIRE(rows.ok());
  REQUIRE(rows->size() == 2);
  CHECK(rows->at(0) == first);
  CHECK(rows->at(1) == kiosk);
  CHECK_FALSE(rows->at(1).item_code.has_value());
  CHECK_FALSE(rows->at(1).staff_no.has_value());
}

STORE_TEST("a rating the two lowest levels give without a reason, or a high one with a reason, is refused") {
  auto db = backend.open();
  RatingsTable t(db);
  Rating low = counter_rating("320102-01-20261202-0002", 1, "2026-12-02 10:00:00");
  low.reason.reset();
  CHECK_FALSE(t.insert(low).ok());
  Rating high = counter_rating("320102-01-20261202-0003", 4, "2026-12-02 10:00:00");
  high.reason = "waiting";
  CHECK_FALSE(t.insert(high).ok());
  Rating odd = counter_rating("320102-01-20261202-0004", 2, "2026-12-02 10:00:00");
  odd.reason = "weather";
  CHECK_FALSE(t.insert(odd).ok());
  Rating six = counter_rating("320102-01-20261202-0005", 6, "2026-12-02 10:00:00");
  CHECK_FALSE(t.insert(six).ok());
  // The table's own checks hold against a write that bypasses the class.
  CHECK_FALSE(db.exec("INSERT INTO ratings(visit_key, rated_at, channel, level, hall_code, terminal) "
                      "VALUES('x', '2026-12-02 10:00:00', 'kiosk', 1, '320102', 1)")
                  .ok());
  CHECK_FALSE(db.exec("INSERT INTO ratings(visit_key, rated_at, channel, level, hall_code, terminal) "
                      "VALUES('y', '2026-12-02 10:00:00', 'phone', 5, '320102', 1)")
                  .ok());
  CHECK(t.in_month("2026-12")->empty());
}

STORE_TEST("a month's counts are per channel, item and level, and other months stay out") {
  auto db = backend.open();
  RatingsTable t(db);
  REQUIRE(t.insert(counter_rating("320102-01-20261130-0009", 5, "2026-11-30 23:59:59")).value());
  REQUIRE(t.insert(counter_rating("320102-01-20261201-0001", 5, "2026-12-01 00:00:00")).value());
  REQUIRE(t.insert(counter_rating("320102-01-20261201-0002", 5, "2026-12-01 09:00:00")).value());
  REQUIRE(t.insert(counter_rating("320102-01-20261201-0003", 1, "2026-12-01 09:10:00")).value());
  Rating gaoling = counter_rating("320102-01-20261201-0004", 3, "2026-12-31 17:00:00");
  gaoling.item_code = "gaoling";
  REQUIRE(t.insert(gaoling).value());
  REQUIRE(t.insert(kiosk_rating("a", 4, "2026-12-05 10:00:00")).value());
  REQUIRE(t.insert(kiosk_rating("b", 2, "2026-12-05 11:00:00")).value());
  REQUIRE(t.insert(kiosk_rating("c", 4, "2027-01-01 00:00:00")).value());

  auto counts = t.counts("2026-12");
  REQUIRE_MESSAGE(counts.ok(), (counts.ok() ? "" : counts.error().message));
  REQUIRE(counts->size() == 3);
  CHECK(counts->at(0) == RatingCount{RatingChannel::Kiosk, "", {0, 1, 0, 1, 0}});
  CHECK(counts->at(1) == RatingCount{RatingChannel::Counter, "dibao", {1, 0, 0, 0, 2}});
  CHECK(counts->at(2) == RatingCount{RatingChannel::Counter, "gaoling", {0, 0, 1, 0, 0}});
  auto levels = t.level_counts("2026-12");
  REQUIRE(levels.ok());
  CHECK(levels.value() == core::RatingLevelCounts{1, 1, 1, 1, 2});
  CHECK(t.in_month("2026-12")->size() == 6);
  // An empty month: nothing, not an error; a malformed one: an error.
  CHECK(t.counts("2026-10")->empty());
  CHECK(t.level_counts("2026-10").value() == core::RatingLevelCounts{});
  CHECK_FALSE(t.counts("2026-13").ok());
  CHECK_FALSE(t.in_month("2026-1").ok());
}

namespace {

void fill_version_12(Database& db) {
  REQUIRE(migrate(db, 12).ok());
  REQUIRE(ResidentsTable(db).insert(test_support::resident(test_support::kIdOld, "张老四", "1945-01-01")).ok());
}

void check_version_13(Database& db) {
  auto v = read_schema_version(db);
  REQUIRE(v.ok());
  CHECK(v->version == 13);
  CHECK(v->compatible == 9);  // a new table only: version-12 (and 9) code still reads and writes it
  auto person = ResidentsTable(db).find(test_support::kIdOld);
  REQUIRE(person.ok());
  REQUIRE(person->has_value());
  CHECK(person->value().name == "张老四");
  REQUIRE(RatingsTable(db).insert(counter_rating("320102-01-20261202-0001", 5, "2026-12-02 09:41:07")).value());
}

}  // namespace

TEST_CASE("a version-12 SQLite file migrates to 13 and keeps its rows") {
  test_support::TempDir dir;
  const auto file = dir / "v12.db";
  {
    auto db = Database::open(file);
    REQUIRE(db.ok());
    fill_version_12(db.value());
  }
  auto db = Database::open(file);  // to 13 exactly: later versions have tests of their own
  REQUIRE(db.ok());
  REQUIRE(migrate(db.value(), 13).ok());
  check_version_13(db.value());
}

TEST_CASE("a version-12 PostgreSQL store migrates to 13 and keeps its rows") {
  test_support::PgDatabase pgdb;
  {
    auto db = Database::open(pgdb.uri());
    REQUIRE_MESSAGE(db.ok(), (db.ok() ? "" : db.error().message));
    fill_version_12(db.value());
  }
  auto db = Database::open(pgdb.uri());
  REQUIRE_MESSAGE(db.ok(), (db.ok() ? "" : db.error().message));
  REQUIRE(migrate(db.value(), 13).ok());
  check_version_13(db.value());
}
