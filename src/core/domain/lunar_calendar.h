#pragma once
// The Chinese lunar calendar (农历) of the official almanac (GB/T 33661, as the Purple Mountain
// Observatory and the Hong Kong Observatory publish it) for lunar years 1900–2100, from a table of
// month lengths and leap months (lunar_table.cpp). What the statutory holidays need: the Gregorian day of
// a lunar date (春节, 端午, 中秋, 除夕). Not ICU's Chinese calendar, which is a day off in some years.
#include <optional>

#include "core/domain/civil_time.h"

namespace core {

inline constexpr int kFirstLunarYear = 1900;
inline constexpr int kLastLunarYear = 2100;

// 0 when the lunar year has no leap month, else the month the leap month follows (闰五月 → 5).
int lunar_leap_month(int lunar_year);
// Days in a lunar month (29 or 30); the leap month when `leap` (0 if the year has none).
int lunar_month_days(int lunar_year, int month, bool leap = false);
// The Gregorian day of lunar year/month/day (正月初一 of lunar year Y falls in Gregorian year Y).
// Empty outside the table's years or for a month or day that does not exist.
std::optional<DayNumber> lunar_to_day(int lunar_year, int month, int day, bool leap = false);

}  // namespace core
