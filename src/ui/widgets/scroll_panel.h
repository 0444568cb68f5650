#pragma once
// Long content in a fixed viewport, turned page by page with big 上一页 / 下一页 buttons (no
// dragging, no wheel: unsteady hands and touch screens). The content is laid out twice a frame:
// once to measure where each line starts and ends, once to draw it at the clamped offset. A text
// line is drawn only when it lies wholly inside the viewport, so no half-cut line is ever shown
// (and every drawn item sits inside the window); a page starts at the top of a line.
#include <functional>
#include <string_view>
#include <vector>

#include "ui/widgets/widgets.h"

namespace ui::widgets {

class ScrollPanel {
 public:
  ScrollPanel(UiContext& ui, Area view, float scroll_px, bool drawing);

  UiContext& ui;
  const Area view;  // screen rectangle shown
  float left() const { return view.x0; }
  float right() const { return view.x1; }

  // Content coordinates: x is the screen's, y counts from 0 at the top of the content.
  // Each returns the height it took.
  float text(FontRole role, std::string_view s, float x, float y, Rgb color);
  float text_wrapped(FontRole role, std::string_view s, float x, float y, float width, Rgb color);
  void rect(Area a, Rgb color, float rounding = 0);
  void outline(Area a, Rgb color, float thickness, float rounding = 0);
  void shape(Mark m, float x, float y, float size, Rgb color);
  // A mark that goes with a line of text (top y, height h): shown only when that line is.
  void shape_on_line(Mark m, float x, float y, float size, Rgb color, float line_top, float line_h);
  void line(Vec2 a, Vec2 b, Rgb color, float thickness);
  // Marks the content as reaching at least y (blank space after the last line counts too).
  void extend(float y);
  // Lines from here to end_group() belong together (a payment, a card): a page that would cut
  // them starts at `top` instead, when they fit on one page.
  void begin_group(float top) { group_top_ = top; }
  void end_group() { group_top_ = -1; }

  struct Line {
    float top, bottom;
    float group_top;  // the group's top, or -1
  };
  const std::vector<Line>& lines() const { return lines_; }
  float content_height() const { return height_; }
  float scroll() const { return scroll_; }

 private:
  float screen_y(float y) const { return view.y0 + y - scroll_; }
  bool fully_visible(float y, float h) const;
  float scroll_;
  bool drawing_;
  std::vector<Line> lines_;
  float height_ = 0;
  float group_top_ = -1;
};

// Where the pages before and after the shown one start, if there are any.
struct PageTurn {
  bool prev = false, next = false;
  float prev_px = 0, next_px = 0;
};

using PanelContent = std::function<void(ScrollPanel&)>;

// Lays `content` out in `view` scrolled by `scroll_px` (clamped to the last line's top), clipped to
// the view, and says where the neighbouring pages start.
PageTurn scroll_view(UiContext& ui, Area view, float scroll_px, const PanelContent& content);

// 上一页 at the left end and 下一页 at the right end of `row` (each only when there is such a
// page); a press asks to scroll there. Returns the buttons' width, for laying out the row.
float page_button_width(UiContext& ui);
void page_buttons(UiContext& ui, const PageTurn& turn, Area row);

}  // namespace ui::widgets
