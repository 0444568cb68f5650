#include "core/domain/discovery.h"

#include <array>
#include <cstdio>

#include "core/domain/annual_review.h"

namespace core {
namespace {

constexpr std::array<std::pair<DiscoveryMark, std::string_view>, 3> kMarks = {
    std::pair{DiscoveryMark::Contacted, std::string_view("contacted")},
    std::pair{DiscoveryMark::NotEligible, std::string_view("not_eligible")},
    std::pair{DiscoveryMark::Applied, std::string_view("applied")}};

}  // namespace

std::string_view discovery_mark_code(DiscoveryMark m) {
  for (const auto& entry : kMarks)
    if (entry.first == m) return entry.second;
  return "contacted";
}

std::optional<DiscoveryMark> discovery_mark_from_code(std::string_view code) {
  for (const auto& entry : kMarks)
    if (entry.second == code) return entry.first;
  return std::nullopt;
}

std::string month_of_day(const std::string& date) { return date.substr(0, 7); }

std::string months_after(const std::string& year_month, int months) {
  return add_months_to_date(year_month + "-01", months).substr(0, 7);
}

BirthRange turning_this_month(int min_age, const std::string& today) {
  // Text order: every day of the month lies between these two, whatever its length.
  const std::string month = months_after(month_of_day(today), -12 * min_age);
  return {month + "-01", month + "-31"};
}

std::vector<std::string> failed_months(const std::string& last, int running) {
  std::vector<std::string> out;
  for (int i = 0; i < running; ++i) out.push_back(months_after(last, -i));
  return out;
}

std::string ended_since(const std::string& today, int within_months) {
  return months_after(month_of_day(today), -(within_months - 1));
}

}  // namespace core
