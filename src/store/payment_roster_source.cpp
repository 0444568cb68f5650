#include "store/payment_roster_source.h"

#include "base/printable.h"

namespace store {

base::Result<std::vector<core::PaymentSource>> payment_sources(Database& db, const std::string& month) {
  // since is YYYY-MM-DD: every day of the month sorts at or before "YYYY-MM-31".
  auto st = db.prepare(
      "SELECT r.name, b.id_number, b.benefit_type, b.monthly_amount_fen, r.address, b.payee_account, b.payee_bank "
      "FROM benefits b JOIN residents r ON r.id_number = b.id_number "
      "WHERE b.status = 'active' AND b.since <= ?1");
  if (!st) return st.error();
  st->bind(1, month + "-31");
  std::vector<core::PaymentSource> out;
  while (true) {
    auto row = st->step();
    if (!row) return row.error();
    if (!row.value()) break;
    auto type = core::benefit_type_from_name(st->text_view(2));
    if (!type) return base::Error{"a benefit of " + st->text(1) + " holds an unknown category: " + base::printable(st->text(2), 40)};
    core::PaymentSource s;
    s.name = st->text(0);
    s.id_number = st->text(1);
    s.type = *type;
    s.monthly_amount_fen = st->int64(3);
    s.address = st->text(4);
    s.account = st->text(5);
    s.bank = st->text(6);
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace store
