#pragma once
// Charts drawn with ImGui's draw list in the terminal's style (flat bars, the theme's colours, its
// text sizes): grouped vertical bars per month, a line through monthly values, and a horizontal bar
// with its label before and its numbers after. Every number is written as text too — the bars
// only help the eye — so a chart is readable without telling colours apart.
#include <string>
#include <string_view>
#include <vector>

#include "ui/widgets/widgets.h"

namespace ui::widgets {

struct BarSeries {
  std::vector<double> values;  // one per group
  Rgb color;
};

// One group of bars per label (a month), one bar per series, on a baseline with the labels under
// it. Each bar's value is written above it when the group is wide enough for it.
void bar_chart(UiContext& ui, Area a, const std::vector<std::string>& labels, const std::vector<BarSeries>& series);

// A line through `values` (one per label) with a dot at each point, the labels under the
// baseline, `value_texts` (one per point, "" for none) above the points that have room.
void line_chart(UiContext& ui, Area a, const std::vector<std::string>& labels, const std::vector<double>& values,
                const std::vector<std::string>& value_texts, Rgb color);

// `label` in the first `label_w` of `row`, a bar as long as value / max of the room left after
// `after`'s width, and `after` at its end.
void hbar_row(UiContext& ui, Area row, std::string_view label, float label_w, double value, double max,
              std::string_view after, Rgb color);

}  // namespace ui::widgets
