#pragma once
// The public holidays of 《全国年节及纪念日放假办法》 (2024 revision), article 2: 元旦 1 day (1 January),
// 春节 4 days (除夕 and 正月初一 to 初三), 清明节 1 (the day of the solar term), 劳动节 2 (1–2 May),
// 端午节 1 (五月初五), 中秋节 1 (八月十五), 国庆节 3 (1–3 October); and article 6: a holiday of all
// citizens that falls on a Saturday or Sunday is made up (补假) on the next working day after it.
// What a year without the State Council's notice counts as days off; the notice, when loaded,
// replaces it for its year (it also moves weekends: 调休).
#include <vector>

#include "core/domain/civil_time.h"

namespace core {

// Years the statutory days can be computed for (the lunar table's and the 2024 rules' range is
// wider; these are the years whose 春节 and 清明 were checked to lie safely inside it).
inline constexpr int kFirstStatutoryYear = 1901;
inline constexpr int kLastStatutoryYear = 2100;

// The statutory days off of a Gregorian year, sorted: the holidays themselves and their make-up
// days. Empty for a year outside the range above.
std::vector<DayNumber> statutory_days_off(int year);

}  // namespace core
