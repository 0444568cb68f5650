// `onewindow audit verify|show` as processes: exit 0 on an intact log, 1 naming the first row
// changed by hand, 2 without the hall key that wrote it; `show` lists a resident's look-ups and is
// audited itself. On the PostgreSQL hall store each command's connection writes a chain of its own.
#include <doctest/doctest.h>

#include "store/pg_test_server.h"
#include "store_cli_support.h"

using store_cli::query_rows;
using store_cli::Sandbox;

TEST_CASE("audit verify and audit show on a store the kiosk looked people up in") {
  Sandbox s;
  const std::string db = s.path("s.db").string();
  REQUIRE(s.run("demo-data --db " + db + " --residents 40 --months 2 --seed 3").exit_code == 0);
  std::string person = query_rows(s.path("s.db"), "SELECT id_number FROM residents ORDER BY id LIMIT 1");
  std::string other = query_rows(s.path("s.db"), "SELECT id_number FROM residents ORDER BY id LIMIT 1 OFFSET 1");
  person.pop_back();
  other.pop_back();
  for (int i = 0; i < 3; ++i) REQUIRE(s.run("status " + person + " --db " + db).exit_code == 0);
  REQUIRE(s.run("status " + other + " --db " + db).exit_code == 0);

  auto intact = s.run("audit verify --db " + db);
  CHECK(intact.exit_code == 0);
  CHECK(intact.out == "audit log intact: 4 rows chained\n");

  auto shown = s.run("audit show --person " + person + " --db " + db);
  REQUIRE_MESSAGE(shown.exit_code == 0, shown.err);
  int lines = 0;
  for (char c : shown.out) lines += c == '\n';
  CHECK(lines == 3);
  CHECK(shown.out.find("\tcli\tcommand line\n") != std::string::npos);
  CHECK(query_rows(s.path("s.db.audit"), "SELECT count(*) FROM audit_log WHERE why = 'audit show'") == "1\n");
  CHECK(s.run("audit verify --db " + db).out == "audit log intact: 5 rows chained\n");

  // Someone hides that they looked: the row's "who" is edited in the file.
  REQUIRE(store_cli::query_rows(s.path("s.db.audit"), "UPDATE audit_log SET who = 'nobody' WHERE id = 2 RETURNING id") == "2\n");
  auto broken = s.run("audit verify --db " + db);
  CHECK(broken.exit_code == 1);
  CHECK(broken.out == "audit log broken: row 2 was changed (1 rows before it are intact)\n");

  // Without the hall key nothing can be said (and no new key is made).
  auto no_key = s.run("audit verify --db " + db + " --key " + s.path("missing.key").string());
  CHECK(no_key.exit_code == 2);
  CHECK(no_key.err.find("hall key that wrote it") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(s.path("missing.key")));
  CHECK(s.run("audit show --person 123 --db " + db).exit_code == 2);
}

TEST_CASE("audit verify on the PostgreSQL hall store: intact after three commands, then a changed row is named") {
  Sandbox s;
  test_support::PgDatabase pg;
  const std::string db = "'" + pg.uri() + "'";
  const std::string person = "11010519491231002X";  // not in the store: each look-up is logged all the same
  REQUIRE(s.run("db migrate --db " + db).exit_code == 0);
  CHECK(s.run("status " + person + " --db " + db).exit_code == 1);
  CHECK(s.run("status " + person + " --db " + db).exit_code == 1);
  auto shown = s.run("audit show --person " + person + " --db " + db);
  REQUIRE_MESSAGE(shown.exit_code == 0, shown.err);
  CHECK(shown.out.find("\tcli\tcommand line\n") != std::string::npos);

  auto intact = s.run("audit verify --db " + db);
  CHECK_MESSAGE(intact.exit_code == 0, intact.err);
  CHECK(intact.out == "audit log intact: 3 rows chained\n");

  std::string second;
  {
    auto conn = store::Database::open(pg.uri());
    REQUIRE(conn.ok());
    auto st = conn->prepare("UPDATE audit_log SET who = 'nobody' WHERE id = (SELECT id FROM audit_log ORDER BY id "
                            "LIMIT 1 OFFSET 1) RETURNING id, chain_id");
    REQUIRE(st.ok());
    REQUIRE(st->step().value());
    second = "row " + st->text(0) + " (link 1 of audit chain " + st->text(1) + ") was changed";
  }
  auto broken = s.run("audit verify --db " + db);
  CHECK(broken.exit_code == 1);
  CHECK(broken.out == "audit log broken: " + second + " (1 rows before it are intact)\n");
}
