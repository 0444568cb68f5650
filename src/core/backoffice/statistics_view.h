#pragma once
// The statistics screen as AppState holds it (BackofficeSession::statistics, issue 20): how many
// months it shows, the report the store last gave (counts and sums only, no personal data), and an
// XLSX export on its way or done. Any signed-in reviewer, approver or admin may open it; it is read
// when opened and when the months change, never on the queue's poll.
#include <optional>
#include <string>

#include "core/backoffice/statistics.h"
#include "core/text/message.h"

namespace core {

// The month ranges the screen offers.
inline constexpr int kStatisticsMonthChoices[] = {3, 6, 12};
inline constexpr int kDefaultStatisticsScreenMonths = 6;

// What the screen shows: applications per month and item (办件), benefits in payment by type and
// village (在保), or money paid per month (发放).
enum class StatisticsTab { Applications, InPayment, Payments };

struct StatisticsView {
  StatisticsTab tab = StatisticsTab::Applications;
  int months = kDefaultStatisticsScreenMonths;
  std::optional<StatisticsReport> report;  // the last answer (kept while a new one is read)
  bool loading = false;
  bool reload = false;  // the months changed while reading: read again when it answers
  bool failed = false;  // the last read failed (the cause is in the log)

  enum class Export { Idle, Working, Done, Failed };
  Export exporting = Export::Idle;
  std::string export_path;  // where the workbook was written
  Message export_notice;    // why it was not
};

}  // namespace core
