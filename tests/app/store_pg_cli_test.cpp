// The store subcommands on the hall's PostgreSQL store: the same script of commands run once with
// --db FILE and once with --db postgresql://… gives the same output, byte for byte (roster import,
// demo-data beside an imported roster, status, staff, intake, ledger export, slip render); and the
// faults a hall store meets each end in exit 2 with one line on stderr.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "app/config_file.h"
#include "base/id_number.h"
#include "store/pg/schema_ddl.h"
#include "store/schema.h"
#include "store/pg_test_server.h"
#include "store_cli_support.h"

using store_cli::Sandbox;

namespace {

constexpr const char* kDay = "2026-11-23";

std::string shell_quoted(const std::string& s) { return "'" + s + "'"; }

std::string file_bytes(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool one_line(const std::string& s) { return !s.empty() && s.find('\n') == s.size() - 1; }

// The results of one script of commands against `db` (a file path or a URI), one entry per command.
std::vector<std::string> script(const Sandbox& s, const std::string& db, const std::string& tag) {
  std::vector<std::string> out;
  auto run = [&](const std::string& args) {
    auto r = s.run(args + " --db " + shell_quoted(db));
    CHECK_MESSAGE(r.exit_code == 0, args << " on " << tag << ": " << r.err);
    return r.out;
  };
  out.push_back(run("db migrate"));
  out.push_back(run("roster import " + store_cli::roster("benefit_roll.csv")));
  out.push_back(run("roster import " + store_cli::roster("benefit_roll.csv")));
  // demo-data names the store on its first line: keep what follows it.
  std::string demo = run(std::string("demo-data --residents 200 --months 2 --seed 7 --today ") + kDay);
  out.push_back(demo.substr(demo.find(": ")));
  out.push_back(run(std::string("status 320102194501011236 --json --today ") + kDay));
  std::ofstream(s.path("pin-" + tag)) << "20261123\n";
  out.push_back(run("staff add A09 --name 测试员 --role counter < " + s.path("pin-" + tag).string()));
  out.push_back(run("staff disable A02"));
  out.push_back(run("staff list"));
  out.push_back(run(std::string("intake-soak --count 4 --seed 11 --today ") + kDay));
  out.push_back(run(std::string("ledger export --full --date ") + kDay));
  const auto png = s.path("slip-" + tag + ".png");
  out.push_back(run("slip render --acceptance-no 320102-01-20261123-0001 --out " + png.string()));
  out.push_back(file_bytes(png));
  return out;
}

}  // namespace

TEST_CASE("the store commands give the same output on a SQLite file and on the PostgreSQL hall store") {
  Sandbox s;
  test_support::PgDatabase pg;
  const auto on_file = script(s, s.path("hall.db").string(), "sqlite");
  const auto on_pg = script(s, pg.uri(), "postgresql");
  REQUIRE(on_file.size() == on_pg.size());
  // The one difference, `db migrate`'s compatible version: code before schema 15 would write
  // unchained audit rows on a hall store (store/pg/audit_chains.h), never in a SQLite file's.
  std::string migrated = on_file[0];
  const std::string file_compatible = "compatible with " + std::to_string(store::kCompatibleVersion) + " ";
  REQUIRE(migrated.find(file_compatible) != std::string::npos);
  migrated.replace(migrated.find(file_compatible), file_compatible.size(),
                   "compatible with " + std::to_string(store::pg::kPgCompatibleVersion) + " ");
  CHECK(on_pg[0] == migrated);
  for (std::size_t i = 1; i < on_file.size(); ++i) CHECK_MESSAGE(on_file[i] == on_pg[i], "command " << i);
  CHECK(on_pg[1].find("4 new") != std::string::npos);
  CHECK(on_pg[2].find("0 new") != std::string::npos);
  CHECK(on_pg[9].find("320102-01-20261123-0001") != std::string::npos);
  CHECK(on_pg.back().size() > 1000);  // a PNG
  auto roles = s.run("db roles --db " + shell_quoted(pg.uri()));
  CHECK_MESSAGE(roles.exit_code == 0, roles.err);
  CHECK(s.run("db roles --db " + s.path("hall.db").string()).exit_code == 2);  // a SQLite file has no roles
  // A status of someone the hall store does not know (born 1900: older than any demo resident):
  // the well-formed "no".
  const std::string first17 = "32010219000101999";
  const std::string nobody = first17 + base::id_check_character(first17);
  CHECK(s.run("status " + nobody + " --db " + shell_quoted(pg.uri())).exit_code == 1);
}

TEST_CASE("a hall store that cannot be used gives exit 2 and one line: malformed, no server, wrong password, newer schema") {
  Sandbox s;
  auto malformed = s.run("status 320102194501011236 --db " + shell_quoted("postgresql://kiosk:pw@hall/ow?colour=red"));
  CHECK(malformed.exit_code == 2);
  CHECK(one_line(malformed.err));
  CHECK(malformed.err.find("malformed PostgreSQL URI") != std::string::npos);
  CHECK(malformed.err.find(":pw@") == std::string::npos);
  auto bad_port = s.run("status 320102194501011236 --db " + shell_quoted("postgresql://kiosk:pw@hall:port/ow"));
  CHECK(bad_port.exit_code == 2);
  CHECK(one_line(bad_port.err));
  CHECK(bad_port.err.find("port") != std::string::npos);
  CHECK(bad_port.err.find(":pw@") == std::string::npos);

  auto nothing = s.run("roster import " + store_cli::roster("benefit_roll.csv") + " --db " +
                       shell_quoted("postgresql:///ow?host=" + s.path("no-server").string()));
  CHECK(nothing.exit_code == 2);
  CHECK(one_line(nothing.err));
  CHECK(nothing.err.find("cannot connect to the store") != std::string::npos);

  std::string wrong = test_support::pg_server_uri();
  wrong.replace(wrong.find("user=postgres"), 13, "user=pwcheck&password=not-it");
  auto refused = s.run("staff list --db " + shell_quoted(wrong));
  CHECK(refused.exit_code == 2);
  CHECK(one_line(refused.err));
  CHECK(refused.err.find("password authentication failed") != std::string::npos);
  CHECK(refused.err.find("not-it") == std::string::npos);

  test_support::PgDatabase pg;
  REQUIRE(s.run("db migrate --db " + shell_quoted(pg.uri())).exit_code == 0);
  {
    auto db = store::Database::open(pg.uri());
    REQUIRE(db.ok());
    REQUIRE(db->exec("UPDATE meta SET value = '42' WHERE key IN ('version', 'compatible_version')").ok());
  }
  auto newer = s.run(std::string("ledger export --date ") + kDay + " --db " + shell_quoted(pg.uri()));
  CHECK(newer.exit_code == 2);
  CHECK(one_line(newer.err));
  CHECK(newer.err.find("newer onewindow") != std::string::npos);
}

TEST_CASE("config: the store url names the hall store and wins over sqlite, another scheme is refused naming the key") {
  auto c = app::parse_config_text("[store]\nsqlite = \"/var/lib/ow.db\"\nurl = \"postgresql://counter@hall/ow\"\n", "t.toml");
  REQUIRE_MESSAGE(c.ok(), (c.ok() ? "" : c.error().message));
  CHECK(c->store.location() == "postgresql://counter@hall/ow");
  auto file_only = app::parse_config_text("[store]\nsqlite = \"/var/lib/ow.db\"\n", "t.toml");
  REQUIRE(file_only.ok());
  CHECK(file_only->store.location() == "/var/lib/ow.db");
  auto bad = app::parse_config_text("[store]\nurl = \"mysql://hall/ow\"\n", "t.toml");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().message.find("url") != std::string::npos);
}

TEST_CASE("commands without --db open the config's [store] url, as the terminal does: a hall store or a file") {
  Sandbox s;
  test_support::PgDatabase pg;
  const auto on_pg = s.path("hall.toml");
  std::ofstream(on_pg) << "[store]\nurl = \"" << pg.uri() << "\"\n";
  const std::string config = " --config " + on_pg.string();
  REQUIRE(s.run("db migrate" + config).exit_code == 0);
  auto imported = s.run("roster import " + store_cli::roster("benefit_roll.csv") + config);
  REQUIRE_MESSAGE(imported.exit_code == 0, imported.err);
  auto found = s.run(std::string("status 320102194501011236 --json --today ") + kDay + config);
  CHECK_MESSAGE(found.exit_code == 0, found.err);
  CHECK(found.out.find("\"name_masked\"") != std::string::npos);
  std::ofstream(s.path("pin")) << "20261123\n";
  CHECK(s.run("staff add A09 --name 测试员" + config + " < " + s.path("pin").string()).exit_code == 0);
  CHECK(s.run("staff list" + config).out.find("A09") != std::string::npos);
  // Nothing went to the default file.
  CHECK_FALSE(std::filesystem::exists(s.path("xdg/onewindow/onewindow.db")));
  // --db still wins over the config.
  CHECK(s.run("status 320102194501011236 --db " + s.path("none.db").string() + config).exit_code == 2);

  // A SQLite file named by the url; a missing folder is one line naming the configured store.
  const auto on_file = s.path("file.toml");
  std::ofstream(on_file) << "[store]\nurl = \"" << s.path("c.db").string() << "\"\n";
  REQUIRE(s.run("roster import " + store_cli::roster("benefit_roll.csv") + " --config " + on_file.string()).exit_code == 0);
  CHECK(std::filesystem::exists(s.path("c.db")));
  CHECK(s.run("status 320102194501011236 --config " + on_file.string()).exit_code == 0);
  const auto nowhere = s.path("nowhere.toml");
  std::ofstream(nowhere) << "[store]\nurl = \"" << s.path("no/such/x.db").string() << "\"\n";
  auto missing = s.run("status 320102194501011236 --config " + nowhere.string());
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.find("the configured store") != std::string::npos);
  CHECK(one_line(missing.err));
}
