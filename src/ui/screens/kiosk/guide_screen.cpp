// Kiosk 办事指南, the list: the catalog's service items as large buttons, two columns where the
// names fit, one where they do not (大字模式, a portrait display), turned page by page with
// 上一页 / 下一页. No card is needed and nothing personal is shown.
#include <algorithm>
#include <cmath>
#include <string>

#include "ui/screens/screens.h"

namespace ui::screens {

namespace {

constexpr float kGapPx = 20;

struct Grid {
  int cols = 1;
  FontRole role = FontRole::Body;
  float button_h = 0;
};

// Two columns of heading-size names if they fit, else smaller names, else one column.
Grid grid_for(UiContext& ui, const core::ServiceCatalog& cat, float width) {
  const Theme& t = ui.theme;
  const float pad = t.px(Theme::kPaddingPx), gap = t.px(kGapPx);
  Grid g;
  for (Grid cand : {Grid{2, FontRole::Heading}, Grid{2, FontRole::Body}, Grid{1, FontRole::Heading},
                    Grid{1, FontRole::Body}, Grid{1, FontRole::Small}}) {
    g = cand;
    const float bw = (width - gap * static_cast<float>(g.cols - 1)) / static_cast<float>(g.cols);
    float widest = 0, tallest = 0;
    for (const auto& item : cat.items) {
      const widgets::Vec2 sz = widgets::measure(ui, g.role, item.name);
      widest = std::max(widest, sz.x);
      tallest = std::max(tallest, sz.y);
    }
    g.button_h = std::max(t.px(Theme::kTouchTargetPx), tallest + 2 * t.px(14));
    if (widest + 2 * pad <= bw) break;
  }
  return g;
}

}  // namespace

void draw_guide(const core::AppState& s, UiContext& ui, Area a) {
  using namespace widgets;
  const Theme& t = ui.theme;
  const float pad = t.px(Theme::kPaddingPx), gap = t.px(kGapPx);
  const Column c = content_column(ui, a);
  const std::string_view title = ui.tr("kiosk.guide.title"), pick = ui.tr("kiosk.guide.pick");
  auto lines_h = [&](FontRole role, std::string_view text) {
    return static_cast<float>(wrap_lines(ui, role, text, c.x1 - c.x0).size()) * measure(ui, role, "A").y;
  };
  if (!s.guide_catalog) {
    float y = a.y0 + pad;
    y += centered_lines(ui, FontRole::Title, title, c.x0, c.x1, y, t.ink) + pad;
    centered_lines(ui, FontRole::Heading, ui.tr("kiosk.guide.loading"), c.x0, c.x1, y, t.ink);
    return;
  }
  const core::ServiceCatalog& cat = *s.guide_catalog;
  const Grid g = grid_for(ui, cat, c.x1 - c.x0);
  float bar_gap = gap, chosen_gap = gap;
  const float stride = g.button_h + gap;
  // The heading above the buttons: the title and the line under it, or the title alone when that
  // line would cost a row of buttons, or a smaller title on a short screen (大字模式 at 1280x800).
  // At the last, on a very short screen, the buttons alone (the visit bar still says where one is).
  struct Head {
    FontRole role;
    bool pick;
    float top;
    bool title = true;
  };
  Head head{FontRole::Title, true, pad};
  int rows_per_page = -1;
  int tried = 0;
  for (Head cand : {Head{FontRole::Title, true, pad}, Head{FontRole::Title, false, pad},
                    Head{FontRole::Heading, false, gap}, Head{FontRole::Heading, false, gap, false},
                    Head{FontRole::Heading, false, 0, false}}) {
    // The first two compete (the line under the title goes only when that gains a row); the
    // smaller ones are for a screen where not even one row fits, the last with a narrower page bar.
    if (tried++ >= 2 && rows_per_page >= 1) break;
    if (tried == 5) bar_gap = t.px(6);
    const float bar_h = t.px(Theme::kTouchTargetPx) + 2 * bar_gap;
    const float head_h = cand.top + (cand.title ? lines_h(cand.role, title) : 0) +
                         (cand.pick ? t.px(8) + lines_h(FontRole::Body, pick) : 0) + gap;
    const int fit = static_cast<int>(std::floor((a.h() - bar_h - head_h + gap) / stride));
    if (fit > rows_per_page || (tried > 2 && fit >= rows_per_page)) {
      chosen_gap = bar_gap;
      rows_per_page = fit;
      head = cand;
    }
  }
  rows_per_page = std::max(1, rows_per_page);
  bar_gap = chosen_gap;
  const float bar_h = t.px(Theme::kTouchTargetPx) + 2 * bar_gap;
  float y = a.y0 + head.top;
  if (head.title) y += centered_lines(ui, head.role, title, c.x0, c.x1, y, t.ink);
  if (head.pick) y += t.px(8) + centered_lines(ui, FontRole::Body, pick, c.x0, c.x1, y + t.px(8), t.ink_muted);
  y += gap;
  const int rows = (static_cast<int>(cat.items.size()) + g.cols - 1) / g.cols;
  const int pages = std::max(1, (rows + rows_per_page - 1) / rows_per_page);
  // The scroll offset counts rows of buttons; a page starts at a whole page of rows.
  const int first_row = static_cast<int>(std::lround(s.kiosk.scroll_px / stride));
  const int page = std::clamp(first_row / rows_per_page, 0, pages - 1);

  const float bw = (c.x1 - c.x0 - gap * static_cast<float>(g.cols - 1)) / static_cast<float>(g.cols);
  for (int r = 0; r < rows_per_page; ++r) {
    for (int col = 0; col < g.cols; ++col) {
      const std::size_t i = static_cast<std::size_t>((page * rows_per_page + r) * g.cols + col);
      if (i >= cat.items.size()) break;
      const auto& item = cat.items[i];
      const Vec2 pos{c.x0 + static_cast<float>(col) * (bw + gap), y + static_cast<float>(r) * stride};
      if (button_at(ui, item.name, pos, {bw, g.button_h}, g.role)) ui.emit(core::intent::OpenGuideItem{item.code});
    }
  }
  filled_rect({a.x0, a.y1 - bar_h}, {a.x1, a.y1 - bar_h + t.px(2)}, t.card_edge);
  PageTurn turn;
  turn.prev = page > 0;
  turn.next = page + 1 < pages;
  turn.prev_px = static_cast<float>((page - 1) * rows_per_page) * stride;
  turn.next_px = static_cast<float>((page + 1) * rows_per_page) * stride;
  page_buttons(ui, turn, {a.x0 + pad, a.y1 - bar_h + bar_gap, a.x1 - pad, a.y1 - bar_gap});
}

}  // namespace ui::screens
