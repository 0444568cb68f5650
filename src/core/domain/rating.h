#pragma once
// 好差评 (issue 22): a resident's rating of one visit at the kiosk or one application at the
// counter. Five levels, 非常满意 (5) down to 非常不满意 (1); the two lowest carry a reason from a short
// list (its words are in the i18n catalog under rating.reason.<code>). No personal data: the rating
// names the item, the acceptance number, the window and the staff member, never the resident.
#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "base/result.h"

namespace core {

enum class RatingChannel { Kiosk, Counter };
std::string_view rating_channel_code(RatingChannel c);  // "kiosk", "counter"
std::optional<RatingChannel> parse_rating_channel(std::string_view code);

inline constexpr int kRatingLevels = 5;
inline constexpr int kBestRating = 5;   // 非常满意
inline constexpr int kWorstRating = 1;  // 非常不满意
// Levels at or below this ask for a reason (不满意, 非常不满意).
inline constexpr int kRatingNeedsReasonAtMost = 2;
inline bool rating_needs_reason(int level) { return level >= kWorstRating && level <= kRatingNeedsReasonAtMost; }
// i18n key of a level's words: rating.level.5 … rating.level.1.
std::string rating_level_key(int level);

// The reasons offered for the two lowest levels, in the order shown.
inline constexpr std::array<std::string_view, 5> kRatingReasons = {"waiting", "attitude", "materials_unclear",
                                                                   "slow", "other"};
bool is_rating_reason(std::string_view code);
std::string rating_reason_key(std::string_view code);  // rating.reason.<code>

struct Rating {
  // One rating per visit or application: "application:<acceptance no>" at the counter,
  // "kiosk:<hall>-<terminal>:<YYYYMMDDHHMMSS>-<visit>" at the kiosk.
  std::string visit_key;
  std::string rated_at;  // local YYYY-MM-DD HH:MM:SS
  RatingChannel channel = RatingChannel::Kiosk;
  int level = kBestRating;
  std::optional<std::string> reason;         // a kRatingReasons code, for the two lowest only
  std::optional<std::string> item_code;      // catalog item; none for a kiosk visit without one
  std::optional<std::string> acceptance_no;  // the application rated (or the slip the kiosk showed)
  std::string hall_code;
  int terminal = 1;                          // the kiosk's or the window's terminal number
  std::optional<std::string> staff_no;       // counter: who served

  bool operator==(const Rating&) const = default;
};

// What a stored rating must satisfy (the store checks it before writing): a level 1..5, a known
// reason exactly when the level asks for one, a key, a time, a hall.
base::Status check_rating(const Rating& r);

// Per level, index 0 = level 1 (非常不满意) … index 4 = level 5 (非常满意).
using RatingLevelCounts = std::array<int, kRatingLevels>;

}  // namespace core
