#include "store/day_ledger.h"

#include <algorithm>

#include "core/domain/acceptance_number.h"
#include "core/domain/working_days.h"

namespace store {

base::Result<std::vector<core::LedgerRow>> DayLedger::rows(const std::string& date, std::optional<int> terminal) {
  auto day = core::parse_iso_date(date);
  if (!day) return base::Error{"ledger date: " + day.error().message};
  // A range over applications_by_day; the slip's latest attempt is one probe of
  // slip_prints_by_application per row.
  auto st = db_.cached(
      "SELECT a.uuid, a.acceptance_no, a.accepted_at, a.item_code, a.applicant_name, a.applicant_id, a.status, "
      "(SELECT p.outcome FROM slip_prints p WHERE p.application_uuid = a.uuid ORDER BY p.at DESC, p.rowid DESC "
      "LIMIT 1) FROM applications a WHERE a.accepted_at >= ?1 AND a.accepted_at < ?2 ORDER BY a.accepted_at");
  if (!st) return st.error();
  Statement& s = **st;
  s.bind_all(date, core::format_iso_date(day.value() + 1));
  std::vector<core::LedgerRow> out;
  while (true) {
    auto row = s.step();
    if (!row) return row.error();
    if (!row.value()) break;
    core::LedgerRow r;
    r.acceptance_no = s.text(1);
    if (terminal) {
      auto number = core::parse_acceptance_number(r.acceptance_no);
      if (!number || number->terminal != *terminal) continue;
    }
    r.application_uuid = s.text(0);
    r.accepted_at = s.text(2);
    r.item_code = s.text(3);
    r.applicant_name = s.text(4);
    r.applicant_id = s.text(5);
    auto status = core::status_from_code(s.text_view(6));
    if (!status) return base::Error{"application " + r.acceptance_no + " holds unknown status '" + s.text(6) + "'"};
    r.status = *status;
    if (s.is_null(7)) r.slip = core::SlipState::NeverPrinted;
    else r.slip = s.text_view(7) == "printed" ? core::SlipState::Printed : core::SlipState::Failed;
    out.push_back(std::move(r));
  }
  // Two applications accepted within the same second keep their numbering order.
  std::stable_sort(out.begin(), out.end(), [](const core::LedgerRow& a, const core::LedgerRow& b) {
    return a.accepted_at != b.accepted_at ? a.accepted_at < b.accepted_at : a.acceptance_no < b.acceptance_no;
  });
  return out;
}

}  // namespace store
