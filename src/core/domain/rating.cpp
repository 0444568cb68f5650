#include "core/domain/rating.h"

#include <algorithm>

namespace core {

std::string_view rating_channel_code(RatingChannel c) { return c == RatingChannel::Kiosk ? "kiosk" : "counter"; }

std::optional<RatingChannel> parse_rating_channel(std::string_view code) {
  if (code == "kiosk") return RatingChannel::Kiosk;
  if (code == "counter") return RatingChannel::Counter;
  return std::nullopt;
}

std::string rating_level_key(int level) { return "rating.level." + std::to_string(level); }

bool is_rating_reason(std::string_view code) {
  return std::find(kRatingReasons.begin(), kRatingReasons.end(), code) != kRatingReasons.end();
}

std::string rating_reason_key(std::string_view code) { return "rating.reason." + std::string(code); }

base::Status check_rating(const Rating& r) {
  if (r.level < kWorstRating || r.level > kBestRating)
    return base::Error{"rating level " + std::to_string(r.level) + " is not 1 to 5"};
  if (rating_needs_reason(r.level) && !r.reason)
    return base::Error{"rating level " + std::to_string(r.level) + " needs a reason"};
  if (!rating_needs_reason(r.level) && r.reason)
    return base::Error{"rating level " + std::to_string(r.level) + " takes no reason"};
  if (r.reason && !is_rating_reason(*r.reason)) return base::Error{"unknown rating reason \"" + *r.reason + "\""};
  if (r.visit_key.empty()) return base::Error{"a rating needs its visit or application"};
  if (r.rated_at.size() != 19) return base::Error{"rating time \"" + r.rated_at + "\" is not YYYY-MM-DD HH:MM:SS"};
  if (r.hall_code.empty()) return base::Error{"a rating needs its hall"};
  if (r.terminal < 1) return base::Error{"rating terminal " + std::to_string(r.terminal) + " is not a terminal number"};
  return base::ok();
}

}  // namespace core
