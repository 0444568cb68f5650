#include "store/database.h"

#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>

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

namespace {

std::uintmax_t wal_size(const std::filesystem::path& db_file) {
  std::error_code ec;
  auto n = std::filesystem::file_size(db_file.string() + "-wal", ec);
  return ec ? 0 : n;
}

// One transaction writing about `pages` pages of 4 KiB.
void write_pages(Database& db, int pages) {
  auto tx = Transaction::begin(db);
  REQUIRE(tx.ok());
  auto st = db.prepare("INSERT INTO t(x) VALUES(randomblob(3500))");
  REQUIRE(st.ok());
  for (int i = 0; i < pages; ++i) REQUIRE(st->run().ok());
  REQUIRE(tx->commit().ok());
}

}  // namespace

TEST_CASE("small commits leave the WAL for checkpoint_when_idle, which copies it back and empties the file") {
  test_support::TempDir dir;
  const auto file = dir / "w.db";
  auto db = Database::open(file);
  REQUIRE(db.ok());
  REQUIRE(db->exec("CREATE TABLE t(x BLOB)").ok());
  write_pages(db.value(), 10);
  for (int i = 0; i < 50; ++i) REQUIRE(db->exec("INSERT INTO t(x) VALUES(zeroblob(10))").ok());
  // SQLite's own rule would have checkpointed inside a commit after 1000 frames; here nothing has.
  CHECK(db->wal_frames() > 50);
  CHECK(wal_size(file) > 50u * 4096u);
  auto idle = db->checkpoint_when_idle();
  REQUIRE(idle.ok());
  CHECK(idle->wal_emptied);
  CHECK(idle->frames_left == 0);
  CHECK(db->wal_frames() == 0);
  CHECK(wal_size(file) == 0);
  // Nothing to do: still fine, still empty.
  REQUIRE(db->checkpoint_when_idle().ok());
  CHECK(wal_size(file) == 0);
  db = base::Error{"closed"};
  // The rows are in the database file itself.
  std::filesystem::remove(file.string() + "-wal");
  std::filesystem::remove(file.string() + "-shm");
  auto reopened = Database::open(file);
  REQUIRE(reopened.ok());
  auto count = reopened->prepare("SELECT count(*) FROM t");
  REQUIRE(count->step().value());
  CHECK(count->integer(0) == 60);
}

TEST_CASE("a commit that leaves a large WAL checkpoints at once unless checkpoints are deferred") {
  test_support::TempDir dir;
  const auto file = dir / "w.db";
  auto db = Database::open(file);
  REQUIRE(db.ok());
  REQUIRE(db->exec("CREATE TABLE t(x BLOB)").ok());
  db->defer_checkpoints(true);
  write_pages(db.value(), store::kWalCheckpointFrames + 100);
  CHECK(db->wal_frames() >= store::kWalCheckpointFrames);  // left for the idle moment
  db->defer_checkpoints(false);
  write_pages(db.value(), 1);  // the safety net: the next commit copies everything back
  CHECK(db->wal_frames() == 0);
  auto st = db->prepare("PRAGMA wal_checkpoint(PASSIVE)");  // columns: busy, log frames, checkpointed
  REQUIRE(st->step().value());
  CHECK(st->integer(1) == st->integer(2));
}

TEST_CASE("an idle checkpoint does not wait for a reader on an older snapshot") {
  test_support::TempDir dir;
  const auto file = dir / "w.db";
  auto writer = Database::open(file);
  auto reader = Database::open(file);
  REQUIRE(writer.ok());
  REQUIRE(reader.ok());
  REQUIRE(writer->exec("CREATE TABLE t(x BLOB)").ok());
  write_pages(writer.value(), 5);
  REQUIRE(reader->exec("BEGIN").ok());
  auto read = reader->prepare("SELECT count(*) FROM t");
  REQUIRE(read->step().value());  // holds its snapshot
  write_pages(writer.value(), 5);
  const auto t0 = std::chrono::steady_clock::now();
  auto idle = writer->checkpoint_when_idle();
  const auto waited = std::chrono::steady_clock::now() - t0;
  REQUIRE(idle.ok());
  CHECK_FALSE(idle->wal_emptied);
  CHECK(idle->frames_left > 0);
  CHECK(waited < std::chrono::milliseconds(store::kBusyTimeoutMs / 2));
  read = base::Error{"done"};
  REQUIRE(reader->exec("COMMIT").ok());
  auto later = writer->checkpoint_when_idle();
  REQUIRE(later.ok());
  CHECK(later->wal_emptied);
  CHECK(wal_size(file) == 0);
}
