// `onewindow db backup|restore`: a backup is the store's content at one moment, audit log included,
// private to its owner; taken while another connection writes; restored only over an empty store
// unless --force; a damaged or newer backup is refused before anything changes. Real processes on
// real files; the PostgreSQL answer on the test server.
#include <doctest/doctest.h>
#include <sys/stat.h>

#include <chrono>
#include <fstream>
#include <thread>

#include "store/pg_test_server.h"
#include "store_cli_support.h"

using store_cli::query_rows;
using store_cli::Sandbox;

namespace {

// Every row of every table, table by table, in a stable order: two stores with the same content
// give the same text.
std::string content_of(const std::filesystem::path& db) {
  std::string all;
  const std::string tables =
      query_rows(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
  std::size_t at = 0;
  while (at < tables.size()) {
    const std::size_t end = tables.find('\n', at);
    const std::string table = tables.substr(at, end - at);
    at = end + 1;
    all += "== " + table + "\n" + query_rows(db, "SELECT * FROM \"" + table + "\" ORDER BY 1, 2");
  }
  return all;
}

unsigned mode_of(const std::filesystem::path& p) {
  struct stat st {};
  REQUIRE(::stat(p.c_str(), &st) == 0);
  return st.st_mode & 0777;
}

// A look-up of the store's first resident, which writes an audit row.
void look_up(const Sandbox& s, const std::string& name) {
  std::string person = query_rows(s.path(name), "SELECT id_number FROM residents ORDER BY id LIMIT 1");
  REQUIRE(person.size() == 19);
  person.pop_back();
  auto status = s.run("status " + person + " --db " + s.path(name).string());
  REQUIRE_MESSAGE(status.exit_code == 0, status.err);
}

void make_store(const Sandbox& s, const std::string& name) {
  auto made = s.run("demo-data --db " + s.path(name).string() + " --residents 60 --months 3 --seed 7 --today 2026-11-20");
  REQUIRE_MESSAGE(made.exit_code == 0, made.err);
  look_up(s, name);
}

}  // namespace

TEST_CASE("db backup: the copy holds the store's content and its audit log, readable only by its owner") {
  Sandbox s;
  make_store(s, "s.db");
  auto r = s.run("db backup --db " + s.path("s.db").string() + " --out " + s.path("b.db").string());
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  CHECK(r.out.find("schema ") != std::string::npos);
  CHECK(r.out.find("60 residents") != std::string::npos);
  CHECK(content_of(s.path("b.db")) == content_of(s.path("s.db")));
  CHECK(content_of(s.path("b.db.audit")) == content_of(s.path("s.db.audit")));
  CHECK(query_rows(s.path("b.db.audit"), "SELECT count(*) > 0 FROM audit_log") == "1\n");
  CHECK(mode_of(s.path("b.db")) == 0600);
  CHECK(mode_of(s.path("b.db.audit")) == 0600);
  // No temporary left beside it.
  int files = 0;
  for (const auto& e : std::filesystem::directory_iterator(s.path(""))) files += e.is_regular_file() ? 1 : 0;
  CHECK(files == 4);  // s.db, s.db.audit, b.db, b.db.audit (WAL files are gone once closed)
}

TEST_CASE("db backup: taken while another connection holds the write lock, it waits and copies a whole moment") {
  Sandbox s;
  make_store(s, "s.db");
  auto writer = store::Database::open(s.path("s.db"));
  REQUIRE(writer.ok());
  REQUIRE(writer->exec("BEGIN IMMEDIATE").ok());
  REQUIRE(writer->exec("INSERT INTO staff(staff_no, name, role) VALUES('Z99', 'Backup test', 'counter')").ok());
  std::thread commit_later([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(400));
    REQUIRE(writer->exec("COMMIT").ok());
  });
  auto r = s.run("db backup --db " + s.path("s.db").string() + " --out " + s.path("b.db").string());
  commit_later.join();
  REQUIRE_MESSAGE(r.exit_code == 0, r.err);
  // Before the commit or after it, never half: the staff row is there or not, and the copy is whole.
  const std::string z99 = query_rows(s.path("b.db"), "SELECT count(*) FROM staff WHERE staff_no = 'Z99'");
  CHECK((z99 == "0\n" || z99 == "1\n"));
  CHECK(query_rows(s.path("b.db"), "PRAGMA integrity_check") == "ok\n");
}

TEST_CASE("db restore: refuses a store that holds data without --force, then puts the backup back whole") {
  Sandbox s;
  make_store(s, "s.db");
  REQUIRE(s.run("db backup --db " + s.path("s.db").string() + " --out " + s.path("b.db").string()).exit_code == 0);
  const std::string at_backup = content_of(s.path("s.db"));
  const std::string audit_at_backup = content_of(s.path("s.db.audit"));
  // Work after the backup: a staff member and another look-up.
  {
    auto db = store::Database::open(s.path("s.db"));
    REQUIRE(db.ok());
    REQUIRE(db->exec("INSERT INTO staff(staff_no, name, role) VALUES('Z98', 'After backup', 'counter')").ok());
  }
  look_up(s, "s.db");
  const std::string after = content_of(s.path("s.db"));
  REQUIRE(after != at_backup);

  auto refused = s.run("db restore --from " + s.path("b.db").string() + " --db " + s.path("s.db").string());
  CHECK(refused.exit_code == 2);
  CHECK(refused.err.find("add --force") != std::string::npos);
  CHECK(refused.err.find('\n') == refused.err.size() - 1);
  CHECK(content_of(s.path("s.db")) == after);

  auto forced = s.run("db restore --force --from " + s.path("b.db").string() + " --db " + s.path("s.db").string());
  REQUIRE_MESSAGE(forced.exit_code == 0, forced.err);
  CHECK(content_of(s.path("s.db")) == at_backup);
  CHECK(content_of(s.path("s.db.audit")) == audit_at_backup);

  // Into a new file: no --force needed.
  auto fresh = s.run("db restore --from " + s.path("b.db").string() + " --db " + s.path("n.db").string());
  REQUIRE_MESSAGE(fresh.exit_code == 0, fresh.err);
  CHECK(content_of(s.path("n.db")) == at_backup);
}

TEST_CASE("db restore: a damaged, foreign or newer backup is refused in one line and nothing is made") {
  Sandbox s;
  make_store(s, "s.db");
  REQUIRE(s.run("db backup --db " + s.path("s.db").string() + " --out " + s.path("b.db").string()).exit_code == 0);
  {
    std::ofstream(s.path("junk.db")) << "not a database at all, though it is a file\n";
  }
  auto junk = s.run("db restore --from " + s.path("junk.db").string() + " --db " + s.path("t.db").string());
  CHECK(junk.exit_code == 2);
  CHECK(junk.err.find("not a onewindow backup") != std::string::npos);
  // Damaged: bytes in the middle of the file overwritten.
  std::filesystem::copy_file(s.path("b.db"), s.path("bad.db"));
  {
    std::fstream f(s.path("bad.db"), std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(static_cast<std::streamoff>(std::filesystem::file_size(s.path("bad.db")) / 2));
    const std::string garbage(8192, '\x5a');
    f.write(garbage.data(), static_cast<std::streamsize>(garbage.size()));
  }
  auto bad = s.run("db restore --from " + s.path("bad.db").string() + " --db " + s.path("t.db").string());
  CHECK(bad.exit_code == 2);
  CHECK(bad.err.find("bad.db") != std::string::npos);
  // From a newer onewindow.
  std::filesystem::copy_file(s.path("b.db"), s.path("new.db"));
  {
    auto db = store::Database::open(s.path("new.db"));
    REQUIRE(db.ok());
    REQUIRE(db->exec("UPDATE meta SET value = '99' WHERE key IN ('version', 'compatible_version')").ok());
  }
  auto newer = s.run("db restore --from " + s.path("new.db").string() + " --db " + s.path("t.db").string());
  CHECK(newer.exit_code == 2);
  CHECK(newer.err.find("newer onewindow") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(s.path("t.db")));
  // A backup to a folder that does not exist.
  auto nowhere = s.run("db backup --db " + s.path("s.db").string() + " --out " + s.path("no/b.db").string());
  CHECK(nowhere.exit_code == 2);
  CHECK(nowhere.err.find("does not exist") != std::string::npos);
}

TEST_CASE("pg: db backup and restore on the hall store name the pg_dump and pg_restore commands") {
  test_support::PgDatabase pg;
  Sandbox s;
  REQUIRE(s.run("db migrate --db '" + pg.uri() + "'").exit_code == 0);
  auto backup = s.run("db backup --db '" + pg.uri() + "' --out " + s.path("hall.dump").string());
  CHECK(backup.exit_code == 2);
  CHECK(backup.err.find("pg_dump --format=custom --file '" + s.path("hall.dump").string() + "'") != std::string::npos);
  CHECK(backup.err.find(pg.name()) != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(s.path("hall.dump")));
  REQUIRE(s.run("db backup --db " + s.path("l.db").string() + " --out " + s.path("x.db").string()).exit_code == 2);
}
