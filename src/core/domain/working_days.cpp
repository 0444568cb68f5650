#include "core/domain/working_days.h"

#include "core/domain/civil_time.h"

namespace core {
namespace {
constexpr int kSunday = 0;
constexpr int kSaturday = 6;
}  // namespace

bool HolidayCalendar::is_working_day(DayNumber d) const {
  if (makeup_workdays_.count(d)) return true;
  if (holidays_.count(d)) return false;
  int wd = base::weekday_from_days(d);
  return wd != kSunday && wd != kSaturday;
}

DayNumber HolidayCalendar::add_working_days(DayNumber from, int n) const {
  DayNumber d = from;
  while (n > 0) {
    ++d;
    if (is_working_day(d)) --n;
  }
  return d;
}

base::Result<std::string> due_date(const HolidayCalendar& calendar, const std::string& accepted_on, int working_days) {
  auto d = parse_iso_date(accepted_on);
  if (!d) return d.error();
  return format_iso_date(calendar.add_working_days(d.value(), working_days));
}

}  // namespace core
