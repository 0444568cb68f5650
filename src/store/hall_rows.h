#pragma once
// Rows moved between two stores as text (the hall outbox, store/hall_sync.h): read a statement's
// rows with every column as text or NULL, and insert them back in multi-row statements as few as
// the parameter limit allows. Both backends take text for every column type they hold.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "store/database.h"

namespace store::sql_rows {

using Cell = std::optional<std::string>;  // nullopt: NULL
using Row = std::vector<Cell>;

// "?first, ?first+1, …" for n parameters.
std::string placeholders(std::size_t first, std::size_t n);

// The rows of `sql_head` + " (?1, …, ?n)" + `sql_tail` with `keys` bound, every column as text.
base::Result<std::vector<Row>> read_rows(Database& db, const std::string& sql_head, const std::vector<std::string>& keys,
                                         const std::string& sql_tail);

// `head` VALUES (…), (…) `tail` in as few statements as the parameter limit allows; with a
// RETURNING tail, the first column of every returned row.
base::Result<std::vector<std::string>> insert_rows(Database& db, const std::string& head, const std::vector<Row>& rows,
                                                   const std::string& tail);

// The outbox's marks (store/hall_sync_prints.h, store/hall_sync_ratings.h): local meta `key` holds
// the last local rowid the hall holds of a table pushed in rowid order; 0 before the first push.
base::Result<std::int64_t> pushed_up_to(Database& local, const std::string& key);
base::Status mark_pushed_up_to(Database& local, const std::string& key, std::int64_t rowid);

}  // namespace store::sql_rows
