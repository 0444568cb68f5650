#include "core/domain/eligibility.h"

#include <algorithm>

#include "core/domain/working_days.h"
#include "core/domain/civil_time.h"

namespace core {

std::optional<int> age_on(const std::string& birth, const std::string& on) {
  auto b = parse_iso_date(birth);
  auto t = parse_iso_date(on);
  if (!b || !t) return std::nullopt;
  int by = 0, bm = 0, bd = 0, ty = 0, tm = 0, td = 0;
  base::civil_from_days(b.value(), by, bm, bd);
  base::civil_from_days(t.value(), ty, tm, td);
  int age = ty - by;
  if (tm < bm || (tm == bm && td < bd)) --age;
  return age;
}

std::vector<EligibilityHint> eligibility_hints(const std::vector<EligibilityRule>& rules, const std::string& birth,
                                               const std::string& today, const std::vector<Benefit>& held) {
  std::vector<EligibilityHint> out;
  auto age = age_on(birth, today);
  auto holds = [&](BenefitType t) {
    return std::any_of(held.begin(), held.end(),
                       [&](const Benefit& b) { return b.type == t && b.status != BenefitStatus::Ended; });
  };
  for (const auto& rule : rules) {
    if (rule.kind != EligibilityKind::Age) continue;  // needs the store's rows: 主动发现 only
    if (rule.min_age || rule.max_age) {
      if (!age) continue;
      if (rule.min_age && *age < *rule.min_age) continue;
      if (rule.max_age && *age > *rule.max_age) continue;
    }
    if (std::any_of(rule.unless_holding.begin(), rule.unless_holding.end(), holds)) continue;
    if (std::any_of(out.begin(), out.end(), [&](const EligibilityHint& h) { return h.item == rule.item; })) continue;
    out.push_back(EligibilityHint{rule.item, rule.reason});
  }
  return out;
}

}  // namespace core
