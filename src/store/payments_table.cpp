#include "store/payments_table.h"

#include "store/residents_table.h"

namespace store {

base::Result<std::vector<core::PaymentRecord>> PaymentsTable::latest(const std::string& id_number, int limit) {
  // The primary key (resident, period, benefit_type) serves this walk backwards: no sort.
  auto st = db_.cached(
      "SELECT period, benefit_type, amount_fen, paid_on, channel, status FROM payments "
      "WHERE resident = (SELECT id FROM residents WHERE id_number = ?1) "
      "ORDER BY period DESC, benefit_type DESC LIMIT ?2");
  if (!st) return st.error();
  Statement& s = **st;
  s.bind(1, id_number).bind(2, limit);
  std::vector<core::PaymentRecord> out;
  while (true) {
    auto row = s.step();
    if (!row) return row.error();
    if (!row.value()) break;
    auto type = core::benefit_type_from_name(s.text(1));
    auto status = core::payment_status_from_name(s.text(5));
    if (!type || !status) return base::Error{"payments row holds an unknown type or status: " + s.text(1)};
    out.push_back(core::PaymentRecord{id_number, *type, s.text(0), s.int64(2), s.text(3), s.text(4), *status});
  }
  return out;
}

base::Result<Upsert> PaymentsTable::upsert(const core::PaymentRecord& p) {
  auto key = ResidentsTable(db_).find_key(p.id_number);
  if (!key) return key.error();
  if (!key.value()) return base::Error{"no resident with ID number " + p.id_number + " for a payment record"};
  return upsert_for(key.value()->key, p);
}

// Insert first (one B-tree probe for a new row, the usual case); only an existing row is compared
// and, if different, updated. sqlite3_changes() tells which happened. Text is bound without
// copying: `p` outlives both steps.
base::Result<Upsert> PaymentsTable::upsert_for(std::int64_t resident_key, const core::PaymentRecord& p) {
  auto bind = [&](Statement& s) {
    s.bind(1, resident_key)
        .bind_static(2, p.period)
        .bind_static(3, core::benefit_type_name(p.type))
        .bind(4, p.amount_fen)
        .bind_static(5, p.paid_on)
        .bind_static(6, p.channel)
        .bind_static(7, core::payment_status_code(p.status));
  };
  auto ins = db_.cached(
      "INSERT INTO payments(resident, period, benefit_type, amount_fen, paid_on, channel, status) "
      "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT(resident, period, benefit_type) DO NOTHING");
  if (!ins) return ins.error();
  bind(**ins);
  if (auto s = (*ins)->run(); !s) return s.error();
  if (db_.changes() == 1) return Upsert::Inserted;
  auto upd = db_.cached(
      "UPDATE payments SET amount_fen = ?4, paid_on = ?5, channel = ?6, status = ?7 "
      "WHERE resident = ?1 AND period = ?2 AND benefit_type = ?3 "
      "AND (amount_fen IS NOT ?4 OR paid_on IS NOT ?5 OR channel IS NOT ?6 OR status IS NOT ?7)");
  if (!upd) return upd.error();
  bind(**upd);
  if (auto s = (*upd)->run(); !s) return s.error();
  return db_.changes() == 1 ? Upsert::Updated : Upsert::Unchanged;
}

base::Result<long> PaymentsTable::count() {
  auto st = db_.cached("SELECT count(*) FROM payments");
  if (!st) return st.error();
  auto row = (*st)->step();
  if (!row) return row.error();
  return static_cast<long>((*st)->int64(0));
}

}  // namespace store
