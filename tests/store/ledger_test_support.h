#pragma once
// Applications written straight into a test store for the ledger and queue queries, and the query
// plan of a statement.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "store/applications_table.h"
#include "store/database.h"

namespace test_support {

inline void add_application(store::Database& db, const std::string& uuid, const std::string& acceptance_no,
                            const std::string& applicant_id, const std::string& name, core::ApplicationStatus status,
                            const std::string& accepted_at, const std::string& due, const std::string& item = "dibao") {
  core::Application a;
  a.uuid = uuid;
  a.acceptance_no = acceptance_no;
  a.item_code = item;
  a.applicant_id = applicant_id;
  a.applicant_name = name;
  a.status = status;
  a.accepted_at = accepted_at;
  a.due = due;
  auto s = store::ApplicationsTable(db).insert(a);
  REQUIRE_MESSAGE(s.ok(), (s.ok() ? "" : s.error().message));
}

// Every line of EXPLAIN QUERY PLAN for `sql`.
inline std::vector<std::string> query_plan(store::Database& db, const std::string& sql) {
  auto st = db.prepare("EXPLAIN QUERY PLAN " + sql);
  REQUIRE_MESSAGE(st.ok(), (st.ok() ? "" : st.error().message));
  std::vector<std::string> lines;
  while (st->step().value()) lines.push_back(st->text(3));
  return lines;
}

// The SQL of every statement this connection prepared that mentions `table_text`.
inline std::vector<std::string> prepared_sql_with(store::Database& db, const std::string& table_text) {
  std::vector<std::string> out;
  for (sqlite3_stmt* s = sqlite3_next_stmt(db.handle(), nullptr); s; s = sqlite3_next_stmt(db.handle(), s)) {
    std::string sql = sqlite3_sql(s);
    if (sql.rfind("SELECT", 0) == 0 && sql.find(table_text) != std::string::npos) out.push_back(sql);
  }
  return out;
}

}  // namespace test_support
