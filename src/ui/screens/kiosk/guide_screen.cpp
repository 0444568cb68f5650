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
  float y = a.y0 + pad;
  y += centered_lines(ui, FontRole::Title, ui.tr("kiosk.guide.title"), c.x0, c.x1, y, t.ink) + t.px(8);
  const std::string_view pick = ui.tr("kiosk.guide.pick");
  if (!s.guide_catalog) {
    y += centered_lines(ui, FontRole::Body, pick, c.x0, c.x1, y, t.ink_muted) + pad;
    centered_lines(ui, FontRole::Heading, ui.tr("kiosk.guide.loading"), c.x0, c.x1, y + pad, t.ink);
    return;
  }
  const core::ServiceCatalog& cat = *s.guide_catalog;
  const Grid g = grid_for(ui, cat, c.x1 - c.x0);
  const float bar_h = t.px(Theme::kTouchTargetPx) + 2 * gap;
  const float stride = g.button_h + gap;
  auto rows_in = [&](float room) { return std::max(1, static_cast<int>(std::floor((room + gap) / stride))); };
  // The line under the title gives way when it would cost a row of buttons (大字模式 on a short screen).
  const float pick_h = widgets::measure(ui, FontRole::Body, pick).y + t.px(8);
  const bool with_pick = rows_in(a.y1 - bar_h - y - pick_h - gap) >= rows_in(a.y1 - bar_h - y - gap);
  if (with_pick) y += centered_lines(ui, FontRole::Body, pick, c.x0, c.x1, y, t.ink_muted) + t.px(8);
  y += gap;
  const int rows_per_page = rows_in(a.y1 - bar_h - y);
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
  page_buttons(ui, turn, {a.x0 + pad, a.y1 - bar_h + gap, a.x1 - pad, a.y1 - gap});
}

}  // namespace ui::screens
