#pragma once
// The rows of a one-column query with one bound text parameter (?1), as strings.
#include <string>
#include <vector>

#include "base/result.h"
#include "store/database.h"

namespace store {

inline base::Result<std::vector<std::string>> text_column(Database& db, const char* sql, const std::string& key) {
  auto st = db.cached(sql);
  if (!st) return st.error();
  (*st)->bind(1, key);
  std::vector<std::string> out;
  while (true) {
    auto row = (*st)->step();
    if (!row) return row.error();
    if (!row.value()) break;
    out.push_back((*st)->text(0));
  }
  return out;
}

}  // namespace store
