#pragma once
// 年审 in the store (issue 20): the due list (benefits still paid or suspended whose next review
// falls by a day, by village — an address prefix — and item) and recording a review — the
// benefit's status, amount and next review change in the same transaction as the benefit_reviews
// row is written (core/domain/annual_review.h says what changes).
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "core/domain/annual_review.h"
#include "core/domain/service_item.h"
#include "store/database.h"

namespace store {

struct ReviewDueFilter {
  std::string today;      // YYYY-MM-DD: what is overdue
  std::string until;      // YYYY-MM-DD: the window's last day (core::review_due_until)
  std::string village;    // address prefix ('' = all)
  std::string item_code;  // catalog item ('' = all): its benefit types (core::benefit_item_code)
  std::size_t limit = 0;  // 0 = all
};

using ReviewDue = core::ReviewDueEntry;

class BenefitReviews {
 public:
  explicit BenefitReviews(Database& db) : db_(db) {}

  // Due by filter.until (overdue first, then by date, address and ID number).
  base::Result<std::vector<ReviewDue>> due(const ReviewDueFilter& filter);
  // The reviews recorded for one benefit, oldest first.
  base::Result<std::vector<core::AnnualReview>> history(const std::string& id_number, core::BenefitType type);

  // Records `r` (id_number, type, reviewed_on, who, recorded_at, steps, outcome, reason,
  // effective_month, and amount_after_fen for an adjustment) against the benefit as stored now:
  // either `applied` (benefit and review as written) or `problems` (nothing written). A benefit the
  // person does not hold is an error.
  struct Recorded {
    std::optional<core::ReviewApplied> applied;
    std::vector<core::Message> problems;
  };
  base::Result<Recorded> record(const core::AnnualReview& r, const core::ServiceCatalog& catalog,
                                const std::string& today);

 private:
  Database& db_;
};

}  // namespace store
