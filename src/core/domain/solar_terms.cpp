#include "core/domain/solar_terms.h"

#include <cmath>

namespace core {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kJ2000 = 2451545.0;  // Julian day of 2000-01-01 12:00 TT
double rad(double deg) { return deg * kPi / 180.0; }

// The Sun's apparent longitude in degrees [0, 360) at Julian Ephemeris Day `jde` (Meeus 25.2–25.8).
double apparent_longitude(double jde) {
  const double t = (jde - kJ2000) / 36525.0;
  const double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
  const double m = rad(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
  const double c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * std::sin(m) + (0.019993 - 0.000101 * t) * std::sin(2 * m) +
                   0.000289 * std::sin(3 * m);
  const double omega = rad(125.04 - 1934.136 * t);
  const double lambda = l0 + c - 0.00569 - 0.00478 * std::sin(omega);
  return std::fmod(std::fmod(lambda, 360.0) + 360.0, 360.0);
}

// TT − UT in seconds (Espenak & Meeus polynomials, 1900–2150).
double delta_t_seconds(int year) {
  const double y = year + 0.5;
  if (y < 1920) {
    const double t = y - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t - 0.000197 * t * t * t * t;
  }
  if (y < 1941) {
    const double t = y - 1920;
    return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
  }
  if (y < 1961) {
    const double t = y - 1950;
    return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
  }
  if (y < 1986) {
    const double t = y - 1975;
    return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
  }
  if (y < 2005) {
    const double t = y - 2000;
    return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t + 0.000651814 * t * t * t * t +
           0.00002373599 * t * t * t * t * t;
  }
  if (y < 2050) {
    const double t = y - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t * t;
  }
  const double u = (y - 1820) / 100;
  return -20 + 32 * u * u - 0.5628 * (2150 - y);
}

}  // namespace

DayNumber solar_term_day(int year, int longitude_deg) {
  // Start from the mean date of the term (春分 about 20 March; 15° ≈ 15.2 days) and correct with
  // Meeus' step for equinoxes (27.1): 58 days per radian of longitude still to go.
  const double spring_equinox = static_cast<double>(base::days_from_civil(year, 3, 20)) + 2440587.5;
  double jde = spring_equinox + std::fmod(longitude_deg + 360.0, 360.0) * 365.2422 / 360.0;
  for (int i = 0; i < 8; ++i) {
    jde += 58.0 * std::sin(rad(longitude_deg - apparent_longitude(jde)));
  }
  const double beijing_jd = jde - delta_t_seconds(year) / 86400.0 + 8.0 / 24.0;
  // Julian day 2440587.5 is 1970-01-01 00:00.
  return static_cast<DayNumber>(std::floor(beijing_jd - 2440587.5));
}

}  // namespace core
