#pragma once
// Solar terms (节气) by computation: the day in Beijing time (UTC+8) on which the Sun's apparent
// longitude reaches a multiple of 15°. Meeus, Astronomical Algorithms ch. 25 (low accuracy, about
// 0.01° or a quarter of an hour) with ΔT after Espenak & Meeus: good for a term's date unless it
// falls within minutes of midnight, which 清明 does not in 1950–2100 (checked in the tests against
// published dates).
#include "core/domain/civil_time.h"

namespace core {

// The day of the solar term at `longitude_deg` (0 = 春分, 15 = 清明, … 270 = 冬至: the terms from March to
// December) in Gregorian `year`.
DayNumber solar_term_day(int year, int longitude_deg);
inline DayNumber qingming_day(int year) { return solar_term_day(year, 15); }

}  // namespace core
