#pragma once
// Eligibility hints (主动发现): items a person may be entitled to and does not hold, from their
// card and what the store knows. Rules come from assets/catalog/eligibility.toml; these are hints
// for a conversation at the counter, never decisions.
#include <optional>
#include <string>
#include <vector>

#include "core/domain/benefit.h"
#include "base/id_card_record.h"

namespace core {

// What a rule looks at. The kiosk's and counter's hints use age rules (from the card's birth date);
// the back office's 主动发现 list (core/domain/discovery.h) uses every kind, from the store's rows.
enum class EligibilityKind {
  Age,             // age within [min_age, max_age]; 主动发现: turning min_age this month
  DisabilityCert,  // holds a 残疾人证 (grade up to max_grade)
  BenefitEnded,    // one of `ended` ended within the last `within_months` months (follow-up)
  PaymentsFailed,  // payments failed `months_running` months running
};

struct EligibilityRule {
  std::string item;                 // catalog item code, e.g. "gaoling"
  std::string tier;                 // e.g. "80-89"
  std::optional<int> min_age;       // inclusive, full years
  std::optional<int> max_age;       // inclusive
  std::vector<BenefitType> unless_holding;  // no hint when one of these is active
  std::string reason;               // shown to the person, e.g. "年满80周岁，可申请高龄津贴"
  // 主动发现 (issue 20); written after the fields above so a rule can still be spelt {item, tier, …}.
  std::string code;                 // stable key of the rule (主动发现 marks), e.g. "gaoling_80"
  EligibilityKind kind = EligibilityKind::Age;
  int max_grade = 4;                // DisabilityCert: grades 1..max_grade
  std::vector<BenefitType> ended;   // BenefitEnded: which benefits
  int within_months = 6;            // BenefitEnded
  int months_running = 2;           // PaymentsFailed
};

struct EligibilityHint {
  std::string item;
  std::string reason;
  bool operator==(const EligibilityHint&) const = default;
};

// Full years between a birth date and a day, both YYYY-MM-DD; nullopt if either is malformed.
std::optional<int> age_on(const std::string& birth, const std::string& on);

// Hints of the age rules, in rule order; a benefit counts as held unless it has ended (已退出). One
// hint per item.
std::vector<EligibilityHint> eligibility_hints(const std::vector<EligibilityRule>& rules, const std::string& birth,
                                               const std::string& today, const std::vector<Benefit>& held);

// The same from a card just read at the kiosk or counter (its birth field, YYYY-MM-DD).
inline std::vector<EligibilityHint> eligibility_hints(const std::vector<EligibilityRule>& rules,
                                                     const base::IdCardRecord& card, const std::string& today,
                                                     const std::vector<Benefit>& held) {
  return eligibility_hints(rules, card.birth, today, held);
}

}  // namespace core
