#include "store/stats_query.h"

#include "core/domain/application.h"
#include "store/in_payment_count.h"

namespace store {

namespace {

std::string status_list(bool (*keep)(core::ApplicationStatus)) {
  std::string out;
  for (core::ApplicationStatus s : core::all_application_statuses()) {
    if (!keep(s)) continue;
    if (!out.empty()) out += ", ";
    out += "'" + std::string(core::status_code(s)) + "'";
  }
  return out;
}

// The day of each application's first decision (approved or rejected).
constexpr const char* kDecisions =
    "(SELECT application_uuid, substr(MIN(at), 1, 10) AS on_day FROM application_events"
    " WHERE to_status = 'approved' OR to_status = 'rejected' GROUP BY application_uuid)";

// ?1 first month, ?2 the month after the last (YYYY-MM): text ranges over YYYY-MM… columns.
constexpr const char* kReceived =
    "SELECT item_code, substr(accepted_at, 1, 7), COUNT(*) FROM applications"
    " WHERE accepted_at >= ?1 AND accepted_at < ?2 AND status <> 'not_accepted'"
    " GROUP BY item_code, substr(accepted_at, 1, 7)";

std::string decided_sql() {
  return std::string("SELECT a.item_code, substr(a.accepted_at, 1, 10), d.on_day, COUNT(*) FROM ") + kDecisions +
         " d JOIN applications a ON a.uuid = d.application_uuid WHERE d.on_day >= ?1 AND d.on_day < ?2"
         " GROUP BY a.item_code, substr(a.accepted_at, 1, 10), d.on_day";
}

// ?3 today: a promise is broken once its day has passed without a decision on or before it.
std::string overdue_sql() {
  return std::string("SELECT a.item_code, substr(a.due, 1, 7), COUNT(*) FROM applications a LEFT JOIN ") + kDecisions +
         " d ON d.application_uuid = a.uuid WHERE a.due >= ?1 AND a.due < ?2 AND a.due < ?3"
         " AND ((d.on_day IS NULL AND a.status IN (" + status_list(core::awaits_decision) + ")) OR d.on_day > a.due)"
         " GROUP BY a.item_code, substr(a.due, 1, 7)";
}


// Runs `sql` with its first `params` of (first month, month after the last, today) bound and calls
// `row(statement)` for each row.
template <class Row>
base::Status each_row(Database& db, const std::string& sql, int params, const StatisticsQuery& q, const std::string& after,
                      Row row) {
  auto st = db.prepare(sql);
  if (!st) return st.error();
  if (params >= 2) st->bind_all(q.months.front(), after);
  if (params >= 3) st->bind(3, q.today);
  while (true) {
    auto r = st->step();
    if (!r) return r.error();
    if (!r.value()) return base::ok();
    row(*st);
  }
}

}  // namespace

base::Result<core::StatisticsReport> StatisticsSource::read(const StatisticsQuery& q, const core::HolidayCalendar& calendar) {
  if (q.months.empty()) return base::Error{"statistics: no months asked for"};
  if (auto d = core::parse_iso_date(q.today); !d) return base::Error{"statistics date: " + d.error().message};
  const auto next = core::month_after_month(q.months.back());
  if (!next) return base::Error{"statistics: \"" + q.months.back() + "\" is not a month YYYY-MM"};
  core::StatisticsBuilder b(q.months, q.today, calendar);
  if (auto s = each_row(db_, kReceived, 2, q, *next, [&](const Statement& st) {
        b.add(core::ReceivedRow{st.text(0), st.text(1), static_cast<long>(st.int64(2))});
      }); !s)
    return s.error();
  if (auto s = each_row(db_, decided_sql(), 2, q, *next, [&](const Statement& st) {
        b.add(core::DecisionRow{st.text(0), st.text(1), st.text(2), static_cast<long>(st.int64(3))});
      }); !s)
    return s.error();
  if (auto s = each_row(db_, overdue_sql(), 3, q, *next, [&](const Statement& st) {
        b.add(core::OverdueRow{st.text(0), st.text(1), static_cast<long>(st.int64(2))});
      }); !s)
    return s.error();
  if (auto s = each_row(db_, kStatisticsPaymentsSql, 2, q, *next, [&](const Statement& st) {
        const std::string status = st.text(2);
        const core::PaymentStatus ps = status == "failed"    ? core::PaymentStatus::Failed
                                       : status == "pending" ? core::PaymentStatus::Pending
                                                             : core::PaymentStatus::Paid;
        b.add(core::PaymentRow{st.text(0), st.text(1), ps, static_cast<long>(st.int64(3)), st.int64(4)});
      }); !s)
    return s.error();
  if (auto s = count_in_payment(db_, b); !s) return s.error();
  return std::move(b).finish();
}

}  // namespace store
