#pragma once
// Proleptic Gregorian calendar arithmetic on plain integers (Howard Hinnant's algorithms): what ID
// numbers (a birth date that exists) and the core's civil time both need.

namespace base {

// Days from 1970-01-01 to the given date, and back.
long days_from_civil(int y, int m, int d);
void civil_from_days(long z, int& y, int& m, int& d);
int weekday_from_days(long z);  // 0 = Sunday
bool valid_date(int y, int m, int d);

}  // namespace base
