#include "ui/widgets/rating_panel.h"

#include <algorithm>
#include <string>

#include "core/text/i18n.h"

namespace ui::widgets {

namespace {

// Lays out `n` buttons of equal width in as many rows as the width needs; returns the height used.
template <class Label, class Pressed>
float button_grid(UiContext& ui, Area a, float y, int n, FontRole role, bool dry, Label label, Pressed pressed) {
  const Theme& t = ui.theme;
  const float gap = t.px(16);
  float widest = 0;
  for (int i = 0; i < n; ++i) widest = std::max(widest, measure(ui, role, label(i)).x);
  const float min_w = widest + t.px(40);
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

}  // namespace

float rating_panel(UiContext& ui, const core::RatingPanel& p, Area a, const RatingPanelLook& look) {
  const Theme& t = ui.theme;
  const float gap = t.px(20);
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
  float row_h = head_h;
  if (look.skip) {
    const std::string_view skip = ui.tr("rating.skip");
    const float w = measure(ui, look.buttons, skip).x + t.px(64);
    const float h = std::max(t.px(Theme::kTouchTargetPx), measure(ui, look.buttons, skip).y + t.px(28));
    row_h = std::max(row_h, h);
    const float x = a.x1 - w;
    if (!dry && button_at(ui, skip, {x, y + (row_h - h) / 2}, {w, h}, look.buttons)) ui.emit(core::intent::SkipRating{});
    if (!dry && look.seconds_left >= 0) {
      const std::string left = core::format(ui.tr("rating.auto_skip"), {std::to_string(look.seconds_left)});
      const Vec2 m = measure(ui, FontRole::Small, left);
      text_at(ui, FontRole::Small, left, {x - m.x - t.px(16), y + (row_h - m.y) / 2}, t.ink_muted);
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
  if (!low) {
    // 非常满意 first, as the national 好差评 lists them.
    y += button_grid(
        ui, a, y, core::kRatingLevels, look.buttons, dry,
        [&](int i) { return ui.tr(core::rating_level_key(core::kBestRating - i)); },
        [&](int i) { ui.emit(core::intent::RateLevel{core::kBestRating - i}); });
    return y - a.y0;
  }
  const std::string_view ask = ui.tr("rating.reason_prompt");
  if (!dry) text_at(ui, look.buttons, ask, {a.x0, y}, t.ink);
  y += measure(ui, look.buttons, ask).y + t.px(12);
  y += button_grid(
      ui, a, y, static_cast<int>(core::kRatingReasons.size()), look.buttons, dry,
      [&](int i) { return ui.tr(core::rating_reason_key(core::kRatingReasons[static_cast<std::size_t>(i)])); },
      [&](int i) { ui.emit(core::intent::RateReason{std::string(core::kRatingReasons[static_cast<std::size_t>(i)])}); });
  return y - a.y0;
}

}  // namespace ui::widgets
