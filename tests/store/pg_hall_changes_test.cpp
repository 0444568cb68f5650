// The hall store's change notices (schema 11, store/pg/hall_changes.h): a statement that changes
// the queue — from any connection — reaches a listener; other tables do not disturb it.
#include <doctest/doctest.h>

#include <string>

#include "store/pg/hall_changes.h"
#include "store/pg/session.h"
#include "store/schema.h"
#include "store/store_fixture.h"
#include "store/pg_test_server.h"

using namespace store;

namespace {

std::unique_ptr<pg::Session> listener(const std::string& uri) {
  auto s = pg::Session::connect(uri);
  REQUIRE(s.ok());
  REQUIRE(s.value()->listen(pg::kHallChangesChannel).ok());
  return std::move(s.value());
}

// Notices heard within `ms` (several short waits: one notice per statement may come in parts).
int heard_within(pg::Session& s, int ms) {
  int total = 0;
  for (int waited = 0; waited < ms; waited += 100) {
    auto n = s.await_notifications(100);
    REQUIRE_MESSAGE(n.ok(), (n.ok() ? "" : n.error().message));
    total += n.value();
  }
  return total;
}

}  // namespace

TEST_CASE("pg: a change to applications, case steps or notices from another connection is heard") {
  test_support::PgDatabase pgdb;
  auto db = open_store(pgdb.uri());
  REQUIRE(db.ok());
  auto ear = listener(pgdb.uri());
  CHECK(heard_within(*ear, 300) == 0);  // nothing changed yet

  // An update touching no row is still a statement on the queue: listeners re-read, which is cheap.
  REQUIRE(db->exec("UPDATE applications SET claimed_by = '' WHERE uuid = 'none'").ok());
  CHECK(heard_within(*ear, 1000) >= 1);
  REQUIRE(db->exec("DELETE FROM case_steps WHERE application_uuid = 'none'").ok());
  CHECK(heard_within(*ear, 1000) >= 1);
  REQUIRE(db->exec("DELETE FROM case_notices WHERE application_uuid = 'none'").ok());
  CHECK(heard_within(*ear, 1000) >= 1);

  // Tables outside the queue send nothing; a rolled-back change sends nothing.
  REQUIRE(db->exec("UPDATE residents SET phone = '' WHERE id_number = 'none'").ok());
  REQUIRE(db->exec("BEGIN").ok());
  REQUIRE(db->exec("UPDATE applications SET claimed_by = '' WHERE uuid = 'none'").ok());
  REQUIRE(db->exec("ROLLBACK").ok());
  CHECK(heard_within(*ear, 500) == 0);
}

TEST_CASE("pg: a listener whose connection is cut gets an error, not silence") {
  test_support::PgDatabase pgdb;
  REQUIRE(open_store(pgdb.uri()).ok());
  auto ear = listener(pgdb.uri());
  test_support::pg_admin_exec("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" +
                              pgdb.name() + "'");
  bool failed = false;
  for (int i = 0; i < 30 && !failed; ++i) failed = !ear->await_notifications(100).ok();
  CHECK(failed);
}

TEST_CASE("pg: only plain channel names are listened to") {
  test_support::PgDatabase pgdb;
  auto s = pg::Session::connect(pgdb.uri());
  REQUIRE(s.ok());
  CHECK_FALSE(s.value()->listen("x; DROP TABLE meta").ok());
  CHECK_FALSE(s.value()->listen("").ok());
}
