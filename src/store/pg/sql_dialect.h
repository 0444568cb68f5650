#pragma once
// The store's SQL is written once, in the SQLite dialect the tables have always used; a
// PostgreSQL connection runs the same text after this translation (done once per cached
// statement). It covers exactly the differences the store's statements have:
//   ?N                      -> $N
//   x IS NOT ?N             -> x IS DISTINCT FROM $N     (SQLite's null-safe "differs")
//   BEGIN IMMEDIATE         -> BEGIN                     (PostgreSQL takes row locks as it writes)
//   PRAGMA synchronous=FULL -> SET synchronous_commit = on    (NORMAL -> off: same promise — a
//                              crash may lose the last commits, never corrupt the store)
//   other PRAGMAs           -> nothing (page cache sizes, WAL checkpoints: SQLite's own business)
// Text inside '…' quotes is left alone. Everything else is the same on both (ON CONFLICT …
// DO UPDATE/NOTHING, RETURNING, excluded., LIMIT, count(*), ORDER BY a boolean); `rowid`, used by
// two statements to break ties in insertion order, is a real column on PostgreSQL.
#include <string>
#include <string_view>

namespace store::pg {

struct Translated {
  std::string sql;  // empty: nothing to do on PostgreSQL (a PRAGMA)
  int params = 0;   // the highest $N
};
Translated to_postgres(std::string_view sqlite_sql);

}  // namespace store::pg
