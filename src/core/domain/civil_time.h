#pragma once
// Local wall-clock time as the hall sees it. Core logic takes it from events, never from the system
// clock, so tests are deterministic.
#include <compare>
#include <string>

#include "base/calendar.h"
#include "base/result.h"

namespace core {

struct CivilTime {
  int year = 1970, month = 1, day = 1;
  int hour = 0, minute = 0, second = 0;
  int weekday = 4;  // 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday)

  auto operator<=>(const CivilTime&) const = default;
  bool same_minute(const CivilTime& o) const {
    return year == o.year && month == o.month && day == o.day && hour == o.hour && minute == o.minute;
  }
  std::string iso_date() const;  // YYYY-MM-DD
  std::string hh_mm() const;     // HH:MM
  std::string iso_datetime() const;  // YYYY-MM-DD HH:MM:SS (the audit log's and events' form)
};

// Seconds since 1970-01-01 00:00 of the same local clock (for differences, not for time zones).
long seconds_of(const CivilTime& t);
CivilTime civil_time_from_seconds(long seconds);
inline CivilTime plus_seconds(const CivilTime& t, long seconds) { return civil_time_from_seconds(seconds_of(t) + seconds); }

// Days since 1970-01-01 (base::days_from_civil): what date arithmetic counts in.
using DayNumber = long;

// YYYY-MM-DD ⇄ day number: the one reader and writer of ISO dates (a date that does not exist, such
// as 2026-02-30, is refused).
base::Result<DayNumber> parse_iso_date(const std::string& text);
std::string format_iso_date(DayNumber d);

}  // namespace core
