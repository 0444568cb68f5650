#include "store/benefits_table.h"

#include <algorithm>

namespace store {

base::Result<std::vector<core::Benefit>> BenefitsTable::for_resident(const std::string& id_number) {
  auto st = db_.cached(
      "SELECT benefit_type, status, monthly_amount_fen, since, next_review FROM benefits WHERE id_number = ?1");
  if (!st) return st.error();
  Statement& s = **st;
  s.bind(1, id_number);
  std::vector<core::Benefit> out;
  while (true) {
    auto row = s.step();
    if (!row) return row.error();
    if (!row.value()) break;
    auto type = core::benefit_type_from_name(s.text(0));
    auto status = core::benefit_status_from_code(s.text(1));
    if (!type || !status) return base::Error{"benefits row for a resident holds an unknown type or status: " + s.text(0)};
    out.push_back(core::Benefit{id_number, *type, *status, s.int64(2), s.text(3), s.text(4)});
  }
  std::stable_sort(out.begin(), out.end(), [](const core::Benefit& a, const core::Benefit& b) {
    return a.type != b.type ? a.type < b.type : a.since < b.since;
  });
  return out;
}

// Insert first; only an existing row is compared and, if different, updated (see PaymentsTable).
base::Result<Upsert> BenefitsTable::upsert(const core::Benefit& b) {
  auto ins = db_.cached(
      "INSERT INTO benefits(id_number, benefit_type, status, monthly_amount_fen, since, next_review) "
      "VALUES(?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT(id_number, benefit_type) DO NOTHING");
  if (!ins) return ins.error();
  (*ins)->bind_all(b.id_number, core::benefit_type_name(b.type), core::benefit_status_code(b.status),
                   b.monthly_amount_fen, b.since, b.next_review);
  if (auto s = (*ins)->run(); !s) return s.error();
  if (db_.changes() == 1) return Upsert::Inserted;
  auto upd = db_.cached(
      "UPDATE benefits SET status = ?3, monthly_amount_fen = ?4, since = ?5, next_review = ?6 "
      "WHERE id_number = ?1 AND benefit_type = ?2 "
      "AND (status IS NOT ?3 OR monthly_amount_fen IS NOT ?4 OR since IS NOT ?5 OR next_review IS NOT ?6)");
  if (!upd) return upd.error();
  (*upd)->bind_all(b.id_number, core::benefit_type_name(b.type), core::benefit_status_code(b.status),
                   b.monthly_amount_fen, b.since, b.next_review);
  if (auto s = (*upd)->run(); !s) return s.error();
  return db_.changes() == 1 ? Upsert::Updated : Upsert::Unchanged;
}

}  // namespace store
