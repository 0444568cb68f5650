#pragma once
// Events, intents and effects of the back office's 年审 and 主动发现 tabs (dynamic_view.h).
#include <string>
#include <vector>

#include "core/backoffice/dynamic_view.h"
#include "core/domain/civil_time.h"
#include "core/type_list.h"

namespace core {

namespace ev {
struct ReviewsLoaded {
  ReviewFilter filter;
  std::vector<ReviewDueEntry> due;
  bool failed = false;
};
struct ReviewHistoryLoaded {
  std::string id_number;
  BenefitType type = BenefitType::RuralDibao;
  std::vector<AnnualReview> history;
  std::vector<ReviewStepDef> steps;  // the item's annual_review_steps
};
// A review written (`applied`), or why not (`problems`: the rules' sentences, or the store's
// failure as one sentence).
struct ReviewRecorded {
  std::string id_number;
  BenefitType type = BenefitType::RuralDibao;
  std::optional<ReviewApplied> applied;
  std::vector<Message> problems;
};
struct DiscoveryLoaded {
  std::vector<DiscoveryEntry> entries;
  bool failed = false;
};
struct DiscoveryMarked {
  bool failed = false;
};
}  // namespace ev

namespace intent {
enum class DynamicTab { Queue, Reviews, Discovery };
struct ShowTab {  // 审批队列 / 年审 / 主动发现
  DynamicTab tab = DynamicTab::Queue;
};
struct FilterReviews {
  ReviewFilter filter;
};
struct PageReviews {
  int first_row = 0;
};
struct OpenReview {  // 年审 on a row
  std::string id_number;
  BenefitType type = BenefitType::RuralDibao;
};
struct CloseReview {};  // 返回列表
enum class ReviewFormField { StepField, Amount, Reason, EffectiveMonth, ReviewedOn };
struct EditReviewForm {
  ReviewFormField field = ReviewFormField::Reason;
  std::string step;  // StepField: the step's code
  std::string key;   // StepField: the field's key
  std::string value;
};
struct PickReviewOutcome {
  ReviewOutcome outcome = ReviewOutcome::Continue;
};
struct SubmitReview {};  // 记录年审
struct PageDiscovery {
  int first_row = 0;
};
struct MarkDiscovery {
  std::string rule, id_number, period;
  DiscoveryMark mark = DiscoveryMark::Contacted;
};
}  // namespace intent

namespace fx {
struct LoadReviews {
  ReviewFilter filter;
  std::string today;
};
struct LoadReviewHistory {
  std::string id_number;
  BenefitType type = BenefitType::RuralDibao;
};
struct RecordReview {
  AnnualReview review;
  std::string today;
};
struct LoadDiscovery {
  std::string today;
};
struct MarkDiscoveryEntry {
  std::string rule, id_number, period;
  DiscoveryMark mark = DiscoveryMark::Contacted;
  std::string who, at;
};
}  // namespace fx

using DynamicEvents = TypeList<ev::ReviewsLoaded, ev::ReviewHistoryLoaded, ev::ReviewRecorded, ev::DiscoveryLoaded,
                               ev::DiscoveryMarked, intent::ShowTab, intent::FilterReviews, intent::PageReviews,
                               intent::OpenReview, intent::CloseReview, intent::EditReviewForm, intent::PickReviewOutcome,
                               intent::SubmitReview, intent::PageDiscovery, intent::MarkDiscovery>;
using DynamicEffects =
    TypeList<fx::LoadReviews, fx::LoadReviewHistory, fx::RecordReview, fx::LoadDiscovery, fx::MarkDiscoveryEntry>;

}  // namespace core
