#pragma once
// Promised time limits (承诺时限) count working days: Monday to Friday, minus public holidays, plus
// the weekend days the State Council declares working days (调休上班). For a year whose notice is
// loaded (assets/calendar/holidays.toml) the notice decides; for any other year the statutory
// holidays decide (statutory_holidays.h), and a due date that counts a day of such a year is
// provisional (预计): the notice may still move it.
#include <set>
#include <string>
#include <vector>

#include "base/result.h"
#include "core/domain/civil_time.h"

namespace core {

struct DueDate {
  DayNumber day = 0;
  bool provisional = false;  // counted a day of a year without the State Council's notice
};

class HolidayCalendar {
 public:
  // A year whose notice is loaded: its days off are exactly its listed holidays plus weekends, less
  // its make-up working days.
  void add_notice_year(int year) { notice_years_.insert(year); }
  void add_holiday(DayNumber d) { holidays_.insert(d); }
  void add_makeup_workday(DayNumber d) { makeup_workdays_.insert(d); }

  bool has_notice(int year) const { return notice_years_.count(year) != 0; }
  const std::set<int>& notice_years() const { return notice_years_; }
  // The years from `first` to `last` whose notice is not loaded.
  std::vector<int> years_without_notice(int first, int last) const;

  bool is_working_day(DayNumber d) const;
  // The n-th working day after `from` (the day of acceptance itself does not count). n = 0 → from.
  DayNumber add_working_days(DayNumber from, int n) const { return due(from, n).day; }
  DueDate due(DayNumber from, int n) const;

  std::size_t holiday_count() const { return holidays_.size(); }
  std::size_t makeup_workday_count() const { return makeup_workdays_.size(); }

 private:
  std::set<int> notice_years_;
  std::set<DayNumber> holidays_;
  std::set<DayNumber> makeup_workdays_;
};

// "YYYY-MM-DD" + n working days → the due date: what the counter, the back office and
// `onewindow calendar due` all call.
base::Result<DueDate> due_date(const HolidayCalendar& calendar, const std::string& accepted_on, int working_days);

}  // namespace core
