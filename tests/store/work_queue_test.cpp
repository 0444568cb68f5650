#include <doctest/doctest.h>

#include "ledger_test_support.h"
#include "store/residents_table.h"
#include "store/work_queue.h"
#include "store_fixture.h"

using namespace store;
using S = core::ApplicationStatus;

namespace {

Database queue_store(const std::filesystem::path& file) {
  auto db = test_support::open_test_store(file);
  REQUIRE(ResidentsTable(db).insert(test_support::resident(test_support::kIdOld, "张老四", "1945-01-01")).ok());
  using test_support::add_application;
  const char* id = test_support::kIdOld;
  // Inserted out of order; every status once.
  add_application(db, "rev", "320102-01-20261020-0001", id, "张老四", S::Reviewing, "2026-10-20 09:00:00", "2026-11-17");
  add_application(db, "acc", "320102-01-20261123-0001", id, "张老四", S::Accepted, "2026-11-23 09:00:00", "2026-12-21");
  add_application(db, "sup", "320102-02-20261101-0001", id, "张老四", S::NeedsSupplement, "2026-11-01 08:30:00",
                  "2026-11-23");
  add_application(db, "pub", "320102-01-20261002-0001", id, "张老四", S::Publicized, "2026-10-02 14:00:00",
                  "2026-11-22");
  add_application(db, "apr", "320102-01-20261103-0001", id, "张老四", S::Approved, "2026-11-03 10:00:00", "2026-12-01");
  add_application(db, "pay", "320102-01-20260901-0001", id, "张老四", S::Paying, "2026-09-01 10:00:00", "2026-10-01");
  add_application(db, "rej", "320102-01-20260902-0001", id, "张老四", S::Rejected, "2026-09-02 10:00:00", "2026-10-01");
  add_application(db, "wdr", "320102-01-20260903-0001", id, "张老四", S::Withdrawn, "2026-09-03 10:00:00", "2026-10-01");
  add_application(db, "nac", "320102-01-20260904-0001", id, "张老四", S::NotAccepted, "2026-09-04 10:00:00",
                  "2026-09-04");
  return db;
}

}  // namespace

TEST_CASE("the work queue holds the open applications, oldest first, overdue once the due day has passed") {
  test_support::TempDir dir;
  auto db = queue_store(dir / "queue.db");
  auto q = WorkQueue(db).open_applications("2026-11-23", 100);
  REQUIRE_MESSAGE(q.ok(), (q.ok() ? "" : q.error().message));
  std::vector<std::string> order;
  std::vector<bool> overdue;
  for (const auto& e : q->entries) {
    order.push_back(e.application_uuid);
    overdue.push_back(e.overdue);
    CHECK(core::is_open(e.status));
  }
  CHECK(order == std::vector<std::string>{"pub", "rev", "sup", "apr", "acc"});
  // Due 11-22 and 11-17 have passed; due today (11-23) has not.
  CHECK(overdue == std::vector<bool>{true, true, false, false, false});
  CHECK(q->total_open == 5);
  const auto& pub = q->entries.front();
  CHECK(pub.acceptance_no == "320102-01-20261002-0001");
  CHECK(pub.status == S::Publicized);
  CHECK(pub.due == "2026-11-22");
  CHECK(pub.accepted_at == "2026-10-02 14:00:00");
  CHECK(pub.applicant_name == "张老四");
  CHECK(pub.applicant_id == test_support::kIdOld);
  CHECK(pub.item_code == "dibao");
}

TEST_CASE("the work queue keeps the oldest entries within the limit and still counts all open ones") {
  test_support::TempDir dir;
  auto db = queue_store(dir / "queue.db");
  auto q = WorkQueue(db).open_applications("2026-12-31", 2).value();
  REQUIRE(q.entries.size() == 2);
  CHECK(q.entries[0].application_uuid == "pub");
  CHECK(q.entries[1].application_uuid == "rev");
  CHECK(q.total_open == 5);
  CHECK(q.entries[0].overdue);
  // Approved (due 12-01) waits for its first payment, not for a decision: never overdue.
  const auto all = WorkQueue(db).open_applications("2026-12-31", 100).value();  // a range-for keeps no temporary
  for (const auto& e : all.entries)
    CHECK_MESSAGE(e.overdue == (e.status != S::Approved), e.application_uuid);
  CHECK(WorkQueue(db).open_applications("2026-12-31", 0).value().entries.empty());
  CHECK_FALSE(WorkQueue(db).open_applications("2026-12-32", 10).ok());
  CHECK_FALSE(WorkQueue(db).open_applications("2026-12-31", -1).ok());
}

TEST_CASE("an application accepted a moment ago is in the queue, and leaves it when closed") {
  test_support::TempDir dir;
  auto db = queue_store(dir / "queue.db");
  auto before = WorkQueue(db).open_applications("2026-11-23", 100).value().total_open;
  test_support::add_application(db, "new", "320102-01-20261123-0002", test_support::kIdOld, "张老四", S::Accepted,
                                "2026-11-23 09:30:00", "2026-12-21");
  auto q = WorkQueue(db).open_applications("2026-11-23", 100).value();
  CHECK(q.total_open == before + 1);
  CHECK(q.entries.back().application_uuid == "new");
  REQUIRE(db.exec("UPDATE applications SET status = 'withdrawn' WHERE uuid = 'new'").ok());
  CHECK(WorkQueue(db).open_applications("2026-11-23", 100).value().total_open == before);
}

TEST_CASE("the work queue reads the open statuses through applications_by_status, never the closed cases") {
  test_support::TempDir dir;
  auto db = queue_store(dir / "queue.db");
  REQUIRE(WorkQueue(db).open_applications("2026-11-23", 100).ok());
  auto sql = test_support::prepared_sql_with(db, "FROM applications");
  REQUIRE(sql.size() == 2);  // the list and the counts
  for (const auto& s : sql) {
    auto plan = test_support::query_plan(db, s);
    std::string all;
    for (const auto& p : plan) all += p + "\n";
    INFO(all);
    CHECK(all.find("SEARCH applications USING INDEX applications_by_status (status=?)") != std::string::npos);
    CHECK(all.find("SCAN applications") == std::string::npos);
  }
}
