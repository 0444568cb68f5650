#include "core/rating/rating_flow.h"

#include <cstdio>

#include "core/kiosk/kiosk_flow.h"

namespace core::rating {

namespace {

std::string kiosk_visit_key(const AppState& s, std::uint64_t visit) {
  char stamp[32];
  std::snprintf(stamp, sizeof stamp, "%04d%02d%02d%02d%02d%02d", s.now.year, s.now.month, s.now.day, s.now.hour,
                s.now.minute, s.now.second);
  char terminal[8];
  std::snprintf(terminal, sizeof terminal, "%02d", s.hall.terminal_number);
  return "kiosk:" + s.hall.code + "-" + terminal + ":" + stamp + "-" + std::to_string(visit);
}

Effects give(AppState& s, int level, std::optional<std::string> reason) {
  RatingPanel& p = s.rating;
  Rating r;
  r.visit_key = p.visit_key;
  r.rated_at = s.now.iso_datetime();
  r.channel = p.channel;
  r.level = level;
  r.reason = std::move(reason);
  r.item_code = p.item_code;
  r.acceptance_no = p.acceptance_no;
  r.hall_code = s.hall.code;
  r.terminal = s.hall.terminal_number;
  r.staff_no = p.staff_no;
  p.rated = true;
  p.level = 0;
  p.level_given = level;
  touch(s);
  Effects out{fx::SaveRating{std::move(r)}};
  if (p.channel == RatingChannel::Kiosk) kiosk::rating_done(s, /*given=*/true);
  return out;
}

bool accepting(const AppState& s) {
  if (!s.rating.open || s.rating.rated) return false;
  if (s.rating.channel == RatingChannel::Kiosk) return s.mode == Mode::Kiosk && s.screen == ScreenId::KioskRating;
  return s.mode == Mode::Counter && s.screen == ScreenId::CounterAccepted;
}

}  // namespace

void offer_at_kiosk(AppState& s, std::uint64_t visit, std::optional<std::string> acceptance_no,
                    std::optional<std::string> item_code) {
  RatingPanel p;
  p.open = true;
  p.channel = RatingChannel::Kiosk;
  p.visit_key = kiosk_visit_key(s, visit);
  p.acceptance_no = std::move(acceptance_no);
  p.item_code = std::move(item_code);
  p.shown_at = s.now;
  s.rating = std::move(p);
  touch(s);
}

void offer_at_counter(AppState& s, const std::string& acceptance_no, const std::string& item_code,
                      const std::string& staff_no) {
  RatingPanel p;
  p.open = true;
  p.channel = RatingChannel::Counter;
  p.visit_key = "application:" + acceptance_no;
  p.acceptance_no = acceptance_no;
  if (!item_code.empty()) p.item_code = item_code;
  if (!staff_no.empty()) p.staff_no = staff_no;
  p.shown_at = s.now;
  s.rating = std::move(p);
  touch(s);
}

void close(AppState& s) {
  if (!s.rating.open) return;
  s.rating = RatingPanel{};
  touch(s);
}

int seconds_left(const AppState& s) {
  if (!s.rating.open) return -1;
  const long left = s.rating_timeout_s - (seconds_of(s.now) - seconds_of(s.rating.shown_at));
  return left > 0 ? static_cast<int>(left) : 0;
}

Effects on(AppState& s, const intent::RateLevel& e) {
  if (!accepting(s) || e.level < kWorstRating || e.level > kBestRating) return {};
  s.rating.shown_at = s.now;  // a tap: the resident is there, the skip counts from here
  if (!rating_needs_reason(e.level)) return give(s, e.level, std::nullopt);
  s.rating.level = e.level;  // the reasons are asked next
  touch(s);
  return {};
}

Effects on(AppState& s, const intent::RateReason& e) {
  if (!accepting(s) || !rating_needs_reason(s.rating.level) || !is_rating_reason(e.code)) return {};
  return give(s, s.rating.level, e.code);
}

Effects on(AppState& s, const intent::SkipRating&) {
  if (!accepting(s)) return {};
  if (s.rating.channel == RatingChannel::Kiosk) {
    kiosk::rating_done(s, /*given=*/false);
    return {};
  }
  close(s);
  return {};
}

}  // namespace core::rating
