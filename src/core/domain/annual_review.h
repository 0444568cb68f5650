#pragma once
// 年审 (annual review, issue 20): every benefit in payment is reviewed once per period of its item
// (review_period_months in assets/catalog/items.toml); the review is recorded like a case step
// (the item's annual_review_steps, [[review_step]] definitions with their fields) and ends in one of
// four outcomes, each with a reason and the month it takes effect:
//   continue — 继续享受: the amount stays (a suspended benefit is paid again);
//   adjust   — 调整金额: a new monthly amount;
//   suspend  — 暂停发放;
//   end      — 终止: the benefit ends (应退尽退); it is reviewed no more.
// The next review moves on by the item's period from the date it was due (or, for a review long
// overdue, to the first such date after the review). Pure: the store applies the result in one
// transaction (store/benefit_reviews.h).
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/domain/benefit.h"
#include "core/domain/review_step.h"
#include "core/domain/service_item.h"
#include "core/text/message.h"

namespace core {

enum class ReviewOutcome { Continue, Adjust, Suspend, End };
std::string_view review_outcome_code(ReviewOutcome o);  // continue / adjust / suspend / end (stored, JSON)
std::optional<ReviewOutcome> review_outcome_from_code(std::string_view code);

inline constexpr int kDefaultReviewPeriodMonths = 12;
inline constexpr std::size_t kMaxReviewReasonChars = 200;

struct AnnualReview {
  std::string id_number;
  BenefitType type = BenefitType::RuralDibao;
  std::string reviewed_on;  // YYYY-MM-DD: the day of the review (not after the day it is recorded)
  std::string who;          // staff number
  std::string recorded_at;  // YYYY-MM-DD HH:MM:SS
  std::map<std::string, ReviewValues> steps;  // step code -> field values as typed
  ReviewOutcome outcome = ReviewOutcome::Continue;
  std::string reason;
  std::string effective_month;  // YYYY-MM
  Fen amount_before_fen = 0;    // filled by apply_annual_review
  Fen amount_after_fen = 0;     // adjust: the new amount; otherwise filled by apply_annual_review
  std::string next_review_after;  // filled by apply_annual_review ('' once ended)
  bool operator==(const AnnualReview&) const = default;
};

// One line of the 年审 due list: the benefit and its holder.
struct ReviewDueEntry {
  std::string id_number, name, address;
  BenefitType type = BenefitType::RuralDibao;
  BenefitStatus status = BenefitStatus::Active;
  Fen monthly_amount_fen = 0;
  std::string since, next_review;
  std::string last_reviewed;  // the last 年审 recorded ('' = none)
  bool overdue = false;       // next_review before today
  bool operator==(const ReviewDueEntry&) const = default;
};

// YYYY-MM (a real month).
bool is_year_month(const std::string& text);
// The same day `months` later (the last day of the month where it has fewer days). `date` must be a
// valid YYYY-MM-DD.
std::string add_months_to_date(const std::string& date, int months);

// One sentence per problem (annual_review.problem.* and review.problem.*): a benefit already ended,
// a step the item does not list or a step's field as review_problems says, a missing reason, an
// effective month that is not a month or lies before the review's month, an adjusted amount that is
// not one or equals the current one, a review day that is not a date or lies after `today`.
std::vector<Message> annual_review_problems(const Benefit& current, const ServiceItem& item,
                                            const ServiceCatalog& catalog, const AnnualReview& r,
                                            const std::string& today);

// The benefit after the review and the review as recorded (amounts before and after, the next
// review). Call only when annual_review_problems found none.
struct ReviewApplied {
  Benefit benefit;
  AnnualReview review;
};
ReviewApplied apply_annual_review(const Benefit& current, const ServiceItem& item, AnnualReview r);

// The last day of the due list's window: `today` + `within_days` (benefits due by then, overdue
// ones included).
std::string review_due_until(const std::string& today, int within_days);

// The kiosk's 「您的低保将于X月年审」: a benefit still paid or suspended whose next review lies from
// `today` to `lead_days` after it (a review already past is not announced).
bool review_notice_due(const Benefit& b, const std::string& today, int lead_days);

}  // namespace core
