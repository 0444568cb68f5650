#include "core/domain/working_days.h"

#include <cstdio>

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

base::Result<DayNumber> parse_iso_date(const std::string& text) {
  int y = 0, m = 0, d = 0;
  char tail = 0;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-' ||
      std::sscanf(text.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 || !base::valid_date(y, m, d))
    return base::Error{"'" + text + "' is not a date YYYY-MM-DD"};
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
    if (text[i] < '0' || text[i] > '9') return base::Error{"'" + text + "' is not a date YYYY-MM-DD"};
  return base::days_from_civil(y, m, d);
}

std::string format_iso_date(DayNumber d) {
  int y = 0, m = 0, day = 0;
  base::civil_from_days(d, y, m, day);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, day);
  return buf;
}

base::Result<std::string> due_date(const HolidayCalendar& calendar, const std::string& accepted_on, int working_days) {
  auto d = parse_iso_date(accepted_on);
  if (!d) return d.error();
  return format_iso_date(calendar.add_working_days(d.value(), working_days));
}

}  // namespace core
