// The PostgreSQL side of the store on its own: the SQL translation, URIs in messages, the schema
// on a new database, and the faults a hall store meets (malformed URI, no server, wrong password,
// a schema from a newer onewindow, a server restarted under an open connection) — each one line.
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "store/audit_log.h"
#include "store/intake_commit.h"
#include "store/pg/roles.h"
#include "store/pg/schema_ddl.h"
#include "store/pg/audit_chains.h"
#include "store/pg/session.h"
#include "store/pg/sql_dialect.h"
#include "store/residents_table.h"
#include "store/schema.h"
#include "store/status_query.h"
#include "store/store_backends.h"
#include "store/store_fixture.h"

using namespace store;

namespace {

bool one_line(const std::string& s) { return !s.empty() && s.find('\n') == std::string::npos; }

}  // namespace

TEST_CASE("the SQLite-flavoured statements translate to PostgreSQL") {
  using pg::to_postgres;
  CHECK(to_postgres("SELECT a FROM t WHERE b = ?1 AND c = ?2").sql == "SELECT a FROM t WHERE b = $1 AND c = $2");
  CHECK(to_postgres("SELECT a FROM t WHERE b = ?1 AND c = ?2").params == 2);
  CHECK(to_postgres("UPDATE t SET x = ?4 WHERE k = ?1 AND (x IS NOT ?4 OR y is not ?10)").sql ==
        "UPDATE t SET x = $4 WHERE k = $1 AND (x IS DISTINCT FROM $4 OR y IS DISTINCT FROM $10)");
  CHECK(to_postgres("SELECT '?1', ? , ?").sql == "SELECT '?1', $1 , $2");
  CHECK(to_postgres("BEGIN IMMEDIATE").sql == "BEGIN");
  CHECK(to_postgres("PRAGMA synchronous=NORMAL").sql == "SET synchronous_commit = off");
  CHECK(to_postgres("PRAGMA synchronous=FULL").sql == "SET synchronous_commit = on");
  CHECK(to_postgres("PRAGMA cache_size=-8192").sql.empty());
  CHECK(to_postgres("SELECT x FROM t WHERE flag IS NOT NULL").sql == "SELECT x FROM t WHERE flag IS NOT NULL");
}

TEST_CASE("store URIs: recognised, and shown without their password") {
  CHECK(pg::is_uri("postgresql://hall.example/ow"));
  CHECK(pg::is_uri("postgres:///ow?host=/run/postgresql"));
  CHECK_FALSE(pg::is_uri("/var/lib/onewindow/onewindow.db"));
  CHECK_FALSE(pg::is_uri("postgresql.db"));
  CHECK(pg::redacted("postgresql://counter:s3cret@10.0.0.5:5432/hall?sslmode=verify-full") ==
        "postgresql://counter:***@10.0.0.5:5432/hall?sslmode=verify-full");
  CHECK(pg::redacted("postgresql:///hall?user=kiosk&password=s3cret&sslmode=require") ==
        "postgresql:///hall?user=kiosk&password=***&sslmode=require");
  CHECK(pg::redacted("postgresql://kiosk@hall/ow") == "postgresql://kiosk@hall/ow");
  CHECK(test_support::with_database("postgresql:///postgres?host=/x&user=p", "d1") == "postgresql:///d1?host=/x&user=p");
  CHECK(test_support::with_database("postgresql://h:5/postgres", "d1") == "postgresql://h:5/d1");
  CHECK(test_support::with_database("postgresql://h?user=p", "d1") == "postgresql://h/d1?user=p");
}

TEST_CASE("a new PostgreSQL store gets the tables at the current schema version, once") {
  test_support::PgDatabase pgdb;
  {
    auto db = test_support::PostgresBackend{}.open();  // another database: independent
    CHECK(db.is_postgres());
  }
  auto first = open_store(pgdb.uri());
  REQUIRE_MESSAGE(first.ok(), (first.ok() ? "" : first.error().message));
  auto v = read_schema_version(first.value());
  REQUIRE(v.ok());
  CHECK(v->version == kSchemaVersion);
  CHECK(v->compatible == pg::kPgCompatibleVersion);  // older code would write unchained audit rows (schema 15)
  auto second = open_store(pgdb.uri());  // already there: nothing to do
  REQUIRE(second.ok());
  CHECK(first->file().string().find("postgresql://") == 0);
  // Tables live in the default schema, under the SQLite names.
  auto st = second->prepare(
      "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'public' AND "
      "((table_name = 'applications' AND column_name IN ('acceptance_no', 'applicant_id', 'status')) OR "
      "(table_name = 'residents' AND column_name = 'id_number'))");
  REQUIRE(st.ok());
  REQUIRE(st->step().value());
  CHECK(st->int64(0) == 4);
}

TEST_CASE("a PostgreSQL store written by a newer onewindow is refused with one line, and left alone") {
  test_support::PgDatabase pgdb;
  {
    auto db = open_store(pgdb.uri());
    REQUIRE(db.ok());
    REQUIRE(db->exec("UPDATE meta SET value = '99' WHERE key IN ('version', 'compatible_version')").ok());
  }
  auto again = open_store(pgdb.uri());
  REQUIRE_FALSE(again.ok());
  CHECK(one_line(again.error().message));
  CHECK(again.error().message.find("newer onewindow") != std::string::npos);
  CHECK(again.error().message.find("schema 99") != std::string::npos);
}

TEST_CASE("a malformed URI, no server and a wrong password each give one line naming the store, never the password") {
  auto malformed = open_store("postgresql://u:pw@host:notaport/db?sslmode=always");
  REQUIRE_FALSE(malformed.ok());
  CHECK(one_line(malformed.error().message));
  CHECK(malformed.error().message.find("pw@") == std::string::npos);

  test_support::TempDir empty;
  auto nobody = open_store("postgresql:///hall?host=" + empty.path().string());
  REQUIRE_FALSE(nobody.ok());
  CHECK(one_line(nobody.error().message));
  CHECK(nobody.error().message.find("cannot connect to the store postgresql:///hall") == 0);

  const std::string base = test_support::pg_server_uri();
  std::string wrong = base;
  wrong.replace(wrong.find("user=postgres"), 13, "user=pwcheck&password=wrong-password");
  auto refused = open_store(wrong);
  REQUIRE_FALSE(refused.ok());
  CHECK(one_line(refused.error().message));
  CHECK(refused.error().message.find("password authentication failed") != std::string::npos);
  CHECK(refused.error().message.find("wrong-password") == std::string::npos);
  std::string right = base;
  right.replace(right.find("user=postgres"), 13, "user=pwcheck&password=right-password");
  auto session = pg::Session::connect(right);
  CHECK_MESSAGE(session.ok(), (session.ok() ? "" : session.error().message));
}

TEST_CASE("a hall store password comes from a 0600 file: passfile= in the URI or PGPASSFILE") {
  test_support::TempDir dir;
  const auto passfile = dir / "pgpass";
  {
    std::FILE* f = std::fopen(passfile.c_str(), "w");
    REQUIRE(f != nullptr);
    std::fputs("*:*:*:pwcheck:right-password\n", f);
    std::fclose(f);
  }
  REQUIRE(::chmod(passfile.c_str(), 0600) == 0);
  std::string uri = test_support::pg_server_uri();
  uri.replace(uri.find("user=postgres"), 13, "user=pwcheck");

  auto without = pg::Session::connect(uri);
  REQUIRE_FALSE(without.ok());
  CHECK(one_line(without.error().message));

  auto named = pg::Session::connect(uri + "&passfile=" + passfile.string());
  CHECK_MESSAGE(named.ok(), (named.ok() ? "" : named.error().message));

  REQUIRE(::setenv("PGPASSFILE", passfile.c_str(), 1) == 0);
  auto from_env = pg::Session::connect(uri);
  ::unsetenv("PGPASSFILE");
  CHECK_MESSAGE(from_env.ok(), (from_env.ok() ? "" : from_env.error().message));
}

TEST_CASE("a PostgreSQL store that restarts under an open connection: one failed statement, then it reconnects") {
  test_support::PrivateServer server;
  auto db = open_store(server.uri());
  REQUIRE_MESSAGE(db.ok(), (db.ok() ? "" : db.error().message));
  ResidentsTable residents(db.value());
  REQUIRE(residents.insert(test_support::resident(test_support::kIdOld, "张老四", "1945-01-01")).ok());
  const HallKey key = HallKey::from_bytes(HallKey::Bytes{});
  AuditLog audit(db.value(), key);
  REQUIRE(audit.record("2026-11-23 10:00:00", "kiosk-01", test_support::kIdOld, kWhyKioskCheck).ok());
  REQUIRE(server.run("halt") == 0);
  auto down = residents.count();
  REQUIRE_FALSE(down.ok());
  CHECK(one_line(down.error().message));
  REQUIRE(server.run("resume") == 0);
  auto back = residents.count();
  REQUIRE_MESSAGE(back.ok(), (back.ok() ? "" : back.error().message));
  CHECK(back.value() == 1);
  CHECK(residents.find(test_support::kIdOld).value()->name == "张老四");  // cached statements prepared again
  // The connection was opened again: its audit rows start a new chain (the server may have lost
  // the last asynchronous commits of the old one). Both verify; then a row that meets the server
  // down also ends the chain it was meant for.
  REQUIRE(audit.record("2026-11-23 10:00:02", "kiosk-01", test_support::kIdOld, kWhyKioskCheck).ok());
  auto verdict = verify_audit_log(db.value(), key);
  REQUIRE_MESSAGE(verdict.ok(), (verdict.ok() ? "" : verdict.error().message));
  CHECK_FALSE(verdict->broken.has_value());
  CHECK(verdict->chained == 2);
  REQUIRE(server.run("halt") == 0);
  CHECK_FALSE(audit.record("2026-11-23 10:00:03", "kiosk-01", test_support::kIdOld, kWhyKioskCheck).ok());
  REQUIRE(server.run("resume") == 0);
  REQUIRE(audit.record("2026-11-23 10:00:04", "kiosk-01", test_support::kIdOld, kWhyKioskCheck).ok());
  verdict = verify_audit_log(db.value(), key);
  REQUIRE_MESSAGE(verdict.ok(), (verdict.ok() ? "" : verdict.error().message));
  CHECK_FALSE(verdict->broken.has_value());
  CHECK(verdict->chained == 3);
  auto chains = db->prepare("SELECT count(*) FROM audit_chains");
  REQUIRE(chains.ok());
  REQUIRE(chains->step().value());
  CHECK(chains->int64(0) == 3);
}

TEST_CASE("a kiosk look-up on PostgreSQL is one round trip: begin, audit row, reads and commit pipelined") {
  test_support::PgDatabase pgdb;
  auto opened = open_store(pgdb.uri());
  REQUIRE_MESSAGE(opened.ok(), (opened.ok() ? "" : opened.error().message));
  Database& db = opened.value();
  REQUIRE(ResidentsTable(db).insert(test_support::resident(test_support::kIdOld, "张老四", "1945-01-01")).ok());
  REQUIRE(db.exec("INSERT INTO benefits VALUES('" + std::string(test_support::kIdOld) +
                  "', '农村低保', 'active', 35900, '2024-01-01', '2026-12-31')")
              .ok());
  auto key = HallKey::from_bytes(HallKey::Bytes{});
  StatusQuery q(db, key);
  // The connection's audit chain begins before its first look-up: linked after the last chain under
  // a lock (BEGIN, lock, tail, head and tail written, COMMIT), once per connection.
  const long unchained = db.postgres()->round_trips();
  REQUIRE(pg::ready_chain(db, key, "2026-11-23 09:59:59", "kiosk-01").ok());
  CHECK(db.postgres()->round_trips() - unchained <= 7);
  for (int i = 0; i < 2; ++i) {  // the first time prepares the statements, in the same round trip
    const long before = db.postgres()->round_trips();
    auto found = q.look_up({test_support::kIdOld, "kiosk-01", kWhyKioskCheck, "2026-11-23 10:00:00"});
    REQUIRE_MESSAGE(found.ok(), (found.ok() ? "" : found.error().message));
    REQUIRE(found->has_value());
    CHECK(found->value().resident.name == "张老四");
    CHECK(found->value().benefits.size() == 1);
    CHECK(db.postgres()->round_trips() - before == 1);
    const long unknown_before = db.postgres()->round_trips();
    auto unknown = q.look_up({test_support::kIdZhang, "kiosk-01", kWhyKioskCheck, "2026-11-23 10:00:01"});
    REQUIRE(unknown.ok());
    CHECK_FALSE(unknown->has_value());
    CHECK(db.postgres()->round_trips() - unknown_before == 1);
  }
  CHECK(AuditLog(db, key).count_for(test_support::kIdOld).value() == 2);
  CHECK(AuditLog(db, key).count_for(test_support::kIdZhang).value() == 2);

  // An audit row the store refuses: the look-up fails and reads nothing; the connection is fine after.
  REQUIRE(db.exec("ALTER TABLE audit_log ADD CONSTRAINT refuse_all CHECK (false) NOT VALID").ok());
  auto refused = q.look_up({test_support::kIdOld, "kiosk-01", kWhyKioskCheck, "2026-11-23 10:00:02"});
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().message.find("refuse_all") != std::string::npos);
  REQUIRE(db.exec("ALTER TABLE audit_log DROP CONSTRAINT refuse_all").ok());
  auto again = q.look_up({test_support::kIdOld, "kiosk-01", kWhyKioskCheck, "2026-11-23 10:00:03"});
  REQUIRE_MESSAGE(again.ok(), (again.ok() ? "" : again.error().message));
  CHECK(again->has_value());
  CHECK(AuditLog(db, key).count_for(test_support::kIdOld).value() == 3);
  // Every pipelined audit row is linked into the connection's chain; the refused one made it start
  // a new chain (store/pg/audit_chains.h).
  auto verdict = verify_audit_log(db, key);
  REQUIRE_MESSAGE(verdict.ok(), (verdict.ok() ? "" : verdict.error().message));
  CHECK_FALSE(verdict->broken.has_value());
  CHECK(verdict->chained == 5);
  auto chains = db.prepare("SELECT count(*) FROM audit_chains");
  REQUIRE(chains.ok());
  REQUIRE(chains->step().value());
  CHECK(chains->int64(0) == 2);
}

TEST_CASE("least privilege: a kiosk login looks people up but cannot write an application, a counter login can, no terminal changes an audit row") {
  test_support::PgDatabase pgdb;
  {
    auto owner = open_store(pgdb.uri());
    REQUIRE(owner.ok());
    REQUIRE(ResidentsTable(owner.value()).insert(test_support::resident(test_support::kIdOld, "张老四", "1945-01-01")).ok());
    auto granted = pg::grant_roles(owner.value());
    REQUIRE_MESSAGE(granted.ok(), (granted.ok() ? "" : granted.error().message));
    REQUIRE(pg::grant_roles(owner.value()).ok());  // idempotent
  }
  const std::string tag = pgdb.name();
  test_support::pg_admin_exec("DROP ROLE IF EXISTS k_" + tag + "; DROP ROLE IF EXISTS c_" + tag + ";"
                              "DROP ROLE IF EXISTS b_" + tag + ";"
                              "CREATE ROLE k_" + tag + " LOGIN IN ROLE onewindow_kiosk;"
                              "CREATE ROLE c_" + tag + " LOGIN IN ROLE onewindow_counter;"
                              "CREATE ROLE b_" + tag + " LOGIN IN ROLE onewindow_backoffice");
  auto as = [&](const std::string& role) {
    std::string uri = pgdb.uri();
    uri.replace(uri.find("user=postgres"), 13, "user=" + role);
    return uri;
  };
  const HallKey key = HallKey::from_bytes(HallKey::Bytes{});
  {
    auto kiosk = open_store(as("k_" + tag));
    REQUIRE_MESSAGE(kiosk.ok(), (kiosk.ok() ? "" : kiosk.error().message));
    auto found = StatusQuery(kiosk.value(), key).look_up({test_support::kIdOld, "kiosk-01", kWhyKioskCheck, "2026-11-23 10:00:00"});
    REQUIRE_MESSAGE(found.ok(), (found.ok() ? "" : found.error().message));
    CHECK(found->has_value());
    auto written = commit_application(kiosk.value(), IntakePlace{"320102", 1, 2026, 11, 23}, [] {
      core::Application a;
      a.uuid = "bbbbbbbb-0000-4000-8000-000000000001";
      a.item_code = "laonian";
      a.applicant_id = test_support::kIdOld;
      a.applicant_name = "张老四";
      a.accepted_at = "2026-11-23 09:30:00";
      a.due = "2026-12-21";
      REQUIRE(core::open_application(a, core::ApplicationStatus::Accepted, "A07", a.accepted_at, "窗口受理").ok());
      return a;
    }());
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().message.find("permission denied") != std::string::npos);
  }
  {
    auto counter = open_store(as("c_" + tag));
    REQUIRE(counter.ok());
    core::Application a;
    a.uuid = "bbbbbbbb-0000-4000-8000-000000000002";
    a.item_code = "laonian";
    a.applicant_id = test_support::kIdZhang;  // unknown to the store: the counter adds them
    a.applicant_name = "王𠀾䶮";
    a.accepted_at = "2026-11-23 09:30:00";
    a.due = "2026-12-21";
    REQUIRE(core::open_application(a, core::ApplicationStatus::Accepted, "A07", a.accepted_at, "窗口受理").ok());
    auto written = commit_application(counter.value(), IntakePlace{"320102", 2, 2026, 11, 23}, a);
    REQUIRE_MESSAGE(written.ok(), (written.ok() ? "" : written.error().message));
    CHECK(written->acceptance_no == "320102-02-20261123-0001");
    CHECK_FALSE(counter->exec("DELETE FROM audit_log").ok());
    CHECK_FALSE(counter->exec("UPDATE audit_log SET why = why").ok());
  }
  {
    // The back office writes benefits and cases, and adds audit rows, but changes none.
    auto backoffice = open_store(as("b_" + tag));
    REQUIRE(backoffice.ok());
    auto counted = backoffice->prepare("SELECT count(*) FROM audit_log");
    REQUIRE(counted.ok());
    REQUIRE(counted->step().value());
    CHECK(counted->int64(0) >= 1);  // the kiosk's look-up
    CHECK(backoffice->exec("UPDATE residents SET name = name").ok());
    auto changed = backoffice->exec("UPDATE audit_log SET why = 'nothing to see'");
    REQUIRE_FALSE(changed.ok());
    CHECK(changed.error().message.find("permission denied") != std::string::npos);
    CHECK_FALSE(backoffice->exec("DELETE FROM audit_log").ok());
  }
  test_support::pg_admin_exec("DROP OWNED BY k_" + tag + ", c_" + tag + ", b_" + tag + " CASCADE");
  test_support::pg_admin_exec("DROP ROLE k_" + tag + "; DROP ROLE c_" + tag + "; DROP ROLE b_" + tag);
}

TEST_CASE("a hall's applications reach a second (county) server by logical replication") {
  test_support::PgDatabase hall;  // on the shared test server (wal_level = logical)
  test_support::PrivateServer county;
  const IntakePlace place{"320102", 3, 2026, 11, 23};
  auto accept = [&](Database& db, int n) {
    core::Application a;
    a.uuid = "cccccccc-0000-4000-8000-00000000000" + std::to_string(n);
    a.item_code = "laonian";
    a.applicant_id = test_support::kIdOld;
    a.applicant_name = "张老四";
    a.accepted_at = "2026-11-23 09:3" + std::to_string(n) + ":00";
    a.due = "2026-12-21";
    REQUIRE(core::open_application(a, core::ApplicationStatus::Accepted, "A07", a.accepted_at, "窗口受理").ok());
    auto done = commit_application(db, place, a);
    REQUIRE_MESSAGE(done.ok(), (done.ok() ? "" : done.error().message));
  };
  auto hall_db = open_store(hall.uri());
  REQUIRE(hall_db.ok());
  for (int n = 1; n <= 3; ++n) accept(hall_db.value(), n);
  REQUIRE(hall_db->exec("CREATE PUBLICATION hall_applications FOR TABLE residents, applications, application_members, "
                        "application_materials, application_events")
              .ok());

  auto county_admin = pg::Session::connect(county.uri());
  REQUIRE(county_admin.ok());
  REQUIRE(county_admin.value()->exec("CREATE DATABASE county").ok());
  const std::string county_uri = test_support::with_database(county.uri(), "county");
  auto county_db = open_store(county_uri);  // the same tables, made by the same migration
  REQUIRE_MESSAGE(county_db.ok(), (county_db.ok() ? "" : county_db.error().message));
  auto subscribed = county_db->exec("CREATE SUBSCRIPTION hall_320102 CONNECTION '" + hall.uri() +
                                    "' PUBLICATION hall_applications");
  REQUIRE_MESSAGE(subscribed.ok(), (subscribed.ok() ? "" : subscribed.error().message));
  // The subscription owns a replication slot on the hall server: drop it before the hall database.
  struct Unsubscribe {
    Database& db;
    ~Unsubscribe() { (void)db.exec("DROP SUBSCRIPTION IF EXISTS hall_320102"); }
  } unsubscribe{county_db.value()};

  auto arrived = [&](long want) {
    for (int i = 0; i < 200; ++i) {
      auto st = county_db->prepare("SELECT count(*) FROM applications WHERE acceptance_no LIKE '320102-03-%'");
      REQUIRE(st.ok());
      REQUIRE(st->step().value());
      if (st->int64(0) == want) return true;
      ::usleep(100 * 1000);
    }
    return false;
  };
  CHECK(arrived(3));  // the initial copy
  accept(hall_db.value(), 4);
  CHECK(arrived(4));  // then each commit as it happens
  auto events = county_db->prepare("SELECT count(*) FROM application_events");
  REQUIRE(events.ok());
  REQUIRE(events->step().value());
  CHECK(events->int64(0) == 4);
}
