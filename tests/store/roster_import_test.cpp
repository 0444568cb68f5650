// Roster import at the store level: the resolver that maps ID numbers to resident keys (one scan of
// the residents table for a roster naming much of the store, one look-up per row for a small one),
// idempotent re-import, and the WAL left for the idle checkpoint.
#include "store/roster_import.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "base/id_number.h"
#include "store/payments_table.h"
#include "store/residents_table.h"
#include "store_fixture.h"

using namespace store;

namespace {

// A valid ID number for person i (born 1950-1969, sequence from i).
std::string id_for(int i) {
  char first17[24];
  std::snprintf(first17, sizeof first17, "320102%04d%02d%02d%03d", 1950 + i % 20, 1 + (i / 20) % 12,
                1 + (i / 240) % 28, i % 1000);
  return std::string(first17) + base::id_check_character(first17);
}

std::string payment_roster(int people, const char* period, const char* amount = "359.17") {
  std::string text = "身份证号,姓名,救助类别,发放月份,金额,发放日期,发放渠道,发放状态\n";
  for (int i = 0; i < people; ++i)
    text += id_for(i) + ",张秀英,农村低保," + period + "," + amount + "," + period + "-10,惠农一卡通,已发放\n";
  return text;
}

core::Roster parsed(const std::string& text) {
  auto p = core::parse_roster(text);
  REQUIRE_MESSAGE(p.ok(), (p.ok() ? "" : core::describe(p.problems.front(), "test roster")));
  return p.roster;
}

std::string dump(Database& db, const char* sql) {
  auto st = db.prepare(sql);
  REQUIRE(st.ok());
  std::string out;
  while (st->step().value()) {
    for (int c = 0; c < st->column_count(); ++c) out += st->text(c) + "|";
    out += "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("roster import: a roster naming the whole store resolves everyone, and re-importing it changes nothing") {
  test_support::TempDir dir;
  auto db = test_support::open_test_store(dir / "r.db");
  // 20 people known before (one with a different stored name), 10 new ones on the roster.
  ResidentsTable residents(db);
  for (int i = 0; i < 20; ++i)
    REQUIRE(residents.insert(test_support::resident(id_for(i), i == 7 ? "王建国" : "张秀英", "1950-01-01")).ok());
  const auto roster = parsed(payment_roster(30, "2026-01"));

  auto first = import_roster(db, roster);
  REQUIRE(first.ok());
  CHECK(first->rows == 30);
  CHECK(first->inserted == 30);
  CHECK(first->new_residents == 10);
  REQUIRE(first->name_mismatches.size() == 1);
  CHECK(first->name_mismatches[0].id_number == id_for(7));
  CHECK(first->name_mismatches[0].stored_name == "王建国");
  CHECK(first->name_mismatches[0].line == 9);  // header is line 1
  CHECK(residents.count().value() == 30);
  // Every payment row belongs to the resident with that ID number.
  CHECK(dump(db, "SELECT count(*) FROM payment_records p JOIN residents r ON r.id_number = p.id_number") == "30|\n");
  auto stored = residents.find(id_for(7));
  REQUIRE(stored.ok());
  CHECK(stored.value()->name == "王建国");  // reported, not overwritten

  const std::string before = dump(db, "SELECT * FROM payment_records ORDER BY 1, 2, 3") +
                             dump(db, "SELECT * FROM residents ORDER BY id");
  auto again = import_roster(db, roster);
  REQUIRE(again.ok());
  CHECK(again->rows == 30);
  CHECK(again->unchanged == 30);
  CHECK(again->inserted == 0);
  CHECK(again->new_residents == 0);
  CHECK(dump(db, "SELECT * FROM payment_records ORDER BY 1, 2, 3") + dump(db, "SELECT * FROM residents ORDER BY id") ==
        before);
}

TEST_CASE("roster import: a small roster against a large store looks people up one by one") {
  test_support::TempDir dir;
  auto db = test_support::open_test_store(dir / "r.db");
  ResidentsTable residents(db);
  for (int i = 0; i < 100; ++i) REQUIRE(residents.insert(test_support::resident(id_for(i), "张秀英", "1950-01-01")).ok());
  // Two rows (person 3, and a person new to the store) against 100 residents: no full scan.
  std::string text = "身份证号,姓名,救助类别,发放月份,金额,发放日期,发放渠道,发放状态\n" + id_for(3) +
                     ",李䶮,农村低保,2026-02,100.00,2026-02-10,银行卡,已发放\n" + id_for(500) +
                     ",刘𠀾华,农村低保,2026-02,100.00,2026-02-10,银行卡,待发放\n";
  auto report = import_roster(db, parsed(text));
  REQUIRE(report.ok());
  CHECK(report->inserted == 2);
  CHECK(report->new_residents == 1);
  REQUIRE(report->name_mismatches.size() == 1);
  CHECK(report->name_mismatches[0].roster_name == "李䶮");
  CHECK(residents.find(id_for(500)).value()->name == "刘𠀾华");
  CHECK(dump(db, ("SELECT status FROM payment_records WHERE id_number = '" + id_for(500) + "'").c_str()) == "pending|\n");
}

TEST_CASE("roster import: a resident whose stored ID number has no packed form is still found") {
  test_support::TempDir dir;
  auto db = test_support::open_test_store(dir / "r.db");
  // An ID typed in by hand with a lower-case check character (the roster normalises it to X) and an
  // old 15-digit number: the scan must keep both without confusing them with anyone else.
  REQUIRE(db.exec("INSERT INTO residents(id_number, name) VALUES('11010519491231002x', '旧记录'), "
                  "('320102450101123', '十五位')")
              .ok());
  auto report = import_roster(db, parsed(payment_roster(1, "2026-03")));
  REQUIRE(report.ok());
  CHECK(report->new_residents == 1);
  CHECK(ResidentsTable(db).count().value() == 3);
}

TEST_CASE("roster import: the commit is durable and its WAL is left for the idle checkpoint") {
  test_support::TempDir dir;
  const auto file = dir / "r.db";
  {
    auto db = test_support::open_test_store(file);
    auto report = import_roster(db, parsed(payment_roster(6000, "2026-04")));
    REQUIRE(report.ok());
    CHECK(report->inserted == 6000);
    CHECK(db.wal_frames() > 0);
    CHECK(std::filesystem::file_size(file.string() + "-wal") > 0);
    auto idle = db.checkpoint_when_idle();
    REQUIRE(idle.ok());
    CHECK(idle->wal_emptied);
    CHECK(std::filesystem::file_size(file.string() + "-wal") == 0);
    // The import's settings do not outlive it.
    auto sync = db.prepare("PRAGMA synchronous");
    REQUIRE(sync->step().value());
    CHECK(sync->integer(0) == 2);
  }
  auto reopened = test_support::open_test_store(file);
  CHECK(PaymentsTable(reopened).count().value() == 6000);
}
