#include "app/calendar_years.h"

namespace app {

std::vector<CalendarYear> calendar_years(const core::HolidayCalendar& calendar, int first, int last) {
  std::vector<CalendarYear> out;
  for (int y = first; y <= last; ++y) out.push_back({y, calendar.has_notice(y)});
  return out;
}

std::string missing_notice_warning(const core::HolidayCalendar& calendar, int this_year) {
  const auto missing = calendar.years_without_notice(this_year, this_year + 1);
  if (missing.empty()) return {};
  std::string years;
  for (int y : missing) years += (years.empty() ? "" : ", ") + std::to_string(y);
  return "no State Council holiday notice loaded for " + years +
         ": due dates that count those years use the statutory holidays and are marked provisional (预计); "
         "add the notice to assets/calendar/holidays.toml (see `onewindow calendar years`)";
}

}  // namespace app
