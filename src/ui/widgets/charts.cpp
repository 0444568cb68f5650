#include "ui/widgets/charts.h"

#include <algorithm>
#include <cmath>
#include <imgui.h>

namespace ui::widgets {

namespace {

ImU32 col(Rgb c) { return IM_COL32(c.r, c.g, c.b, 255); }

double largest(const std::vector<double>& v) {
  double m = 0;
  for (double x : v) m = std::max(m, x);
  return m;
}

// The labels under the baseline, centred on each slot; every other one when they would touch.
void axis_labels(UiContext& ui, float x0, float slot, float y, const std::vector<std::string>& labels) {
  const Theme& t = ui.theme;
  float widest = 0;
  for (const auto& l : labels) widest = std::max(widest, measure(ui, FontRole::Small, l).x);
  const std::size_t step = widest + t.px(8) > slot ? static_cast<std::size_t>(std::ceil((widest + t.px(8)) / slot)) : 1;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    // The last label always shows (the month asked about); the others every `step`.
    if ((labels.size() - 1 - i) % step != 0) continue;
    const float cx = x0 + slot * (static_cast<float>(i) + 0.5f);
    text_centered(ui, FontRole::Small, labels[i], cx - slot * static_cast<float>(step) / 2, cx + slot * static_cast<float>(step) / 2,
                  y, t.ink_muted);
  }
}

}  // namespace

void bar_chart(UiContext& ui, Area a, const std::vector<std::string>& labels, const std::vector<BarSeries>& series) {
  const Theme& t = ui.theme;
  if (labels.empty() || series.empty()) return;
  const float line_h = measure(ui, FontRole::Small, "0").y;
  const float base = a.y1 - line_h - t.px(6), top = a.y0 + line_h + t.px(4);
  const float slot = a.w() / static_cast<float>(labels.size());
  const float gap = std::max(t.px(4), slot * 0.18f);
  const float bar_w = (slot - gap) / static_cast<float>(series.size());
  double max = 0;
  for (const auto& s : series) max = std::max(max, largest(s.values));
  filled_rect({a.x0, base}, {a.x1, base + t.px(2)}, t.card_edge);
  for (std::size_t i = 0; i < labels.size(); ++i)
    for (std::size_t k = 0; k < series.size(); ++k) {
      const double v = i < series[k].values.size() ? series[k].values[i] : 0;
      const float x = a.x0 + slot * static_cast<float>(i) + gap / 2 + bar_w * static_cast<float>(k);
      const float h = max > 0 ? static_cast<float>(v / max) * (base - top) : 0;
      if (h > 0) filled_rect({x + t.px(1), base - h}, {x + bar_w - t.px(1), base}, series[k].color, t.px(2));
      const std::string text = std::to_string(static_cast<long long>(v));
      // Where the groups are narrow a zero is left unwritten: no bar says it, and the row of 0s is noise.
      const bool narrow = slot < measure(ui, FontRole::Small, "000").x * 2;
      if ((v != 0 || !narrow) && measure(ui, FontRole::Small, text).x <= bar_w + gap * 0.5f)
        text_centered(ui, FontRole::Small, text, x - gap / 4, x + bar_w + gap / 4, base - h - line_h - t.px(2), series[k].color);
    }
  axis_labels(ui, a.x0, slot, base + t.px(6), labels);
}

void line_chart(UiContext& ui, Area a, const std::vector<std::string>& labels, const std::vector<double>& values,
                const std::vector<std::string>& value_texts, Rgb color) {
  const Theme& t = ui.theme;
  if (labels.empty()) return;
  const float line_h = measure(ui, FontRole::Small, "0").y;
  const float base = a.y1 - line_h - t.px(6), top = a.y0 + line_h + t.px(10);
  const float slot = a.w() / static_cast<float>(labels.size());
  const double max = largest(values);
  filled_rect({a.x0, base}, {a.x1, base + t.px(2)}, t.card_edge);
  std::vector<ImVec2> points;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    const double v = i < values.size() ? values[i] : 0;
    const float y = max > 0 ? base - static_cast<float>(v / max) * (base - top) : base;
    points.emplace_back(a.x0 + slot * (static_cast<float>(i) + 0.5f), y);
  }
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddPolyline(points.data(), static_cast<int>(points.size()), col(color), ImDrawFlags_None, t.px(4));
  for (std::size_t i = 0; i < points.size(); ++i) {
    dl->AddCircleFilled(points[i], t.px(7), col(color));
    const std::string& text = i < value_texts.size() ? value_texts[i] : std::string();
    if (text.empty() || measure(ui, FontRole::Small, text).x > slot * 1.6f) continue;
    // Above the point, kept inside the chart's width.
    const float w = measure(ui, FontRole::Small, text).x;
    const float x = std::clamp(points[i].x - w / 2, a.x0, a.x1 - w);
    text_at(ui, FontRole::Small, text, {x, points[i].y - line_h - t.px(8)}, t.ink);
  }
  axis_labels(ui, a.x0, slot, base + t.px(6), labels);
}

void hbar_row(UiContext& ui, Area row, std::string_view label, float label_w, double value, double max,
              std::string_view after, Rgb color) {
  const Theme& t = ui.theme;
  const float line_h = measure(ui, FontRole::Small, "0").y;
  const float y = row.y0 + (row.h() - line_h) / 2;
  text_at(ui, FontRole::Small, label, {row.x0, y}, t.ink);
  const float after_w = measure(ui, FontRole::Small, after).x;
  const float x0 = row.x0 + label_w, room = std::max(0.0f, row.x1 - x0 - after_w - t.px(12));
  const float w = max > 0 ? static_cast<float>(value / max) * room : 0;
  if (w > 0) filled_rect({x0, row.y0 + row.h() * 0.2f}, {x0 + w, row.y1 - row.h() * 0.2f}, color, t.px(2));
  text_at(ui, FontRole::Small, after, {x0 + w + t.px(8), y}, t.ink);
}

}  // namespace ui::widgets
