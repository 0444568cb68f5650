#pragma once
// 好差评 as a small state machine over AppState::rating (issue 22). The kiosk offers the panel when a
// visit ends by the resident's own hand (返回首页, the card taken away) and skips it by itself after
// AppState::rating_timeout_s; the counter offers it on 已受理 for the application just accepted, one
// rating per application. A given rating becomes fx::SaveRating, stored off the UI thread.
#include "core/app_state.h"
#include "core/effect.h"
#include "core/event.h"

namespace core::rating {

// Opens the panel for a kiosk visit that just ended (the visit's own data are already dropped).
// `acceptance_no`/`item_code`: the slip the visit showed, if any.
void offer_at_kiosk(AppState& s, std::uint64_t visit, std::optional<std::string> acceptance_no,
                    std::optional<std::string> item_code);
// Opens the panel for the application just accepted at this counter.
void offer_at_counter(AppState& s, const std::string& acceptance_no, const std::string& item_code,
                      const std::string& staff_no);
void close(AppState& s);
// The kiosk panel's seconds left before it is skipped (0 once passed; -1 when not open).
int seconds_left(const AppState& s);

Effects on(AppState& s, const intent::RateLevel& e);
Effects on(AppState& s, const intent::RateReason& e);
Effects on(AppState& s, const intent::SkipRating& e);

}  // namespace core::rating
