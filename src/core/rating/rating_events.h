#pragma once
// 好差评's intents and effect (core/rating/rating_flow.h answers them in kiosk and counter mode).
#include "core/domain/rating.h"
#include "core/type_list.h"

namespace core {

namespace intent {
// A tap on one of the five levels (5 非常满意 … 1 非常不满意). Levels 3 to 5 are given at once; 1 and 2
// wait for a reason.
struct RateLevel {
  int level = 0;
};
// A tap on a reason (a kRatingReasons code) after level 1 or 2: the rating is given.
struct RateReason {
  std::string code;
};
// 跳过 / 不评价: the panel closes with nothing stored.
struct SkipRating {};
}  // namespace intent

namespace fx {
// Store one rating (a duplicate for the same visit or application is ignored by the store).
struct SaveRating {
  Rating rating;
};
}  // namespace fx

using RatingEvents = TypeList<intent::RateLevel, intent::RateReason, intent::SkipRating>;
using RatingEffects = TypeList<fx::SaveRating>;

}  // namespace core
