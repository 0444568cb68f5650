#pragma once
// The 好差评 panel as AppState holds it (issue 22): offered to the resident at the kiosk after a
// visit and on the counter's screen after an intake. It holds what the rating will be stored with —
// never anything personal.
#include <optional>
#include <string>

#include "core/domain/civil_time.h"
#include "core/domain/rating.h"

namespace core {

struct RatingPanel {
  bool open = false;  // offered now
  RatingChannel channel = RatingChannel::Kiosk;
  std::string visit_key;  // one rating per visit or application (core::Rating::visit_key)
  std::optional<std::string> item_code, acceptance_no, staff_no;
  CivilTime shown_at;     // kiosk: the panel is skipped kRatingTimeout seconds after this (or the last tap)
  int level = 0;          // 0: none chosen yet; 1 or 2: waiting for the reason
  bool rated = false;     // given (and sent to the store): the panel thanks and takes no more
  int level_given = 0;    // what was given, for the thanks line

  bool operator==(const RatingPanel&) const = default;
};

}  // namespace core
