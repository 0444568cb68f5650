// The lunar calendar, the solar term 清明 and the statutory holidays against published dates:
// 春节 as the issue lists it (the official calendar, GB/T 33661), 端午 and 中秋 as the Hong Kong
// Observatory's and the Purple Mountain Observatory's almanacs give them, 清明 as published.
#include "core/domain/lunar_calendar.h"

#include <doctest/doctest.h>

#include <algorithm>

#include "core/domain/solar_terms.h"
#include "core/domain/statutory_holidays.h"

using namespace core;

namespace {
std::string iso(std::optional<DayNumber> d) { return d ? format_iso_date(*d) : "none"; }

struct Year {
  int year;
  const char* spring_festival;  // 正月初一
  const char* qingming;
  const char* duanwu;     // 五月初五
  const char* zhongqiu;   // 八月十五
};
// Published dates 2026–2035. 2033: 中秋 09-08 (闰十一月, not 闰七月: the "2033 problem").
constexpr Year kPublished[] = {
    {2026, "2026-02-17", "2026-04-05", "2026-06-19", "2026-09-25"},
    {2027, "2027-02-06", "2027-04-05", "2027-06-09", "2027-09-15"},
    {2028, "2028-01-26", "2028-04-04", "2028-05-28", "2028-10-03"},
    {2029, "2029-02-13", "2029-04-04", "2029-06-16", "2029-09-22"},
    {2030, "2030-02-03", "2030-04-05", "2030-06-05", "2030-09-12"},
    {2031, "2031-01-23", "2031-04-05", "2031-06-24", "2031-10-01"},
    {2032, "2032-02-11", "2032-04-04", "2032-06-12", "2032-09-19"},
    {2033, "2033-01-31", "2033-04-04", "2033-06-01", "2033-09-08"},
    {2034, "2034-02-19", "2034-04-05", "2034-06-20", "2034-09-27"},
    {2035, "2035-02-08", "2035-04-05", "2035-06-10", "2035-09-16"},
};
}  // namespace

TEST_CASE("春节, 清明, 端午 and 中秋 of 2026–2035 are the published days") {
  for (const auto& y : kPublished) {
    CAPTURE(y.year);
    CHECK(iso(lunar_to_day(y.year, 1, 1)) == y.spring_festival);
    CHECK(format_iso_date(qingming_day(y.year)) == y.qingming);
    CHECK(iso(lunar_to_day(y.year, 5, 5)) == y.duanwu);
    CHECK(iso(lunar_to_day(y.year, 8, 15)) == y.zhongqiu);
  }
}

TEST_CASE("leap months: 闰五月 in 2028, 闰三月 in 2031, 闰十一月 in 2033, none in the other years to 2035") {
  for (int y = 2026; y <= 2035; ++y) {
    CAPTURE(y);
    const int expected = y == 2028 ? 5 : y == 2031 ? 3 : y == 2033 ? 11 : 0;
    CHECK(lunar_leap_month(y) == expected);
  }
  // 闰五月初一 2028 follows 五月 (29 or 30 days after 五月初一).
  CHECK(iso(lunar_to_day(2028, 5, 1, true)) == "2028-06-23");
  CHECK_FALSE(lunar_to_day(2027, 5, 1, true).has_value());
  CHECK_FALSE(lunar_to_day(2026, 2, 31).has_value());
  CHECK_FALSE(lunar_to_day(2101, 1, 1).has_value());
}

TEST_CASE("earlier years agree with the almanac, including the corrected 1996") {
  CHECK(iso(lunar_to_day(2024, 1, 1)) == "2024-02-10");
  CHECK(iso(lunar_to_day(2025, 1, 1)) == "2025-01-29");
  CHECK(iso(lunar_to_day(2025, 8, 15)) == "2025-10-06");
  CHECK(iso(lunar_to_day(1996, 8, 15)) == "1996-09-27");
  CHECK(iso(lunar_to_day(2000, 1, 1)) == "2000-02-05");
  CHECK(format_iso_date(qingming_day(2024)) == "2024-04-04");
  CHECK(format_iso_date(qingming_day(2025)) == "2025-04-04");
}

TEST_CASE("statutory days off: the holidays and article 6's make-up days") {
  auto has = [](int year, const char* d) {
    auto days = statutory_days_off(year);
    return std::binary_search(days.begin(), days.end(), parse_iso_date(d).value());
  };
  // 2027: 元旦 Friday; 春节 02-05 (除夕) … 02-08, with 02-06 Saturday and 02-07 Sunday made up on
  // Tuesday 02-09 and Wednesday 02-10.
  CHECK(has(2027, "2027-01-01"));
  CHECK_FALSE(has(2027, "2027-01-04"));
  for (auto d : {"2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-02-09", "2027-02-10"}) {
    CAPTURE(d);
    CHECK(has(2027, d));
  }
  CHECK_FALSE(has(2027, "2027-02-11"));
  // 2027 国庆: Friday to Sunday, the weekend days made up on Monday and Tuesday 10-04, 10-05.
  CHECK(has(2027, "2027-10-04"));
  CHECK(has(2027, "2027-10-05"));
  CHECK_FALSE(has(2027, "2027-10-06"));
  // 2028 劳动节 Monday–Tuesday: nothing to make up; 清明 Tuesday 04-04.
  CHECK(has(2028, "2028-05-01"));
  CHECK_FALSE(has(2028, "2028-05-03"));
  CHECK(has(2028, "2028-04-04"));
  // 2031: 中秋 on 国庆 (10-01): three days, not four.
  CHECK(has(2031, "2031-10-03"));
  CHECK(statutory_days_off(1800).empty());
}
