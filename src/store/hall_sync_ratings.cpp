#include "store/hall_sync_ratings.h"

#include <cstdint>
#include <string>
#include <vector>

#include "store/hall_rows.h"

namespace store {
namespace {

constexpr std::size_t kRatingsPerBatch = 500;
constexpr const char* kMark = "hall_sync_ratings";  // local meta: the last row the hall holds

}  // namespace

base::Result<long> count_unsynced_ratings(Database& local) {
  auto mark = sql_rows::pushed_up_to(local, kMark);
  if (!mark) return mark.error();
  auto st = local.cached("SELECT count(*) FROM ratings WHERE id > ?1");
  if (!st) return st.error();
  (*st)->bind(1, *mark);
  auto row = (*st)->step();
  if (!row) return row.error();
  return static_cast<long>((*st)->int64(0));
}

base::Result<long> push_ratings(Database& local, Database& hall) {
  long sent = 0;
  for (;;) {
    auto mark = sql_rows::pushed_up_to(local, kMark);
    if (!mark) return mark.error();
    auto st = local.prepare(
        "SELECT id, visit_key, rated_at, channel, level, reason, item_code, acceptance_no, hall_code, terminal, "
        "staff_no FROM ratings WHERE id > ?1 ORDER BY id LIMIT ?2");
    if (!st) return st.error();
    st->bind(1, *mark);
    st->bind(2, static_cast<std::int64_t>(kRatingsPerBatch));
    std::vector<sql_rows::Row> rows;
    std::int64_t last = *mark;
    for (;;) {
      auto more = st->step();
      if (!more) return more.error();
      if (!more.value()) break;
      last = st->int64(0);
      sql_rows::Row r;
      for (int c = 1; c <= 10; ++c) r.push_back(st->is_null(c) ? sql_rows::Cell{} : sql_rows::Cell{st->text(c)});
      rows.push_back(std::move(r));
    }
    if (rows.empty()) return sent;
    {
      auto tx = Transaction::begin(hall);
      if (!tx) return tx.error();
      auto r = sql_rows::insert_rows(
          hall,
          "INSERT INTO ratings(visit_key, rated_at, channel, level, reason, item_code, acceptance_no, hall_code, "
          "terminal, staff_no) SELECT v.column1, v.column2, v.column3, CAST(v.column4 AS INTEGER), v.column5, "
          "v.column6, v.column7, v.column8, CAST(v.column9 AS INTEGER), v.column10 FROM (",
          rows, ") AS v WHERE true ON CONFLICT (visit_key) DO NOTHING");  // WHERE: SQLite reads ON after FROM as a join
      if (!r) return r.error();
      if (auto s = tx->commit(); !s) return s.error();
    }
    // A crash here sends the batch again; the hall holds every visit key and takes none twice.
    if (auto s = sql_rows::mark_pushed_up_to(local, kMark, last); !s) return s.error();
    sent += static_cast<long>(rows.size());
    if (rows.size() < kRatingsPerBatch) return sent;
  }
}

}  // namespace store
