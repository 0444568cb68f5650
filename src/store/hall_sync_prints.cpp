#include "store/hall_sync_prints.h"

#include <cstdint>
#include <string>
#include <vector>

#include "store/hall_rows.h"

namespace store {
namespace {

constexpr std::size_t kPrintsPerBatch = 500;
constexpr const char* kMark = "hall_sync_prints";  // local meta: the last row the hall holds

}  // namespace

base::Result<long> count_unsynced_prints(Database& local) {
  auto mark = sql_rows::pushed_up_to(local, kMark);
  if (!mark) return mark.error();
  auto st = local.cached("SELECT count(*) FROM slip_prints WHERE rowid > ?1");
  if (!st) return st.error();
  (*st)->bind(1, *mark);
  auto row = (*st)->step();
  if (!row) return row.error();
  return static_cast<long>((*st)->int64(0));
}

base::Result<long> push_slip_prints(Database& local, Database& hall) {
  long taken = 0;
  for (;;) {
    auto mark = sql_rows::pushed_up_to(local, kMark);
    if (!mark) return mark.error();
    auto st = local.prepare(
        "SELECT p.rowid, p.application_uuid, p.at, p.terminal, p.staff_no, p.outcome, p.reason, "
        "EXISTS (SELECT 1 FROM hall_sync h WHERE h.application_uuid = p.application_uuid) "
        "FROM slip_prints p WHERE p.rowid > ?1 ORDER BY p.rowid LIMIT ?2");
    if (!st) return st.error();
    st->bind(1, *mark);
    st->bind(2, static_cast<std::int64_t>(kPrintsPerBatch));
    std::vector<sql_rows::Row> rows;
    std::int64_t last = *mark;
    for (;;) {
      auto more = st->step();
      if (!more) return more.error();
      if (!more.value() || st->int64(7) == 0) break;  // the rest waits for its application
      last = st->int64(0);
      sql_rows::Row r;
      for (int c = 1; c <= 6; ++c) r.push_back(st->text(c));
      rows.push_back(std::move(r));
    }
    if (rows.empty()) return taken;
    {
      auto tx = Transaction::begin(hall);
      if (!tx) return tx.error();
      auto r = sql_rows::insert_rows(
          hall,
          "INSERT INTO slip_prints(application_uuid, at, terminal, staff_no, outcome, reason) "
          "SELECT v.column1, v.column2, CAST(v.column3 AS INTEGER), v.column4, v.column5, v.column6 FROM (",
          rows,
          ") AS v WHERE NOT EXISTS (SELECT 1 FROM slip_prints s WHERE s.application_uuid = v.column1 AND "
          "s.at = v.column2 AND s.terminal = CAST(v.column3 AS INTEGER) AND s.staff_no = v.column4 AND "
          "s.outcome = v.column5 AND s.reason = v.column6)");
      if (!r) return r.error();
      if (auto s = tx->commit(); !s) return s.error();
    }
    // A crash here sends the batch again; the hall finds every row and takes none twice.
    if (auto s = sql_rows::mark_pushed_up_to(local, kMark, last); !s) return s.error();
    taken += static_cast<long>(rows.size());
    if (rows.size() < kPrintsPerBatch) return taken;
  }
}

}  // namespace store
