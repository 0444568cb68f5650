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

}  // namespace

std::string statistics_overdue_sql() {
  return std::string("SELECT item_code, substr(due, 1, 7), COUNT(*) FROM applications WHERE due >= ?1 AND due < ?2 AND due < ?3"
                     " AND ((decided_on = '' AND status IN (") +
         status_list(core::awaits_decision) + ")) OR decided_on > due) GROUP BY item_code, substr(due, 1, 7)";
}

namespace {

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
  if (auto s = each_row(db_, kStatisticsReceivedSql, 2, q, *next, [&](const Statement& st) {
        b.add(core::ReceivedRow{st.text(0), st.text(1), static_cast<long>(st.int64(2))});
      }); !s)
    return s.error();
  if (auto s = each_row(db_, kStatisticsDecidedSql, 2, q, *next, [&](const Statement& st) {
        b.add(core::DecisionRow{st.text(0), st.text(1), st.text(2), static_cast<long>(st.int64(3))});
      }); !s)
    return s.error();
  if (auto s = each_row(db_, statistics_overdue_sql(), 3, q, *next, [&](const Statement& st) {
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
