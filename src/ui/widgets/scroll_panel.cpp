#include "ui/widgets/scroll_panel.h"

#include <algorithm>
#include <map>
#include <imgui.h>

namespace ui::widgets {

namespace {
ImU32 col(Rgb c) { return IM_COL32(c.r, c.g, c.b, 255); }
constexpr int kBackground = 0, kForeground = 1;
}  // namespace

ScrollPanel::ScrollPanel(UiContext& ctx, Area v, float scroll_px, bool drawing)
    : ui(ctx), view(v), scroll_(scroll_px), drawing_(drawing) {}

bool ScrollPanel::fully_visible(float y, float h) const {
  const float top = screen_y(y);
  return top >= view.y0 - 0.5f && top + h <= view.y1 + 0.5f;
}

void ScrollPanel::extend(float y) { height_ = std::max(height_, y); }

float ScrollPanel::text(FontRole role, std::string_view s, float x, float y, Rgb color) {
  const Vec2 sz = measure(ui, role, s);
  lines_.push_back({y, y + sz.y, group_top_});
  extend(y + sz.y);
  if (drawing_ && fully_visible(y, sz.y)) text_at(ui, role, s, {x, screen_y(y)}, color);
  return sz.y;
}

float ScrollPanel::text_wrapped(FontRole role, std::string_view s, float x, float y, float width, Rgb color) {
  float h = 0;
  for (const std::string& line : wrap_lines(ui, role, s, width)) h += text(role, line, x, y + h, color);
  return h;
}

// Backgrounds go to a layer below the text, so a card's box can be drawn once its height is known.
void ScrollPanel::rect(Area a, Rgb color, float rounding) {
  extend(a.y1);
  if (!drawing_) return;
  auto* dl = ImGui::GetWindowDrawList();
  dl->ChannelsSetCurrent(kBackground);
  filled_rect({a.x0, screen_y(a.y0)}, {a.x1, screen_y(a.y1)}, color, rounding);
  dl->ChannelsSetCurrent(kForeground);
}

void ScrollPanel::outline(Area a, Rgb color, float thickness, float rounding) {
  extend(a.y1);
  if (!drawing_) return;
  auto* dl = ImGui::GetWindowDrawList();
  dl->ChannelsSetCurrent(kBackground);
  outlined_rect({a.x0, screen_y(a.y0)}, {a.x1, screen_y(a.y1)}, color, thickness, rounding);
  dl->ChannelsSetCurrent(kForeground);
}

void ScrollPanel::shape(Mark m, float x, float y, float size, Rgb color) {
  extend(y + size);
  // A mark belongs to a line of text: shown with it, never cut in half.
  if (drawing_ && fully_visible(y, size)) mark(m, {x, screen_y(y)}, size, color);
}

void ScrollPanel::shape_on_line(Mark m, float x, float y, float size, Rgb color, float line_top, float line_h) {
  extend(y + size);
  if (drawing_ && fully_visible(line_top, line_h)) mark(m, {x, screen_y(y)}, size, color);
}

void ScrollPanel::line(Vec2 a, Vec2 b, Rgb color, float thickness) {
  extend(std::max(a.y, b.y));
  if (drawing_)
    ImGui::GetWindowDrawList()->AddLine(ImVec2(a.x, screen_y(a.y)), ImVec2(b.x, screen_y(b.y)), col(color),
                                        thickness);
}

PageTurn scroll_view(UiContext& ui, Area view, float scroll_px, const PanelContent& content) {
  ScrollPanel measured(ui, view, 0, false);
  content(measured);
  const auto& lines = measured.lines();
  // The furthest one can scroll: the top of the last line (pages start at line tops).
  float last_top = 0;
  for (const auto& l : lines) last_top = std::max(last_top, l.top);
  const float scroll = std::clamp(scroll_px, 0.0f, last_top);

  auto* dl = ImGui::GetWindowDrawList();
  dl->PushClipRect(ImVec2(view.x0, view.y0), ImVec2(view.x1, view.y1), true);
  dl->ChannelsSplit(2);
  dl->ChannelsSetCurrent(kForeground);
  ScrollPanel shown(ui, view, scroll, true);
  content(shown);
  dl->ChannelsMerge();
  dl->PopClipRect();

  PageTurn t;
  const float page = view.h();
  const float bottom = scroll + page;
  // Where each group ends, to know whether it fits on one page.
  std::map<float, float> group_bottom;
  for (const auto& l : lines)
    if (l.group_top >= 0) group_bottom[l.group_top] = std::max(group_bottom[l.group_top], l.bottom);
  // Next page: the first line not wholly shown below, or the top of its group.
  for (const auto& l : lines)
    if (l.bottom > bottom + 0.5f && l.top > scroll + 0.5f) {
      float at = l.top;
      if (l.group_top > scroll + 0.5f && group_bottom[l.group_top] - l.group_top <= page) at = l.group_top;
      t.next_px = t.next ? std::min(t.next_px, at) : at;
      t.next = true;
    }
  // A line taller than the page (never expected) still lets the reader move on.
  if (!t.next && measured.content_height() > bottom + 0.5f && scroll < last_top) {
    t.next = true;
    t.next_px = std::min(bottom, last_top);
  }
  // Previous page: the earliest line top from which everything up to here fits on one page.
  if (scroll > 0.5f) {
    t.prev = true;
    const float target = scroll - page;
    if (target <= 0.5f) {
      t.prev_px = 0;
    } else {
      t.prev_px = target;
      bool found = false;
      for (const auto& l : lines)
        if (l.top >= target - 0.5f && l.top < scroll - 0.5f && (!found || l.top < t.prev_px)) {
          t.prev_px = l.top;
          found = true;
        }
    }
  }
  return t;
}

float page_button_width(UiContext& ui) {
  const float pad = ui.theme.px(Theme::kPaddingPx);
  return std::max(measure(ui, FontRole::Body, ui.tr("kiosk.page_prev")).x,
                  measure(ui, FontRole::Body, ui.tr("kiosk.page_next")).x) +
         2 * pad;
}

void page_buttons(UiContext& ui, const PageTurn& turn, Area row) {
  const float w = page_button_width(ui);
  const float h = ui.theme.px(Theme::kTouchTargetPx);
  const float y = row.y0 + (row.h() - h) / 2;
  if (turn.prev && button_at(ui, ui.tr("kiosk.page_prev"), {row.x0, y}, {w, h}))
    ui.emit(core::intent::ScrollTo{turn.prev_px});
  if (turn.next && button_at(ui, ui.tr("kiosk.page_next"), {row.x1 - w, y}, {w, h}))
    ui.emit(core::intent::ScrollTo{turn.next_px});
}

}  // namespace ui::widgets
