#pragma once
// Promised time limits (承诺时限) count working days: Monday to Friday, minus public holidays, plus
// the weekend days the State Council declares working days (调休上班). The lists come from
// assets/calendar/holidays.toml so a new year needs no rebuild.
#include <set>
#include <string>

#include "base/result.h"
#include "core/domain/civil_time.h"

namespace core {

class HolidayCalendar {
 public:
  void add_holiday(DayNumber d) { holidays_.insert(d); }
  void add_makeup_workday(DayNumber d) { makeup_workdays_.insert(d); }

  bool is_working_day(DayNumber d) const;
  // The n-th working day after `from` (the day of acceptance itself does not count). n = 0 → from.
  DayNumber add_working_days(DayNumber from, int n) const;

  std::size_t holiday_count() const { return holidays_.size(); }
  std::size_t makeup_workday_count() const { return makeup_workdays_.size(); }

 private:
  std::set<DayNumber> holidays_;
  std::set<DayNumber> makeup_workdays_;
};

// "YYYY-MM-DD" + n working days → "YYYY-MM-DD".
base::Result<std::string> due_date(const HolidayCalendar& calendar, const std::string& accepted_on, int working_days);

}  // namespace core
