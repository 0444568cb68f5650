#pragma once
// The back office's 动态管理 tabs as AppState holds them (issue 20), beside the queue:
//   年审 (ScreenId::BackofficeReviews): the benefits due for review in a window of days, by item and
//     village (address prefix); one opened shows its history and the review form (the item's
//     annual_review_steps, the outcome, reason, effective month and, to adjust, the new amount);
//   主动发现 (ScreenId::BackofficeDiscovery): the entries the eligibility rules find, each with why,
//     and staff's mark (contacted / not eligible / applied).
// The form stays as typed whatever the store answers; only a recorded review clears it.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/domain/annual_review.h"
#include "core/domain/discovery.h"
#include "core/text/message.h"

namespace core {

struct ReviewFilter {
  int within_days = 60;
  std::string item_code;  // '' = every item
  std::string village;    // address prefix, '' = all
  bool operator==(const ReviewFilter&) const = default;
};

struct ReviewForm {
  std::map<std::string, ReviewValues> steps;  // step code -> fields as typed
  std::optional<ReviewOutcome> outcome;
  std::string amount_yuan;      // adjust: the new monthly amount
  std::string reason;
  std::string effective_month;  // YYYY-MM (the month after today when opened)
  std::string reviewed_on;      // YYYY-MM-DD (today when opened)
  bool operator==(const ReviewForm&) const = default;
};

struct ReviewDesk {
  ReviewFilter filter;
  std::optional<std::vector<ReviewDueEntry>> due;  // read while the tab is shown
  bool loading = false;
  bool reload = false;
  int first_row = 0;
  std::optional<ReviewDueEntry> open;  // the benefit being reviewed
  std::vector<AnnualReview> history;   // its reviews so far, oldest first
  std::vector<ReviewStepDef> steps;    // its item's annual_review_steps, from the catalog
  ReviewForm form;
  bool saving = false;
  std::vector<Message> problems;  // the form's or the store's, until the next attempt
  Message notice;                 // the last review recorded (shown on the list)
};

struct DiscoveryDesk {
  std::optional<std::vector<DiscoveryEntry>> entries;
  bool loading = false;
  int first_row = 0;
  bool marking = false;
  Message notice;  // a mark that could not be written
};

}  // namespace core
