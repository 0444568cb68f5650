#pragma once
// The PostgreSQL a bench runs against: ONEWINDOW_BENCH_PG_URI as given, or a fresh database named
// `dbname` on the throwaway server of scripts/pg-test-server.sh (ONEWINDOW_TEST_PG_URI), dropped
// and made anew each run.
#include <cstdlib>
#include <string>

#include "base/result.h"
#include "store/pg/session.h"

namespace bench {

inline base::Result<std::string> bench_pg_uri(const std::string& dbname) {
  if (const char* u = std::getenv("ONEWINDOW_BENCH_PG_URI"); u && *u) return std::string(u);
  const char* server = std::getenv("ONEWINDOW_TEST_PG_URI");
  if (!server || !*server)
    return base::Error{"no server: run under scripts/pg-test-server.sh run …, or set ONEWINDOW_BENCH_PG_URI"};
  auto admin = store::pg::Session::connect(server);
  if (!admin) return admin.error();
  (void)admin.value()->exec("DROP DATABASE IF EXISTS " + dbname + " WITH (FORCE)");
  if (auto s = admin.value()->exec("CREATE DATABASE " + dbname); !s) return s.error();
  return store::pg::with_database(server, dbname);
}

}  // namespace bench
