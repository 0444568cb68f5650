#include "core/domain/working_days.h"

#include <doctest/doctest.h>

#include "core/domain/civil_time.h"

using namespace core;

namespace {
DayNumber day(const char* iso) { return parse_iso_date(iso).value(); }

HolidayCalendar calendar_2026() {
  HolidayCalendar c;
  for (auto d : {"2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04", "2026-10-05", "2026-10-06", "2026-10-07",
                 "2026-02-15", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20", "2026-02-21",
                 "2026-02-22", "2026-02-23"})
    c.add_holiday(day(d));
  for (auto d : {"2026-09-20", "2026-10-10", "2026-02-14", "2026-02-28"}) c.add_makeup_workday(day(d));
  c.add_notice_year(2026);
  return c;
}
}  // namespace

TEST_CASE("working days skip weekends") {
  HolidayCalendar none;
  for (int y = 2026; y <= 2026; ++y) none.add_notice_year(y);  // a 2026 notice with no holidays
  // 2026-11-20 is a Friday: one working day later is Monday the 23rd.
  CHECK(format_iso_date(due_date(none, "2026-11-20", 1).value().day) == "2026-11-23");
  CHECK(format_iso_date(due_date(none, "2026-11-23", 5).value().day) == "2026-11-30");
  CHECK(format_iso_date(due_date(none, "2026-11-21", 0).value().day) == "2026-11-21");
  CHECK_FALSE(none.is_working_day(day("2026-11-22")));
}

TEST_CASE("working days skip the National Day holiday and count make-up Saturdays") {
  auto c = calendar_2026();
  // Accepted Tuesday 2026-09-29: the 30th is day 1, then 1–7 October are off, 8 and 9 count,
  // Saturday 10 October is a make-up working day.
  CHECK(format_iso_date(due_date(c, "2026-09-29", 1).value().day) == "2026-09-30");
  CHECK(format_iso_date(due_date(c, "2026-09-29", 2).value().day) == "2026-10-08");
  CHECK(format_iso_date(due_date(c, "2026-09-29", 4).value().day) == "2026-10-10");
  CHECK(format_iso_date(due_date(c, "2026-09-29", 5).value().day) == "2026-10-12");
  CHECK(c.is_working_day(day("2026-09-20")));  // Sunday worked
  // Spring Festival: Friday 2026-02-13 + 1 → Saturday 14 (worked); + 2 → Tuesday 24 February.
  CHECK(format_iso_date(due_date(c, "2026-02-13", 1).value().day) == "2026-02-14");
  CHECK(format_iso_date(due_date(c, "2026-02-13", 2).value().day) == "2026-02-24");
}

TEST_CASE("bad dates are refused") {
  HolidayCalendar c;
  CHECK_FALSE(due_date(c, "2026-02-30", 3).ok());
  CHECK_FALSE(due_date(c, "2026-2-3", 3).ok());
}

TEST_CASE("a year without a notice counts the statutory holidays, and its due dates are provisional") {
  HolidayCalendar c;
  c.add_notice_year(2026);  // a notice for 2026 alone: 2027 is counted from the statutory days
  auto due = due_date(c, "2026-12-02", 30).value();
  // 21 working days in December after the 2nd, then 元旦 2027-01-01 (Friday) is off: 14 January.
  CHECK(format_iso_date(due.day) == "2027-01-14");
  CHECK(due.provisional);
  auto in_year = due_date(c, "2026-11-02", 10).value();
  CHECK(format_iso_date(in_year.day) == "2026-11-16");
  CHECK_FALSE(in_year.provisional);
  CHECK(c.years_without_notice(2026, 2028) == std::vector<int>{2027, 2028});
}

TEST_CASE("a loaded notice overrides the statutory days of its year") {
  HolidayCalendar statutory;
  // Without a 2026 notice: 国庆 10-01..03 (Thursday–Saturday) and 10-05 for the Saturday; 中秋 Friday 09-25.
  CHECK_FALSE(statutory.is_working_day(day("2026-10-05")));
  CHECK(statutory.is_working_day(day("2026-10-06")));
  CHECK(statutory.is_working_day(day("2026-10-07")));
  CHECK_FALSE(statutory.is_working_day(day("2026-09-25")));
  CHECK_FALSE(statutory.is_working_day(day("2026-10-10")));
  // With it: 10-01..07 off, Saturday 10-10 worked.
  auto notice = calendar_2026();
  notice.add_notice_year(2026);
  CHECK_FALSE(notice.is_working_day(day("2026-10-06")));
  CHECK(notice.is_working_day(day("2026-10-10")));
  CHECK(due_date(notice, "2026-09-29", 4).value().day == day("2026-10-10"));
  CHECK_FALSE(due_date(notice, "2026-09-29", 4).value().provisional);
  CHECK(due_date(statutory, "2026-09-29", 4).value().provisional);
}

TEST_CASE("working days over 2026–2035 without notices: each festival is a day off") {
  HolidayCalendar c;
  for (auto d : {"2026-02-17", "2027-02-06", "2028-01-26", "2029-02-13", "2030-02-03", "2031-01-23", "2032-02-11",
                 "2033-01-31", "2034-02-19", "2035-02-08", "2029-04-04", "2033-06-01", "2033-09-08", "2035-09-16",
                 "2030-06-05", "2032-06-12", "2034-09-27"}) {
    CAPTURE(d);
    CHECK_FALSE(c.is_working_day(day(d)));
  }
  // 2033-10-07 is a Friday and no holiday (the copies of the table that put 中秋 there are wrong).
  CHECK(c.is_working_day(day("2033-10-07")));
}
