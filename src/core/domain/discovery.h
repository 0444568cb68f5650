#pragma once
// 主动发现 (issue 20): people who may qualify but never applied, or need a follow-up, found from the
// rows the store already holds by the rules of assets/catalog/eligibility.toml (the kiosk's hints use
// the same rules, core/domain/eligibility.h). Each entry says why (the rule's reason and the facts
// behind it); staff mark it contacted / not eligible / applied, one current mark per entry. An
// entry is keyed by its rule, the person and a period key, so next month's birthday or a new run of
// failed payments is a new entry with no mark yet.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/domain/eligibility.h"

namespace core {

enum class DiscoveryMark { Contacted, NotEligible, Applied };
std::string_view discovery_mark_code(DiscoveryMark m);  // contacted / not_eligible / applied
std::optional<DiscoveryMark> discovery_mark_from_code(std::string_view code);

struct DiscoveryEntry {
  std::string rule;  // EligibilityRule::code
  std::string item;  // the catalog item it leads to
  std::string id_number, name, address;
  // The period key: the month of the birthday (age), the month the benefit ended (benefit_ended),
  // the last failed month (payments_failed); '' for a certificate.
  std::string period;
  std::string why;                   // the rule's reason
  // What the store holds behind it, in order: birth, disability_cert, disability_grade, benefit,
  // ended_month, ended_reason, failed_months (comma-separated), as applies to the rule's kind.
  std::vector<std::pair<std::string, std::string>> facts;
  std::optional<DiscoveryMark> mark;
  std::string marked_by, marked_at, note;
  bool operator==(const DiscoveryEntry&) const = default;
};

// YYYY-MM of a YYYY-MM-DD, and whole months before/after a YYYY-MM.
std::string month_of_day(const std::string& date);
std::string months_after(const std::string& year_month, int months);

// The birth dates an age rule's "turning min_age this month" covers: [first, last] of the month
// `min_age` years before `today`'s month.
struct BirthRange {
  std::string first, last;
};
BirthRange turning_this_month(int min_age, const std::string& today);

// The months of a payments_failed rule: the `running` months ending with `last` (newest first).
std::vector<std::string> failed_months(const std::string& last, int running);

// The earliest ended month a benefit_ended rule still lists on `today` (within_months back, this
// month counted as the first).
std::string ended_since(const std::string& today, int within_months);

}  // namespace core
