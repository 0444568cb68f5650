// Local-first intake as processes, against a real PostgreSQL hall store: counters commit to their
// own SQLite files (intake-soak --hall --terminal) whether or not the hall store is up, `sync`
// pushes each outbox once, and afterwards the hall holds every application exactly once. A
// second counter under a registered terminal number is refused and changes nothing; a hall store
// that is down or refuses the credentials gives one line and exit 2, and nothing is lost.
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <future>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "store/pg_test_server.h"
#include "store_cli_support.h"

using store_cli::Sandbox;

namespace {

constexpr const char* kDay = "2026-11-23";

std::string quoted(const std::string& s) { return "'" + s + "'"; }

bool one_line(const std::string& s) { return !s.empty() && s.find('\n') == s.size() - 1; }

// Every row of `sql` on the hall store, "a|b" lines.
std::string hall_rows(const std::string& uri, const std::string& sql) {
  auto db = store::Database::open(uri);
  REQUIRE_MESSAGE(db.ok(), (db.ok() ? "" : db.error().message));
  auto st = db->prepare(sql);
  REQUIRE_MESSAGE(st.ok(), (st.ok() ? "" : st.error().message));
  std::string out;
  while (st->step().value()) {
    for (int c = 0; c < st->column_count(); ++c) out += (c ? "|" : "") + st->text(c);
    out += "\n";
  }
  return out;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string l; std::getline(in, l);) out.push_back(l);
  return out;
}

// What a store holds of the applications: one line per application with its children's counts, so
// two stores compare equal only if every application arrived whole.
constexpr const char* kContents =
    "SELECT a.uuid, a.acceptance_no, a.status, a.applicant_id, "
    "(SELECT count(*) FROM application_members m WHERE m.application_uuid = a.uuid), "
    "(SELECT count(*) FROM application_materials m WHERE m.application_uuid = a.uuid), "
    "(SELECT count(*) FROM application_events e WHERE e.application_uuid = a.uuid) "
    "FROM applications a WHERE a.acceptance_no LIKE '320102-0_-" "20261123-%' ORDER BY a.uuid";

struct Counter {
  const Sandbox& s;
  std::string file;
  int terminal;
  cli_test::Run soak(const std::string& hall, int count, int seed) const {
    return s.run("intake-soak --db " + quoted(file) + " --hall " + quoted(hall) + " --terminal " + std::to_string(terminal) +
                 " --count " + std::to_string(count) + " --seed " + std::to_string(seed) + " --today " + kDay);
  }
  cli_test::Run sync(const std::string& hall) const {
    return s.run("sync --db " + quoted(file) + " --hall " + quoted(hall));
  }
};

// Runs both counters' commands at once (separate processes), then returns both results.
template <class F>
std::pair<cli_test::Run, cli_test::Run> both(F f, const Counter& a, const Counter& b) {
  auto fa = std::async(std::launch::async, [&] { return f(a); });
  auto fb = std::async(std::launch::async, [&] { return f(b); });
  return {fa.get(), fb.get()};
}

void fill_hall(const Sandbox& s, const std::string& hall) {
  auto demo = s.run(std::string("demo-data --db ") + quoted(hall) + " --residents 300 --months 1 --seed 5 --today " + kDay);
  REQUIRE_MESSAGE(demo.exit_code == 0, demo.err);
}

}  // namespace

TEST_CASE("two counters accept into one hall while its server is stopped and started, and every application arrives once") {
  test_support::PrivateServer server;
  const std::string hall = server.uri();
  Sandbox s;
  fill_hall(s, hall);
  CHECK(hall_rows(hall, "SELECT count(*) FROM terminals") == "0\n");  // demo-data registers no terminal
  const Counter a{s, s.path("counter-1.db").string(), 1};
  const Counter b{s, s.path("counter-2.db").string(), 2};

  auto soak1 = both([&](const Counter& c) { return c.soak(hall, 5, 1); }, a, b);
  REQUIRE_MESSAGE(soak1.first.exit_code == 0, soak1.first.err);
  REQUIRE_MESSAGE(soak1.second.exit_code == 0, soak1.second.err);
  auto sync1 = both([&](const Counter& c) { return c.sync(hall); }, a, b);
  CHECK_MESSAGE(sync1.first.exit_code == 0, sync1.first.err);
  CHECK_MESSAGE(sync1.second.exit_code == 0, sync1.second.err);
  CHECK(sync1.first.out == "pushed 5, already in the hall 0, pending 0\n");

  // The hall store goes away: intake goes on from the local copy of the residents.
  REQUIRE(server.run("halt") == 0);
  auto soak2 = both([&](const Counter& c) { return c.soak(hall, 3 + c.terminal, 2); }, a, b);
  REQUIRE_MESSAGE(soak2.first.exit_code == 0, soak2.first.err);
  REQUIRE_MESSAGE(soak2.second.exit_code == 0, soak2.second.err);
  auto down = a.sync(hall);
  CHECK(down.exit_code == 2);
  CHECK(one_line(down.err));
  CHECK(down.err.find("hall store unreachable") != std::string::npos);
  CHECK(down.err.find("cannot connect to the store") != std::string::npos);
  CHECK(down.out == "pushed 0, already in the hall 0, pending 4\n");

  REQUIRE(server.run("resume") == 0);
  auto sync2 = both([&](const Counter& c) { return c.sync(hall); }, a, b);
  CHECK_MESSAGE(sync2.first.exit_code == 0, sync2.first.err);
  CHECK_MESSAGE(sync2.second.exit_code == 0, sync2.second.err);
  CHECK(sync2.first.out == "pushed 4, already in the hall 0, pending 0\n");
  CHECK(sync2.second.out == "pushed 5, already in the hall 0, pending 0\n");

  // Exactly every application once, whole, under unique numbers.
  const std::string in_hall = hall_rows(hall, kContents);
  const std::string local_a = store_cli::query_rows(a.file, kContents);
  const std::string local_b = store_cli::query_rows(b.file, kContents);
  std::vector<std::string> expected = lines_of(local_a);
  for (auto& l : lines_of(local_b)) expected.push_back(l);
  std::sort(expected.begin(), expected.end());
  CHECK(expected.size() == 5 + 4 + 5 + 5);
  CHECK(lines_of(in_hall) == expected);
  CHECK(hall_rows(hall, "SELECT count(DISTINCT acceptance_no), count(*) FROM applications") ==
        hall_rows(hall, "SELECT count(*), count(*) FROM applications"));
  CHECK(hall_rows(hall, "SELECT hall_code, terminal FROM terminals ORDER BY terminal") == "320102|1\n320102|2\n");

  // A second sync changes nothing.
  const std::string before = hall_rows(hall, "SELECT count(*) FROM applications") +
                             hall_rows(hall, "SELECT count(*) FROM application_events") +
                             hall_rows(hall, "SELECT count(*) FROM residents");
  auto again = both([&](const Counter& c) { return c.sync(hall); }, a, b);
  CHECK(again.first.exit_code == 0);
  CHECK(again.second.exit_code == 0);
  CHECK(again.first.out == "pushed 0, already in the hall 0, pending 0\n");
  CHECK(hall_rows(hall, "SELECT count(*) FROM applications") + hall_rows(hall, "SELECT count(*) FROM application_events") +
            hall_rows(hall, "SELECT count(*) FROM residents") ==
        before);
}

TEST_CASE("a second counter syncing under a terminal number already registered is refused and changes nothing") {
  test_support::PgDatabase pg;
  Sandbox s;
  fill_hall(s, pg.uri());
  auto roster = s.run("roster import " + store_cli::roster("benefit_roll.csv") + " --db " + quoted(pg.uri()));
  REQUIRE_MESSAGE(roster.exit_code == 0, roster.err);
  CHECK(hall_rows(pg.uri(), "SELECT count(*) FROM terminals") == "0\n");  // nor does a roster import
  const Counter first{s, s.path("first.db").string(), 7};
  const Counter twin{s, s.path("twin.db").string(), 7};
  REQUIRE(first.soak(pg.uri(), 3, 1).exit_code == 0);
  REQUIRE(first.sync(pg.uri()).exit_code == 0);
  REQUIRE(twin.soak(pg.uri(), 2, 9).exit_code == 0);
  const std::string before = hall_rows(pg.uri(), kContents) + hall_rows(pg.uri(), "SELECT * FROM terminals");

  auto refused = twin.sync(pg.uri());
  CHECK(refused.exit_code == 2);
  CHECK(one_line(refused.err));
  CHECK(refused.err.find("terminal number 07 of hall 320102 is already registered to another counter") !=
        std::string::npos);
  CHECK(refused.out == "pushed 0, already in the hall 0, pending 2\n");
  CHECK(hall_rows(pg.uri(), kContents) + hall_rows(pg.uri(), "SELECT * FROM terminals") == before);
  // The first counter keeps syncing under its number.
  REQUIRE(first.soak(pg.uri(), 1, 2).exit_code == 0);
  CHECK(first.sync(pg.uri()).out == "pushed 1, already in the hall 0, pending 0\n");
}

TEST_CASE("sync against a hall store with wrong credentials or no server gives one line and exit 2 and keeps the outbox") {
  test_support::PgDatabase pg;
  Sandbox s;
  fill_hall(s, pg.uri());
  const Counter c{s, s.path("c.db").string(), 4};
  REQUIRE(c.soak(pg.uri(), 3, 1).exit_code == 0);

  std::string wrong = pg.uri();
  wrong.replace(wrong.find("user=postgres"), 13, "user=pwcheck&password=not-it");
  auto refused = c.sync(wrong);
  CHECK(refused.exit_code == 2);
  CHECK(one_line(refused.err));
  CHECK(refused.err.find("hall store refused") != std::string::npos);
  CHECK(refused.err.find("password authentication failed") != std::string::npos);
  CHECK(refused.err.find("not-it") == std::string::npos);
  CHECK(refused.out == "pushed 0, already in the hall 0, pending 3\n");

  auto nothing = c.sync("postgresql:///ow?host=" + s.path("no-server").string());
  CHECK(nothing.exit_code == 2);
  CHECK(one_line(nothing.err));
  CHECK(nothing.err.find("hall store unreachable") != std::string::npos);

  auto bad = s.run("sync --db " + quoted(pg.uri()) + " --hall " + quoted(pg.uri()));
  CHECK(bad.exit_code == 2);
  CHECK(one_line(bad.err));

  auto fine = c.sync(pg.uri());
  CHECK_MESSAGE(fine.exit_code == 0, fine.err);
  CHECK(fine.out == "pushed 3, already in the hall 0, pending 0\n");
  CHECK(hall_rows(pg.uri(), "SELECT count(*) FROM applications WHERE acceptance_no LIKE '320102-04-%'") == "3\n");
}

TEST_CASE("the hall server stopped while a sync process runs: exit 0 or one line and exit 2, and after it returns all arrive once") {
  test_support::PrivateServer server;
  const std::string hall = server.uri();
  Sandbox s;
  fill_hall(s, hall);
  const Counter c{s, s.path("busy.db").string(), 8};
  REQUIRE(c.soak(hall, 1500, 1).exit_code == 0);  // three batches
  auto syncing = std::async(std::launch::async, [&] { return c.sync(hall); });
  // Stop the server once the first batch is in (or the sync is over).
  const std::string started = "SELECT count(*) > 0 FROM applications WHERE acceptance_no LIKE '320102-08-%'";
  while (syncing.wait_for(std::chrono::milliseconds(10)) != std::future_status::ready && hall_rows(hall, started) != "t\n") {
  }
  REQUIRE(server.run("halt") == 0);
  const cli_test::Run cut = syncing.get();
  // Either it finished first or it stopped with one line; what it pushed before stays pushed.
  if (cut.exit_code != 0) {
    CHECK(cut.exit_code == 2);
    CHECK(one_line(cut.err));
    CHECK(cut.err.find("hall store unreachable") != std::string::npos);
  }
  REQUIRE(server.run("resume") == 0);
  auto rest = c.sync(hall);
  CHECK_MESSAGE(rest.exit_code == 0, rest.err);
  MESSAGE("first sync: exit " << cut.exit_code << ", " << cut.out << "second sync: " << rest.out);
  CHECK(lines_of(hall_rows(hall, kContents)) == lines_of(store_cli::query_rows(c.file, kContents)));
  CHECK(hall_rows(hall, "SELECT count(*) FROM applications WHERE acceptance_no LIKE '320102-08-%'") == "1500\n");
  CHECK(c.sync(hall).out == "pushed 0, already in the hall 0, pending 0\n");
}
