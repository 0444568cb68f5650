#include "core/domain/statutory_holidays.h"

#include <algorithm>

#include "core/domain/lunar_calendar.h"
#include "core/domain/solar_terms.h"

namespace core {
namespace {

bool weekend(DayNumber d) {
  const int wd = base::weekday_from_days(d);
  return wd == 0 || wd == 6;
}

bool contains(const std::vector<DayNumber>& days, DayNumber d) {
  return std::find(days.begin(), days.end(), d) != days.end();
}

}  // namespace

std::vector<DayNumber> statutory_days_off(int year) {
  if (year < kFirstStatutoryYear || year > kLastStatutoryYear) return {};
  std::vector<DayNumber> holidays;
  holidays.push_back(base::days_from_civil(year, 1, 1));  // 元旦
  if (auto new_year = lunar_to_day(year, 1, 1)) {           // 春节: 除夕 and 初一 to 初三
    for (int i = -1; i <= 2; ++i) holidays.push_back(*new_year + i);
  }
  holidays.push_back(qingming_day(year));  // 清明节
  holidays.push_back(base::days_from_civil(year, 5, 1));  // 劳动节
  holidays.push_back(base::days_from_civil(year, 5, 2));
  if (auto d = lunar_to_day(year, 5, 5)) holidays.push_back(*d);   // 端午节
  if (auto d = lunar_to_day(year, 8, 15)) holidays.push_back(*d);  // 中秋节
  for (int day = 1; day <= 3; ++day) holidays.push_back(base::days_from_civil(year, 10, day));  // 国庆节
  std::sort(holidays.begin(), holidays.end());
  holidays.erase(std::unique(holidays.begin(), holidays.end()), holidays.end());  // 中秋 on 10-01 …

  // Article 6, in date order, so two weekend days of one holiday take the next two working days.
  std::vector<DayNumber> days_off = holidays;
  for (DayNumber h : holidays) {
    if (!weekend(h)) continue;
    DayNumber d = h + 1;
    while (weekend(d) || contains(days_off, d)) ++d;
    days_off.push_back(d);
  }
  std::sort(days_off.begin(), days_off.end());
  return days_off;
}

}  // namespace core
