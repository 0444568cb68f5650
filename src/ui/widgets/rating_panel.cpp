#include "ui/widgets/rating_panel.h"

#include <algorithm>
#include <string>

#include "core/text/i18n.h"

namespace ui::widgets {

namespace {

// Lays out `n` buttons of equal width in as many rows as the width needs; returns the height used.
template <class Label, class Pressed>
float button_grid(UiContext& ui, Area a, float y, int n, FontRole role, bool dry, bool tight, Label label,
                  Pressed pressed) {
  const Theme& t = ui.theme;
  const float gap = t.px(16);
  float widest = 0;
  for (int i = 0; i < n; ++i) widest = std::max(widest, measure(ui, role, label(i)).x);
  const float min_w = widest + t.px(tight ? 16 : 40);
  const int cols = std::clamp(static_cast<int>((a.w() + gap) / (min_w + gap)), 1, n);
  const float w = (a.w() - gap * static_cast<float>(cols - 1)) / static_cast<float>(cols);
  const float h = std::max(t.px(Theme::kTouchTargetPx), measure(ui, role, label(0)).y + t.px(28));
  const int rows = (n + cols - 1) / cols;
  for (int i = 0; i < n; ++i) {
    const float x = a.x0 + static_cast<float>(i % cols) * (w + gap);
    const float top = y + static_cast<float>(i / cols) * (h + gap);
    if (!dry && button_at(ui, label(i), {x, top}, {w, h}, role)) pressed(i);
  }
  return static_cast<float>(rows) * h + static_cast<float>(rows - 1) * gap;
}

// Below the first row: the five levels, or the reasons for a low one. Returns the bottom.
float rest(UiContext& ui, Area a, float y, const RatingPanelLook& look, bool low) {
  const Theme& t = ui.theme;
  const bool dry = look.measure_only;
  if (!low) {
    // 非常满意 first, as the national 好差评 lists them.
    y += button_grid(
        ui, a, y, core::kRatingLevels, look.buttons, dry, look.compact,
        [&](int i) { return ui.tr(core::rating_level_key(core::kBestRating - i)); },
        [&](int i) { ui.emit(core::intent::RateLevel{core::kBestRating - i}); });
    return y;
  }
  if (!look.compact) {
    const std::string_view ask = ui.tr("rating.reason_prompt");
    if (!dry) text_at(ui, look.buttons, ask, {a.x0, y}, t.ink);
    y += measure(ui, look.buttons, ask).y + t.px(12);
  }
  y += button_grid(
      ui, a, y, static_cast<int>(core::kRatingReasons.size()), look.buttons, dry, look.compact,
      [&](int i) { return ui.tr(core::rating_reason_key(core::kRatingReasons[static_cast<std::size_t>(i)])); },
      [&](int i) { ui.emit(core::intent::RateReason{std::string(core::kRatingReasons[static_cast<std::size_t>(i)])}); });
  return y;
}

}  // namespace

float rating_panel(UiContext& ui, const core::RatingPanel& p, Area a, const RatingPanelLook& look) {
  const Theme& t = ui.theme;
  const float gap = look.compact ? t.px(8) : t.px(20);
  const bool dry = look.measure_only;
  float y = a.y0;
  if (p.rated) {
    const std::string_view thanks = ui.tr("rating.thanks");
    const float size = measure(ui, look.title, thanks).y;
    const std::string given =
        core::format(ui.tr("rating.given"), {std::string(ui.tr(core::rating_level_key(p.level_given)))});
    if (!dry) {
      mark(Mark::Tick, {a.x0, y}, size, t.ok);
      text_at(ui, look.title, thanks, {a.x0 + size + t.px(16), y}, t.ok);
      text_at(ui, look.buttons, given, {a.x0, y + size + t.px(12)}, t.ink);
    }
    y += size + t.px(12);
    return y + measure(ui, look.buttons, given).y - a.y0;
  }
  const bool low = core::rating_needs_reason(p.level);
  // The first row: the question (or, once a low level is chosen, that level in words with a tick),
  // and 跳过 at the right with the seconds left before it.
  const std::string chosen =
      low ? core::format(ui.tr("rating.chosen"), {std::string(ui.tr(core::rating_level_key(p.level)))}) : std::string();
  const std::string_view head = low ? std::string_view(chosen) : ui.tr("rating.title");
  const FontRole head_role = low ? look.buttons : look.title;
  const float head_h = measure(ui, head_role, head).y;
  const float head_w = measure(ui, head_role, head).x + (low ? head_h + t.px(12) : 0);
  float row_h = head_h;
  if (look.skip) {
    const std::string_view skip = ui.tr("rating.skip");
    const float w = measure(ui, look.buttons, skip).x + t.px(64);
    const float h = std::max(t.px(Theme::kTouchTargetPx), measure(ui, look.buttons, skip).y + t.px(28));
    const std::string left =
        look.seconds_left >= 0 && !look.compact
            ? core::format(ui.tr("rating.auto_skip"), {std::to_string(look.seconds_left)})
            : "";  // a short screen keeps its rows for the buttons
    const Vec2 m = measure(ui, FontRole::Small, left.empty() ? std::string_view("0") : std::string_view(left));
    const float left_w = left.empty() ? 0 : m.x + t.px(16);
    // A narrow screen: 跳过 (and the seconds) go on a row of their own under the question.
    const bool stacked = head_w + t.px(24) + left_w + w > a.w();
    const float skip_y = stacked ? y + head_h + t.px(12) : y;
    const float skip_row = stacked ? h : std::max(head_h, h);
    row_h = stacked ? head_h + t.px(12) + h : skip_row;
    const float x = a.x1 - w;
    if (!dry && button_at(ui, skip, {x, skip_y + (skip_row - h) / 2}, {w, h}, look.buttons))
      ui.emit(core::intent::SkipRating{});
    if (!dry && !left.empty())
      text_at(ui, FontRole::Small, left, {x - left_w, skip_y + (skip_row - m.y) / 2}, t.ink_muted);
    if (stacked) {
      if (!dry) {
        float hx = a.x0;
        if (low) {
          mark(Mark::Tick, {hx, y}, head_h, t.ink);
          hx += head_h + t.px(12);
        }
        text_at(ui, head_role, head, {hx, y}, t.ink);
      }
      y = skip_y + h + gap;
      return rest(ui, a, y, look, low) - a.y0;
    }
  }
  if (!dry) {
    float x = a.x0;
    if (low) {
      mark(Mark::Tick, {x, y + (row_h - head_h) / 2}, head_h, t.ink);
      x += head_h + t.px(12);
    }
    text_at(ui, head_role, head, {x, y + (row_h - head_h) / 2}, t.ink);
  }
  y += row_h + gap;
  return rest(ui, a, y, look, low) - a.y0;
}

std::optional<FittedRatingPanel> fit_rating_panel(UiContext& ui, const core::RatingPanel& panel, Area a,
                                                  RatingPanelLook look) {
  const std::pair<FontRole, FontRole> sizes[] = {{FontRole::Title, FontRole::Heading},
                                                 {FontRole::Heading, FontRole::Body},
                                                 {FontRole::Body, FontRole::Body},
                                                 {FontRole::Body, FontRole::Small},
                                                 {FontRole::Small, FontRole::Small}};
  look.measure_only = true;
  // On a short screen in 大字模式, at last without the line asking for the reason (the chosen level
  // above the reasons says it) and with tighter gaps.
  for (bool compact : {false, true}) {
    for (const auto& [title, buttons] : sizes) {
      look.title = title;
      look.buttons = buttons;
      look.compact = compact;
      const float h = rating_panel(ui, panel, a, look);
      if (h <= a.h()) {
        look.measure_only = false;
        return FittedRatingPanel{look, h};
      }
    }
  }
  return std::nullopt;
}

}  // namespace ui::widgets
