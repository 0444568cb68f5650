// What every kiosk visit screen shares: 返回首页 and 大字模式 along the top, the idle countdown,
// paged long content, the readable column.
#include <algorithm>
#include <string>

#include "core/text/i18n.h"
#include "ui/screens/screens.h"

namespace ui::screens {

namespace {
// Wider lines are hard to follow from one end to the other.
constexpr float kReadableWidthPx = 1400;
constexpr float kBarGapPx = 16;
}  // namespace

Column content_column(const UiContext& ui, Area a) {
  const Theme& t = ui.theme;
  const float pad = t.px(Theme::kPaddingPx);
  const float w = std::min(a.w() - 2 * pad, t.px(kReadableWidthPx));
  const float x0 = a.x0 + (a.w() - w) / 2;
  return {x0, x0 + w};
}

float centered_lines(UiContext& ui, FontRole role, std::string_view s, float x0, float x1, float y, Rgb color) {
  using namespace widgets;
  float h = 0;
  for (const std::string& line : wrap_lines(ui, role, s, x1 - x0)) h += text_centered(ui, role, line, x0, x1, y + h, color);
  return h;
}

void draw_visit_bar(const core::AppState& s, UiContext& ui, Area band) {
  using namespace widgets;
  const Theme& t = ui.theme;
  filled_rect({band.x0, band.y0}, {band.x1, band.y1}, t.header);
  const float pad = t.px(Theme::kPaddingPx);
  const float h = t.px(Theme::kTouchTargetPx);
  const float y = band.y0 + (band.h() - h) / 2;

  // Buttons on the blue band: white with blue words, so they stand out from it.
  const std::string_view home = ui.tr("kiosk.home");
  const float hw = measure(ui, FontRole::Body, home).x + 2 * pad;
  if (button_at(ui, home, {band.x0 + pad, y}, {hw, h}, FontRole::Body, ButtonStyle::OnBand))
    ui.emit(core::intent::EndVisit{});

  // 大字模式 with a check box inside: ticked while it is on (the tick, not a colour, says so).
  const std::string_view large = ui.tr("kiosk.large_text");
  const float box = measure(ui, FontRole::Body, "A").y * 0.7f;
  const float lw = measure(ui, FontRole::Body, large).x + 2 * pad + box + t.px(16);
  const float bx = band.x1 - pad - lw;
  if (button_at(ui, large, {bx, y}, {lw, h}, FontRole::Body, ButtonStyle::OnBand, box + t.px(16)))
    ui.emit(core::intent::ToggleLargeText{});
  const Vec2 box_min{bx + pad, y + (h - box) / 2};
  outlined_rect(box_min, {box_min.x + box, box_min.y + box}, t.header, t.px(3), t.px(4));
  if (s.kiosk.large_text) mark(Mark::Tick, box_min, box, t.header);

  // The time between them, where there is room.
  const std::string when = s.now.hh_mm();
  const Vec2 sz = measure(ui, FontRole::Heading, when);
  const float gap_l = band.x0 + pad + hw, gap_r = bx - t.px(8);
  if (gap_l + pad + sz.x + pad <= gap_r)
    text_at(ui, FontRole::Heading, when, {(gap_l + gap_r - sz.x) / 2, band.y0 + (band.h() - sz.y) / 2}, t.header_ink);
}

void draw_idle_countdown(const core::AppState& s, UiContext& ui, Area a) {
  using namespace widgets;
  const Theme& t = ui.theme;
  const Column c = content_column(ui, a);
  const std::string line = core::format(ui.tr("kiosk.countdown"), {std::to_string(s.kiosk.countdown_s)});
  const std::string_view more = ui.tr("kiosk.continue");
  // The largest sizes that fit across and down (a short screen in 大字模式 steps down).
  struct Sizes {
    FontRole line, button;
  };
  Sizes z{FontRole::Display, FontRole::Heading};
  float bh = 0, bw = 0, gap = 0, text_h = 0, box_pad = 0, total = 0;
  for (Sizes cand : {Sizes{FontRole::Display, FontRole::Heading}, Sizes{FontRole::Title, FontRole::Heading},
                     Sizes{FontRole::Heading, FontRole::Body}, Sizes{FontRole::Body, FontRole::Body}}) {
    z = cand;
    const bool roomy = z.line == FontRole::Display;
    bh = std::max(t.px(Theme::kTouchTargetPx), measure(ui, z.button, more).y + t.px(24));
    bw = measure(ui, z.button, more).x + 4 * t.px(Theme::kPaddingPx);
    gap = t.px(roomy ? 48 : 24);
    box_pad = t.px(roomy ? 48 : 20);
    text_h = measure(ui, z.line, line).y;
    total = text_h + gap + bh;
    if (measure(ui, z.line, line).x <= c.x1 - c.x0 && total + 2 * box_pad <= a.h()) break;
  }
  const FontRole big = z.line;
  const float y = a.y0 + std::max(box_pad, (a.h() - total) / 2);
  filled_rect({c.x0, y - box_pad}, {c.x1, std::min(a.y1, y + total + box_pad)}, t.card, t.px(24));
  outlined_rect({c.x0, y - box_pad}, {c.x1, std::min(a.y1, y + total + box_pad)}, t.header, t.px(4), t.px(24));
  text_centered(ui, big, line, c.x0, c.x1, y, t.ink);
  if (button_at(ui, more, {(c.x0 + c.x1 - bw) / 2, y + text_h + gap}, {bw, bh}, z.button))
    ui.emit(core::intent::ContinueViewing{});
}

void draw_paged(const core::AppState& s, UiContext& ui, Area a, const widgets::PanelContent& content) {
  using namespace widgets;
  const Theme& t = ui.theme;
  const float pad = t.px(Theme::kPaddingPx), gap = t.px(kBarGapPx);
  const float bar_h = t.px(Theme::kTouchTargetPx) + 2 * gap;
  const Area view{a.x0, a.y0, a.x1, a.y1 - bar_h};
  const PageTurn turn = scroll_view(ui, view, s.kiosk.scroll_px, content);
  page_buttons(ui, turn, {a.x0 + pad, view.y1, a.x1 - pad, a.y1});
}

}  // namespace ui::screens
