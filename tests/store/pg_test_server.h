#pragma once
// The throwaway PostgreSQL server of the tests (scripts/pg-test-server.sh, started by the ctest
// fixture pg:start) and fresh databases on it. No server is a test failure, never a skip: run the
// test binaries through ctest, or by hand under `scripts/pg-test-server.sh run build/tests/…`.
#include <doctest/doctest.h>

#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <string>

#include "store/pg/session.h"
#include "store/temp_dir.h"

namespace test_support {

// The superuser's URI of the running test server: $ONEWINDOW_TEST_PG_URI, else the one the ctest
// fixture wrote.
inline std::string pg_server_uri() {
  if (const char* env = std::getenv("ONEWINDOW_TEST_PG_URI"); env && *env) return env;
  std::ifstream in(std::string(ONEWINDOW_PG_STATE) + "/uri");
  std::string uri;
  std::getline(in, uri);
  REQUIRE_MESSAGE(!uri.empty(), "no PostgreSQL test server: run through ctest (fixture pg:start) or under "
                                "scripts/pg-test-server.sh run …");
  return uri;
}

using store::pg::with_database;

// A superuser session on the test server's maintenance database.
inline std::unique_ptr<store::pg::Session> pg_admin() {
  auto s = store::pg::Session::connect(pg_server_uri());
  REQUIRE_MESSAGE(s.ok(), (s.ok() ? "" : s.error().message));
  return std::move(s.value());
}

inline void pg_admin_exec(const std::string& sql) {
  auto admin = pg_admin();
  auto done = admin->exec(sql);
  REQUIRE_MESSAGE(done.ok(), (done.ok() ? "" : done.error().message));
}

// A new, empty database on the test server, dropped (with any connection still open) at the end.
class PgDatabase {
 public:
  PgDatabase() {
    static std::atomic<int> counter{0};
    std::random_device rd;
    name_ = "ow_test_" + std::to_string(::getpid()) + "_" + std::to_string(++counter) + "_" + std::to_string(rd() % 100000);
    pg_admin_exec("CREATE DATABASE " + name_);
    uri_ = with_database(pg_server_uri(), name_);
  }
  ~PgDatabase() {
    auto s = store::pg::Session::connect(pg_server_uri());
    if (s) (void)s.value()->exec("DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
  }
  PgDatabase(const PgDatabase&) = delete;
  PgDatabase& operator=(const PgDatabase&) = delete;
  const std::string& uri() const { return uri_; }
  const std::string& name() const { return name_; }

 private:
  std::string name_;
  std::string uri_;
};

// A private server for the tests that stop and start one (the shared one serves the other tests).
class PrivateServer {
 public:
  PrivateServer() {
    CHECK(run("start") == 0);
    std::FILE* f = std::fopen((dir_.path() / "uri").c_str(), "r");
    REQUIRE(f);
    char buf[512] = {};
    REQUIRE(std::fgets(buf, sizeof buf, f));
    std::fclose(f);
    uri_ = buf;
    while (!uri_.empty() && uri_.back() == '\n') uri_.pop_back();
  }
  ~PrivateServer() { (void)run("stop"); }
  int run(const std::string& what) const {
    const std::string cmd = std::string(ONEWINDOW_PG_SERVER_SCRIPT) + " " + what + " " + dir_.path().string() +
                            (what == "start" ? " " + std::string(ONEWINDOW_PG_STATE) + "/template" : "") +
                            " >/dev/null 2>&1";
    return std::system(cmd.c_str());
  }
  const std::string& uri() const { return uri_; }

 private:
  TempDir dir_;
  std::string uri_;
};

}  // namespace test_support
