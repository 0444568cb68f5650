#pragma once
// 好差评 (issue 22): the five levels as large buttons, the reasons after the two lowest, 跳过, and
// the thanks once given. One widget for every place a resident rates — the kiosk after a visit, the
// counter's resident-facing window, or the counter's screen turned toward the resident — drawn
// from the state's RatingPanel; it emits intent::RateLevel / RateReason / SkipRating. The words are
// the catalog's (rating.*); the chosen level is marked with a tick and named, never by colour alone.
#include <optional>

#include "core/rating/rating_panel.h"
#include "ui/widgets/widgets.h"

namespace ui::widgets {

struct RatingPanelLook {
  FontRole title = FontRole::Title;  // 请您评价本次服务
  FontRole buttons = FontRole::Heading;
  int seconds_left = -1;  // ≥ 0: 「N 秒后自动跳过」 under the buttons (the kiosk)
  bool skip = true;       // offer 跳过
  bool measure_only = false;  // draw nothing, emit nothing: only the height it would take
  bool compact = false;       // a short screen: no 「请告诉我们主要原因」 line, no seconds shown
};

// Draws the panel from the top of `a`; returns the height it took. Once 不满意 or 非常不满意 is
// chosen, the level buttons give way to the chosen level (in words, with a tick) and the reasons.
float rating_panel(UiContext& ui, const core::RatingPanel& panel, Area a, const RatingPanelLook& look);

struct FittedRatingPanel {
  RatingPanelLook look;
  float height = 0;
};
// `look` with the largest title and button sizes whose panel fits the height of `a` (one step
// smaller at a time, then compact), and the height it takes; nullopt when even the smallest does
// not fit — a panel that cannot be drawn whole is not drawn (a button cut off would be a trap).
std::optional<FittedRatingPanel> fit_rating_panel(UiContext& ui, const core::RatingPanel& panel, Area a,
                                                  RatingPanelLook look);

}  // namespace ui::widgets
