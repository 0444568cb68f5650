#pragma once
// Which years have the State Council's holiday notice loaded (assets/calendar/holidays.toml) and
// which are counted from the statutory holidays alone, so their due dates are provisional (预计):
// what `onewindow calendar years` prints and the terminal logs at start-up.
#include <string>
#include <vector>

#include "core/domain/working_days.h"

namespace app {

struct CalendarYear {
  int year = 0;
  bool notice = false;
};

// `first` to `last`, in order.
std::vector<CalendarYear> calendar_years(const core::HolidayCalendar& calendar, int first, int last);

// The start-up log line for the years from `this_year` to the next: empty when both notices are
// loaded, else which ones lack it and what that means.
std::string missing_notice_warning(const core::HolidayCalendar& calendar, int this_year);

}  // namespace app
