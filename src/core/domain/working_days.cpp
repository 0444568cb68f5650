#include "core/domain/working_days.h"

#include <algorithm>
#include <map>

#include "core/domain/civil_time.h"
#include "core/domain/statutory_holidays.h"

namespace core {
namespace {

constexpr int kSunday = 0;
constexpr int kSaturday = 6;

int year_of(DayNumber d) {
  int y = 0, m = 0, day = 0;
  base::civil_from_days(d, y, m, day);
  return y;
}

bool weekend(DayNumber d) {
  const int wd = base::weekday_from_days(d);
  return wd == kSunday || wd == kSaturday;
}

// One count's statutory days, computed once per year it touches.
class StatutoryYears {
 public:
  bool off(DayNumber d) {
    const int y = year_of(d);
    auto it = years_.find(y);
    if (it == years_.end()) it = years_.emplace(y, statutory_days_off(y)).first;
    return std::binary_search(it->second.begin(), it->second.end(), d);
  }

 private:
  std::map<int, std::vector<DayNumber>> years_;
};

bool working(const HolidayCalendar& c, const std::set<DayNumber>& holidays, const std::set<DayNumber>& makeup,
             StatutoryYears& statutory, DayNumber d) {
  if (c.has_notice(year_of(d))) {
    if (makeup.count(d)) return true;
    if (holidays.count(d)) return false;
    return !weekend(d);
  }
  return !weekend(d) && !statutory.off(d);
}

}  // namespace

std::vector<int> HolidayCalendar::years_without_notice(int first, int last) const {
  std::vector<int> out;
  for (int y = first; y <= last; ++y)
    if (!has_notice(y)) out.push_back(y);
  return out;
}

bool HolidayCalendar::is_working_day(DayNumber d) const {
  StatutoryYears statutory;
  return working(*this, holidays_, makeup_workdays_, statutory, d);
}

DueDate HolidayCalendar::due(DayNumber from, int n) const {
  StatutoryYears statutory;
  DueDate out{from, false};
  while (n > 0) {
    ++out.day;
    if (!has_notice(year_of(out.day))) out.provisional = true;
    if (working(*this, holidays_, makeup_workdays_, statutory, out.day)) --n;
  }
  return out;
}

base::Result<DueDate> due_date(const HolidayCalendar& calendar, const std::string& accepted_on, int working_days) {
  auto d = parse_iso_date(accepted_on);
  if (!d) return d.error();
  if (working_days < 0) return base::Error{"working days must be 0 or more, not " + std::to_string(working_days)};
  return calendar.due(d.value(), working_days);
}

}  // namespace core
