#pragma once
// The statistics screen's and `onewindow stats`' figures (core/backoffice/statistics.h), read
// with aggregate statements on either store: applications received, decided (grouped by the day
// of acceptance and the day of decision, so the working days are counted once per pair of days,
// not per application) and overdue per item and month; payments per benefit type, month and
// status; benefits in payment now by type and by village (the village rule of
// core/domain/address_village.h, kept on each resident by the schema since version 16). Nothing personal leaves the store: counts and sums only.
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

// Money paid per month, category and status, ?1 first month, ?2 the month after the last: read
// from the index payments_by_period_totals alone (schema version 14; tests/store/query_plan_test).
inline constexpr const char* kStatisticsPaymentsSql =
    "SELECT benefit_type, period, status, COUNT(*), SUM(amount_fen) FROM payments"
    " WHERE period >= ?1 AND period < ?2 GROUP BY period, benefit_type, status";

}  // namespace store
