#pragma once
// Review steps (审核步骤) the back office records for an application — 入户调查, 民主评议,
// 家庭经济状况核对 — and the fields each result holds. Defined in assets/catalog/items.toml
// ([[review_step]]), listed per item (review_steps = [...]): counties change them without a rebuild.
#include <map>
#include <string>
#include <vector>

#include "core/text/message.h"

namespace core {

enum class ReviewFieldKind {
  Date,    // YYYY-MM-DD, not after the day it is recorded
  Text,    // free text (findings, names)
  Count,   // a whole number 0..kMaxReviewCount (attendees, votes)
  Money,   // 元 with up to two decimals (income found)
  Choice,  // one of `choices` (符合 / 不符合 / 需说明)
};

struct ReviewField {
  std::string key;    // plain: lower-case letters, digits, _
  std::string label;  // 走访日期
  ReviewFieldKind kind = ReviewFieldKind::Text;
  std::string unit;   // Money and Count: 元/月, 人
  std::vector<std::string> choices;
  bool required = false;
};

struct ReviewStepDef {
  std::string code;  // home_visit
  std::string name;  // 入户调查
  std::vector<ReviewField> fields;
  // The field whose value is the day the step was done (its date on the timeline); empty: the day
  // it was recorded.
  std::string date_field;
};

inline constexpr long kMaxReviewCount = 99999;
inline constexpr std::size_t kMaxReviewTextChars = 1000;

using ReviewValues = std::map<std::string, std::string>;  // field key -> value as typed

// One sentence per problem (review.problem.*), the field's label first: a required field left
// empty, a date that is not a date or lies after `today`, a count or amount that is not one, a
// choice not offered, a key the step does not have.
std::vector<Message> review_problems(const ReviewStepDef& step, const ReviewValues& values, const std::string& today);

// The day the step was done: its date field's value, else `recorded_on`.
std::string review_done_on(const ReviewStepDef& step, const ReviewValues& values, const std::string& recorded_on);

}  // namespace core
