// 补正收件 at a counter in a hall: the counter's own file holds only what it accepted, so the case
// is found and sent back to review on the hall store (a real PostgreSQL database), audited there;
// a hall that cannot be reached gets the counter's plain line, and nothing is written.
#include <doctest/doctest.h>

#include <cstdlib>

#include "app/catalog_file.h"
#include "app/demo_data.h"
#include "app/paths.h"
#include "app/services.h"
#include "core/event_queue.h"
#include "store/pg/roles.h"
#include "store/pg_test_server.h"
#include "store/schema.h"

using namespace std::chrono_literals;

namespace {

template <class E>
std::optional<E> next(core::EventQueue& q, std::chrono::milliseconds within) {
  const auto until = std::chrono::steady_clock::now() + within;
  while (std::chrono::steady_clock::now() < until) {
    auto e = q.wait_pop(std::chrono::duration_cast<std::chrono::milliseconds>(until - std::chrono::steady_clock::now()));
    if (e && e->holds<E>()) return e->get<E>();
  }
  return std::nullopt;
}

std::string one_text(store::Database& db, const std::string& sql) {
  auto st = db.prepare(sql);
  REQUIRE(st.ok());
  auto row = st->step();
  REQUIRE(row.ok());
  REQUIRE(row.value());
  return st->text(0);
}

core::Config hall_counter(const std::string& hall_url, const test_support::TempDir& dir) {
  core::Config c;
  c.terminal.mode = core::Mode::Counter;
  c.store.url = hall_url;
  c.store.sqlite_path = (dir.path() / "counter.db").string();
  return c;
}

}  // namespace

TEST_CASE("pg: a counter in a hall finds a 待补正 case on the hall store and sends it back to review") {
  test_support::TempDir dir;
  ::setenv("XDG_DATA_HOME", (dir.path() / "data").c_str(), 1);  // the hall key the look-up's audit row needs
  test_support::PgDatabase pgdb;
  auto hall = store::open_store(pgdb.uri());
  REQUIRE(hall.ok());
  auto assets = app::load_catalog_assets(app::paths::assets_dir());
  REQUIRE(assets.ok());
  app::DemoDataOptions o;
  o.seed = 21;
  o.residents = 300;
  o.months = 3;
  REQUIRE(app::generate_demo_data(*hall, o, assets->catalog, assets->holidays).ok());
  const std::string no = one_text(*hall,
      "SELECT a.acceptance_no FROM applications a JOIN application_materials m ON m.application_uuid = a.uuid "
      "WHERE a.status = 'needs_supplement' AND m.required = 1 AND m.received = 0 ORDER BY a.acceptance_no LIMIT 1");

  // The counter signs in to the hall as the counter role, with no more rights than it.
  REQUIRE(store::pg::grant_roles(*hall).ok());
  const std::string role = "sc_" + pgdb.name();
  test_support::pg_admin_exec("DROP ROLE IF EXISTS " + role + "; CREATE ROLE " + role + " LOGIN IN ROLE onewindow_counter");
  std::string as_counter = pgdb.uri();
  REQUIRE(as_counter.find("user=postgres") != std::string::npos);
  as_counter.replace(as_counter.find("user=postgres"), 13, "user=" + role);

  core::EventQueue q;
  app::Services services(q, hall_counter(as_counter, dir));
  const core::CivilTime now{2026, 12, 2, 10, 0, 0, 3};
  services.run({core::fx::FindSupplementCase{no, "A01", now}});
  auto found = next<core::ev::SupplementCaseFound>(q, 20s);
  REQUIRE(found);
  REQUIRE_MESSAGE(found->found, found->problem.key);
  CHECK(found->found->status == core::ApplicationStatus::NeedsSupplement);
  CHECK_FALSE(found->found->missing.empty());
  CHECK(one_text(*hall, "SELECT count(*) FROM audit_log WHERE who = 'A01'") == "1");

  services.run({core::fx::ReceiveSupplement{no, "A01", now}});
  auto received = next<core::ev::SupplementReceived>(q, 20s);
  REQUIRE(received);
  CHECK_MESSAGE(received->problem.empty(), received->problem.key);
  CHECK(one_text(*hall, "SELECT status FROM applications WHERE acceptance_no = '" + no + "'") == "reviewing");
  CHECK(one_text(*hall, "SELECT count(*) FROM application_materials m JOIN applications a ON a.uuid = m.application_uuid "
                        "WHERE a.acceptance_no = '" + no + "' AND m.required = 1 AND m.received = 0") == "0");
  CHECK(one_text(*hall, "SELECT e.who FROM application_events e JOIN applications a ON a.uuid = e.application_uuid "
                        "WHERE a.acceptance_no = '" + no + "' AND e.action = 'supplied'") == "A01");

  // Again: the rules refuse (it no longer waits for materials), in their own words.
  services.run({core::fx::ReceiveSupplement{no, "A01", now}});
  auto again = next<core::ev::SupplementReceived>(q, 20s);
  REQUIRE(again);
  CHECK(again->problem.key.rfind("case.refused.", 0) == 0);
  services.stop();
  test_support::pg_admin_exec("DROP OWNED BY " + role + "; DROP ROLE " + role);
}

TEST_CASE("a counter whose hall store cannot be reached says so for 补正收件, in the counter's words") {
  test_support::TempDir dir;
  ::setenv("XDG_DATA_HOME", (dir.path() / "data").c_str(), 1);
  core::EventQueue q;
  app::Services services(q, hall_counter("postgresql:///hall?host=" + (dir.path() / "no-server").string(), dir));
  const core::CivilTime now{2026, 12, 2, 10, 0, 0, 3};
  services.run({core::fx::FindSupplementCase{"320102-09-20261118-0101", "A01", now}});
  auto found = next<core::ev::SupplementCaseFound>(q, 20s);
  REQUIRE(found);
  CHECK_FALSE(found->found);
  CHECK(found->problem.key == "counter.supplement.hall_down");
  services.run({core::fx::ReceiveSupplement{"320102-09-20261118-0101", "A01", now}});
  auto received = next<core::ev::SupplementReceived>(q, 20s);
  REQUIRE(received);
  CHECK(received->problem.key == "counter.supplement.hall_down");
  services.stop();
}
