#include "core/domain/lunar_calendar.h"

#include "core/domain/lunar_table.h"

namespace core {
namespace {

bool in_table(int y) { return y >= kFirstLunarYear && y <= kLastLunarYear; }
std::uint32_t info(int y) { return kLunarTable[static_cast<std::size_t>(y - kFirstLunarYear)]; }

int year_days(int y) {
  int days = 0;
  for (int m = 1; m <= 12; ++m) days += lunar_month_days(y, m);
  if (lunar_leap_month(y)) days += lunar_month_days(y, lunar_leap_month(y), true);
  return days;
}

}  // namespace

int lunar_leap_month(int lunar_year) { return in_table(lunar_year) ? static_cast<int>(info(lunar_year) & 0xf) : 0; }

int lunar_month_days(int lunar_year, int month, bool leap) {
  if (!in_table(lunar_year) || month < 1 || month > 12) return 0;
  if (leap) {
    if (lunar_leap_month(lunar_year) != month) return 0;
    return (info(lunar_year) & 0x10000) ? 30 : 29;
  }
  return (info(lunar_year) & (0x10000u >> month)) ? 30 : 29;
}

std::optional<DayNumber> lunar_to_day(int lunar_year, int month, int day, bool leap) {
  const int length = lunar_month_days(lunar_year, month, leap);
  if (length == 0 || day < 1 || day > length) return std::nullopt;
  DayNumber d = base::days_from_civil(1900, 1, 31);
  for (int y = kFirstLunarYear; y < lunar_year; ++y) d += year_days(y);
  const int leap_month = lunar_leap_month(lunar_year);
  for (int m = 1; m < month; ++m) {
    d += lunar_month_days(lunar_year, m);
    if (m == leap_month) d += lunar_month_days(lunar_year, m, true);
  }
  if (leap) d += lunar_month_days(lunar_year, month);
  return d + day - 1;
}

}  // namespace core
