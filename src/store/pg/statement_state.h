#pragma once
// What a store::Statement holds when its Database is a PostgreSQL store: the translated SQL, the
// values bound so far (as text) and the rows of the last execution. Used by store/database.cpp.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"
#include "store/pg/session.h"

namespace store::pg {

struct StatementState {
  Session* session = nullptr;
  std::string sql;   // PostgreSQL text; empty: nothing to run (a PRAGMA)
  std::string name;  // prepared-statement name (cached statements); empty: sent as text each time
  int params = 0;    // the highest $N: unbound ones go as NULL, as SQLite binds them
  int prepared_generation = -1;
  std::vector<std::optional<std::string>> values;  // index 0 is $1
  ResultPtr result;
  int row = -1;
  int rows = 0;

  void bind(int index, std::string_view v);
  void bind_null(int index);
  base::Result<bool> step();
  void reset();
  std::string_view text(int col) const;
  std::int64_t int64(int col) const;
  bool is_null(int col) const { return PQgetisnull(result.get(), row, col) != 0; }
  int column_count() const { return result ? PQnfields(result.get()) : 0; }
};

}  // namespace store::pg
