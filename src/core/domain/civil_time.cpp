#include "core/domain/civil_time.h"

#include <cstdio>

namespace core {

std::string CivilTime::iso_date() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::string CivilTime::hh_mm() const {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d:%02d", hour, minute);
  return buf;
}

std::string CivilTime::iso_datetime() const {
  char buf[24];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d %02d:%02d:%02d", year, month, day, hour, minute, second);
  return buf;
}

long seconds_of(const CivilTime& t) {
  return ((base::days_from_civil(t.year, t.month, t.day) * 24 + t.hour) * 60 + t.minute) * 60L + t.second;
}

CivilTime civil_time_from_seconds(long total) {
  CivilTime t;
  long days = total / 86400;
  long rest = total % 86400;
  if (rest < 0) {
    rest += 86400;
    --days;
  }
  base::civil_from_days(days, t.year, t.month, t.day);
  t.hour = static_cast<int>(rest / 3600);
  t.minute = static_cast<int>(rest / 60 % 60);
  t.second = static_cast<int>(rest % 60);
  t.weekday = base::weekday_from_days(days);
  return t;
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

}  // namespace core
