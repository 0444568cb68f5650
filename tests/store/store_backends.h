#pragma once
// One behaviour, two stores: STORE_TEST(name) defines a test body once and registers it twice, as
// "name on sqlite" (a fresh file in a temp folder) and "name on postgresql" (a fresh database on
// the test server). The body gets a StoreBackend and opens as many connections as it likes.
#include <doctest/doctest.h>

#include <memory>
#include <string>

#include "store/pg_test_server.h"
#include "store/schema.h"
#include "store/temp_dir.h"

namespace test_support {

class StoreBackend {
 public:
  virtual ~StoreBackend() = default;
  // What --db takes: a file path or a postgresql:// URI.
  virtual std::string location() const = 0;
  virtual const char* name() const = 0;
  // A new connection, migrated.
  store::Database open() const {
    auto db = store::open_store(location());
    REQUIRE_MESSAGE(db.ok(), (db.ok() ? "" : db.error().message));
    return std::move(db.value());
  }
};

class SqliteBackend : public StoreBackend {
 public:
  std::string location() const override { return (dir_ / "store.db").string(); }
  const char* name() const override { return "sqlite"; }

 private:
  TempDir dir_;
};

class PostgresBackend : public StoreBackend {
 public:
  std::string location() const override { return db_.uri(); }
  const char* name() const override { return "postgresql"; }

 private:
  PgDatabase db_;
};

}  // namespace test_support

#define ONEWINDOW_STORE_TEST_CAT2(a, b) a##b
#define ONEWINDOW_STORE_TEST_CAT(a, b) ONEWINDOW_STORE_TEST_CAT2(a, b)
#define STORE_TEST(title) STORE_TEST_IMPL(title, ONEWINDOW_STORE_TEST_CAT(store_test_body_, __LINE__))
#define STORE_TEST_IMPL(title, body)                  \
  static void body(test_support::StoreBackend& backend); \
  TEST_CASE(title " on sqlite") {                      \
    test_support::SqliteBackend b;                     \
    body(b);                                           \
  }                                                    \
  TEST_CASE(title " on postgresql") {                  \
    test_support::PostgresBackend b;                   \
    body(b);                                           \
  }                                                    \
  static void body(test_support::StoreBackend& backend)
