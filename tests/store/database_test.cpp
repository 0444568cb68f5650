#include "store/database.h"

#include <doctest/doctest.h>

#include "store/temp_dir.h"

using store::Database;
using store::Transaction;

TEST_CASE("a new database file is opened in WAL mode with foreign keys on and synchronous FULL") {
  test_support::TempDir dir;
  auto db = Database::open(dir / "new/folder/a.db");
  REQUIRE(db.ok());
  auto mode = db->prepare("PRAGMA journal_mode");
  REQUIRE(mode.ok());
  REQUIRE(mode->step().value());
  CHECK(mode->text(0) == "wal");
  auto fk = db->prepare("PRAGMA foreign_keys");
  REQUIRE(fk->step().value());
  CHECK(fk->integer(0) == 1);
  auto sync = db->prepare("PRAGMA synchronous");
  REQUIRE(sync->step().value());
  CHECK(sync->integer(0) == 2);  // FULL
}

TEST_CASE("a transaction rolls back unless committed") {
  test_support::TempDir dir;
  auto db = Database::open(dir / "t.db");
  REQUIRE(db.ok());
  REQUIRE(db->exec("CREATE TABLE t(x INTEGER)").ok());
  {
    auto tx = Transaction::begin(db.value());
    REQUIRE(tx.ok());
    REQUIRE(db->exec("INSERT INTO t VALUES(1)").ok());
  }  // dropped without commit
  {
    auto tx = Transaction::begin(db.value());
    REQUIRE(tx.ok());
    REQUIRE(db->exec("INSERT INTO t VALUES(2)").ok());
    REQUIRE(tx->commit().ok());
    CHECK_FALSE(tx->commit().ok());
  }
  auto st = db->prepare("SELECT group_concat(x) FROM t");
  REQUIRE(st->step().value());
  CHECK(st->text(0) == "2");
}

TEST_CASE("a file that is not a database is refused with its name") {
  test_support::TempDir dir;
  auto file = dir / "junk.db";
  {
    FILE* f = std::fopen(file.c_str(), "wb");
    std::fputs("this is certainly not an SQLite database file, just some text to fill a page", f);
    std::fclose(f);
  }
  auto db = Database::open(file);
  REQUIRE_FALSE(db.ok());
  CHECK(db.error().message.find("junk.db") != std::string::npos);
}

TEST_CASE("SQL errors are values naming the statement") {
  test_support::TempDir dir;
  auto db = Database::open(dir / "e.db");
  REQUIRE(db.ok());
  auto st = db->prepare("SELECT nonsense FROM nowhere");
  REQUIRE_FALSE(st.ok());
  CHECK(st.error().message.find("nowhere") != std::string::npos);
}
