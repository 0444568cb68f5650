#pragma once
// The statistics screen's and `onewindow stats`' figures (core/backoffice/statistics.h), read
// with aggregate statements on either store: applications received, decided (grouped by the day
// of acceptance and the day of decision, so the working days are counted once per pair of days,
// not per application) and overdue per item and month; payments per benefit type, month and
// status; benefits in payment now by type and by village (the village rule of
// core/domain/address_village.h, kept on each resident by the schema since version 16). Payments
// and decisions come from the running figures schema version 17 keeps. Nothing personal leaves
// the store: counts and sums only.
#include <string>
#include <vector>

#include "base/result.h"
#include "core/backoffice/statistics.h"
#include "store/database.h"

namespace store {

struct StatisticsQuery {
  std::vector<std::string> months;  // YYYY-MM, oldest first, consecutive (core::months_ending)
  std::string today;                // YYYY-MM-DD
};

class StatisticsSource {
 public:
  explicit StatisticsSource(Database& db) : db_(db) {}
  base::Result<core::StatisticsReport> read(const StatisticsQuery& q, const core::HolidayCalendar& calendar);

 private:
  Database& db_;
};

// Money paid per month, category and status, ?1 first month, ?2 the month after the last: the
// running figures the payments' triggers keep (schema version 17; tests/store/query_plan_test).
inline constexpr const char* kStatisticsPaymentsSql =
    "SELECT benefit_type, period, status, payments, amount_fen FROM payment_month_totals"
    " WHERE period >= ?1 AND period < ?2";

// Applications received per item and month, ?1 first month, ?2 the month after the last (text
// ranges over YYYY-MM… columns): from the index applications_by_day alone.
inline constexpr const char* kStatisticsReceivedSql =
    "SELECT item_code, substr(accepted_at, 1, 7), COUNT(*) FROM applications"
    " WHERE accepted_at >= ?1 AND accepted_at < ?2 AND status <> 'not_accepted'"
    " GROUP BY item_code, substr(accepted_at, 1, 7)";

// Decisions per item, day of acceptance and day of decision (applications.decided_on: the first
// decision's day, '' while none, schema version 17), ?1 first month, ?2 the month after the last:
// from the partial index applications_by_decision alone (the `<> ''` lets the planner use it).
inline constexpr const char* kStatisticsDecidedSql =
    "SELECT item_code, substr(accepted_at, 1, 10), decided_on, COUNT(*) FROM applications"
    " WHERE decided_on <> '' AND decided_on >= ?1 AND decided_on < ?2 GROUP BY item_code, substr(accepted_at, 1, 10), decided_on";

// Promises broken per item and month of the promised day, ?3 today: the day passed without a
// decision on or before it (still awaiting one, or decided later). From applications_by_due alone.
std::string statistics_overdue_sql();

}  // namespace store
