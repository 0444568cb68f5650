#include "store/hall_rows.h"

#include <algorithm>

namespace store::sql_rows {

namespace {
// Below SQLite's default limit of 32,766 parameters per statement (PostgreSQL allows 65,535).
constexpr std::size_t kMaxParameters = 30000;
}  // namespace

std::string placeholders(std::size_t first, std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += (i ? ", ?" : "?") + std::to_string(first + i);
  return out;
}

// The rows of `sql_head` + " (?1, …, ?n)" + `sql_tail` with `keys` bound, every column as text.
base::Result<std::vector<Row>> read_rows(Database& db, const std::string& sql_head, const std::vector<std::string>& keys,
                                         const std::string& sql_tail) {
  auto st = db.prepare(sql_head + " (" + placeholders(1, keys.size()) + ")" + sql_tail);
  if (!st) return st.error();
  for (std::size_t i = 0; i < keys.size(); ++i) st->bind(static_cast<int>(i + 1), keys[i]);
  std::vector<Row> rows;
  for (;;) {
    auto more = st->step();
    if (!more) return more.error();
    if (!more.value()) break;
    Row r(static_cast<std::size_t>(st->column_count()));
    for (int c = 0; c < st->column_count(); ++c)
      if (!st->is_null(c)) r[static_cast<std::size_t>(c)] = st->text(c);
    rows.push_back(std::move(r));
  }
  return rows;
}

// INSERT `head` VALUES (…), (…) `tail` in as few statements as the parameter limit allows; with a
// RETURNING tail, the first column of every returned row.
base::Result<std::vector<std::string>> insert_rows(Database& db, const std::string& head, const std::vector<Row>& rows,
                                                   const std::string& tail) {
  std::vector<std::string> returned;
  if (rows.empty()) return returned;
  const std::size_t width = rows.front().size();
  const std::size_t per_statement = std::max<std::size_t>(1, kMaxParameters / width);
  for (std::size_t start = 0; start < rows.size(); start += per_statement) {
    const std::size_t end = std::min(rows.size(), start + per_statement);
    std::string sql = head + " VALUES ";
    for (std::size_t r = start; r < end; ++r)
      sql += (r > start ? ", (" : "(") + placeholders((r - start) * width + 1, width) + ")";
    sql += tail;
    auto st = db.prepare(sql);
    if (!st) return st.error();
    int at = 0;
    for (std::size_t r = start; r < end; ++r)
      for (const Cell& c : rows[r]) {
        if (c) st->bind(++at, *c);
        else st->bind_null(++at);
      }
    for (;;) {
      auto more = st->step();
      if (!more) return more.error();
      if (!more.value()) break;
      returned.push_back(st->text(0));
    }
  }
  return returned;
}

base::Result<std::int64_t> pushed_up_to(Database& local, const std::string& key) {
  auto st = local.prepare("SELECT value FROM meta WHERE key = ?1");
  if (!st) return st.error();
  st->bind(1, key);
  auto row = st->step();
  if (!row) return row.error();
  return row.value() ? std::stoll(st->text(0)) : std::int64_t{0};
}

base::Status mark_pushed_up_to(Database& local, const std::string& key, std::int64_t rowid) {
  auto save = local.prepare("INSERT INTO meta(key, value) VALUES(?1, ?2) ON CONFLICT(key) DO UPDATE SET value = ?2");
  if (!save) return save.error();
  save->bind(1, key);
  save->bind(2, std::to_string(rowid));
  return save->run();
}

}  // namespace store::sql_rows
