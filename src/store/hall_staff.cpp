#include "store/hall_staff.h"

#include <string>
#include <vector>

namespace store {

base::Result<long> pull_staff(Database& hall, Database& local) {
  struct Row {
    std::string staff_no, name, role, pin_hash;
    long long active = 1;
  };
  std::vector<Row> rows;
  {
    auto st = hall.prepare("SELECT staff_no, name, role, active, pin_hash FROM staff ORDER BY staff_no");
    if (!st) return st.error();
    for (;;) {
      auto more = st->step();
      if (!more) return more.error();
      if (!more.value()) break;
      rows.push_back({st->text(0), st->text(1), st->text(2), st->text(4), st->int64(3)});
    }
  }
  auto tx = Transaction::begin(local);
  if (!tx) return tx.error();
  auto up = local.prepare(
      "INSERT INTO staff(staff_no, name, role, active, pin_hash) VALUES(?1, ?2, ?3, ?4, ?5) "
      "ON CONFLICT(staff_no) DO UPDATE SET name = excluded.name, role = excluded.role, active = excluded.active, "
      "pin_hash = excluded.pin_hash "
      "WHERE (name, role, active, pin_hash) IS NOT (excluded.name, excluded.role, excluded.active, excluded.pin_hash)");
  if (!up) return up.error();
  long changed = 0;
  for (const Row& r : rows) {
    up->reset();
    up->bind(1, r.staff_no).bind(2, r.name).bind(3, r.role).bind(4, static_cast<std::int64_t>(r.active)).bind(5, r.pin_hash);
    if (auto s = up->run(); !s) return s.error();
    changed += local.changes();
  }
  if (auto s = tx->commit(); !s) return s.error();
  return changed;
}

}  // namespace store
