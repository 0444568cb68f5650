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
  return c;
}
}  // namespace

TEST_CASE("working days skip weekends") {
  HolidayCalendar none;
  // 2026-11-20 is a Friday: one working day later is Monday the 23rd.
  CHECK(due_date(none, "2026-11-20", 1).value() == "2026-11-23");
  CHECK(due_date(none, "2026-11-23", 5).value() == "2026-11-30");
  CHECK(due_date(none, "2026-11-21", 0).value() == "2026-11-21");
  CHECK_FALSE(none.is_working_day(day("2026-11-22")));
}

TEST_CASE("working days skip the National Day holiday and count make-up Saturdays") {
  auto c = calendar_2026();
  // Accepted Tuesday 2026-09-29: the 30th is day 1, then 1–7 October are off, 8 and 9 count,
  // Saturday 10 October is a make-up working day.
  CHECK(due_date(c, "2026-09-29", 1).value() == "2026-09-30");
  CHECK(due_date(c, "2026-09-29", 2).value() == "2026-10-08");
  CHECK(due_date(c, "2026-09-29", 4).value() == "2026-10-10");
  CHECK(due_date(c, "2026-09-29", 5).value() == "2026-10-12");
  CHECK(c.is_working_day(day("2026-09-20")));  // Sunday worked
  // Spring Festival: Friday 2026-02-13 + 1 → Saturday 14 (worked); + 2 → Tuesday 24 February.
  CHECK(due_date(c, "2026-02-13", 1).value() == "2026-02-14");
  CHECK(due_date(c, "2026-02-13", 2).value() == "2026-02-24");
}

TEST_CASE("bad dates are refused") {
  HolidayCalendar c;
  CHECK_FALSE(due_date(c, "2026-02-30", 3).ok());
  CHECK_FALSE(due_date(c, "2026-2-3", 3).ok());
}
