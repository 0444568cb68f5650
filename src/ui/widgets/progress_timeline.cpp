#include "ui/widgets/progress_timeline.h"

#include <algorithm>
#include <string>

#include "core/text/i18n.h"

namespace ui::widgets {

std::string application_status_key(core::ApplicationStatus s) {
  return "app_status." + std::string(core::status_code(s));
}

std::string long_date(UiContext& ui, std::string_view iso) {
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::string(iso);
  return core::format(ui.tr("date.long"), {iso.substr(0, 4), date_number(ui, iso.substr(5, 2)),
                                           date_number(ui, iso.substr(8, 2))});
}

std::string month_of(UiContext& ui, std::string_view period) {
  if (period.size() != 7 || period[4] != '-') return std::string(period);
  return core::format(ui.tr("date.month"), {period.substr(0, 4), date_number(ui, period.substr(5, 2))});
}

std::string date_number(UiContext& ui, std::string_view two_digits) {
  // Chinese writes 11月3日; the English patterns keep ISO's zeros (2026-11-03).
  if (ui.language == core::Language::ZhCN && two_digits.size() == 2 && two_digits[0] == '0')
    return std::string(two_digits.substr(1));
  return std::string(two_digits);
}

namespace {

struct StepText {
  std::string label, date;
  bool reached, current;
};

std::vector<StepText> step_texts(UiContext& ui, const core::ApplicationProgress& a) {
  std::vector<StepText> out;
  for (const auto& s : a.steps) {
    StepText t{std::string(ui.tr(application_status_key(s.status))),
               s.reached_on.empty() ? std::string() : long_date(ui, s.reached_on), !s.reached_on.empty(), s.current};
    out.push_back(std::move(t));
  }
  return out;
}

// The step's circle: a tick on green once reached, a ring around the current one, hollow before.
void step_mark(ScrollPanel& p, const StepText& s, float cx, float cy, float r) {
  const Theme& t = p.ui.theme;
  if (s.current) {
    // A ring (radius 1.4 r) around a smaller dot: the current step reads at a glance, in any colour.
    p.shape(Mark::HollowDot, cx - r * 1.84f, cy - r * 1.84f, r * 3.68f, t.current);
    p.shape(Mark::FilledDot, cx - r * 0.95f, cy - r * 0.95f, r * 1.9f, t.current);
  } else if (s.reached) {
    p.shape(Mark::FilledDot, cx - r, cy - r, r * 2, t.ok);
    p.shape(Mark::Tick, cx - r * 0.7f, cy - r * 0.7f, r * 1.4f, t.card);
  } else {
    p.shape(Mark::HollowDot, cx - r, cy - r, r * 2, t.idle);
  }
}

Rgb label_colour(const Theme& t, const StepText& s) { return s.current ? t.current : s.reached ? t.ink : t.idle; }

float across(ScrollPanel& p, const std::vector<StepText>& steps, float x0, float x1, float y) {
  UiContext& ui = p.ui;
  const Theme& t = ui.theme;
  const float col_w = (x1 - x0) / static_cast<float>(steps.size());
  const float r = measure(ui, FontRole::Body, "A").y * 0.32f;
  const float cy = y + r * 1.4f;
  for (std::size_t i = 0; i + 1 < steps.size(); ++i) {
    const float a = x0 + col_w * (static_cast<float>(i) + 0.5f), b = a + col_w;
    p.line({a + r * 1.5f, cy}, {b - r * 1.5f, cy}, steps[i + 1].reached ? t.ok : t.idle, t.px(4));
  }
  float h = 0;
  for (std::size_t i = 0; i < steps.size(); ++i) {
    const StepText& s = steps[i];
    const float cx = x0 + col_w * (static_cast<float>(i) + 0.5f);
    step_mark(p, s, cx, cy, r);
    float ty = cy + r * 1.4f + t.px(10);
    const float lw = measure(ui, FontRole::Body, s.label).x;
    if (s.current)
      p.rect({cx - lw / 2 - t.px(8), ty - t.px(2), cx + lw / 2 + t.px(8),
              ty + measure(ui, FontRole::Body, s.label).y + t.px(2)},
             t.current_fill, t.px(6));
    ty += p.text(FontRole::Body, s.label, cx - lw / 2, ty, label_colour(t, s));
    if (!s.date.empty()) {
      const float dw = measure(ui, FontRole::Small, s.date).x;
      ty += p.text(FontRole::Small, s.date, cx - dw / 2, ty, s.current ? t.current : t.ink_muted);
    }
    if (s.current) {
      const std::string_view now = ui.tr("kiosk.step_current");
      ty += p.text(FontRole::Small, now, cx - measure(ui, FontRole::Small, now).x / 2, ty, t.current);
    }
    h = std::max(h, ty - y);
  }
  return h;
}

float down(ScrollPanel& p, const std::vector<StepText>& steps, float x0, float y) {
  UiContext& ui = p.ui;
  const Theme& t = ui.theme;
  const float line_h = measure(ui, FontRole::Body, "A").y;
  const float r = line_h * 0.32f, row_h = line_h + t.px(14);
  const float cx = x0 + r * 1.5f;
  for (std::size_t i = 0; i + 1 < steps.size(); ++i) {
    const float a = y + row_h * static_cast<float>(i) + line_h / 2;
    p.line({cx, a + r * 1.5f}, {cx, a + row_h - r * 1.5f}, steps[i + 1].reached ? t.ok : t.idle, t.px(4));
  }
  for (std::size_t i = 0; i < steps.size(); ++i) {
    const StepText& s = steps[i];
    const float ry = y + row_h * static_cast<float>(i);
    step_mark(p, s, cx, ry + line_h / 2, r);
    float x = cx + r * 1.5f + t.px(16);
    const Vec2 lsz = measure(ui, FontRole::Body, s.label);
    if (s.current) p.rect({x - t.px(8), ry - t.px(2), x + lsz.x + t.px(8), ry + lsz.y + t.px(2)}, t.current_fill, t.px(6));
    p.text(FontRole::Body, s.label, x, ry, label_colour(t, s));
    x += lsz.x + t.px(24);
    std::string rest = s.date;
    if (s.current) rest += (rest.empty() ? "" : "  ") + std::string(ui.tr("kiosk.step_current"));
    if (!rest.empty()) {
      const float sh = measure(ui, FontRole::Small, rest).y;
      p.text(FontRole::Small, rest, x, ry + (line_h - sh) / 2, s.current ? t.current : t.ink_muted);
    }
  }
  return row_h * static_cast<float>(steps.size());
}

bool shows_review_steps(core::ApplicationStatus s) {
  using S = core::ApplicationStatus;
  return s == S::Accepted || s == S::Reviewing || s == S::NeedsSupplement || s == S::Publicized || s == S::Rejected;
}

// The item's review steps (入户调查 …), each ticked with the day its result was recorded as soon as
// the back office records it, or marked as still to come (not for a rejected case: those will not
// come). Side by side, the day under the name, when every step fits its column; else one a line.
float review_steps(ScrollPanel& p, const core::ApplicationProgress& a, float x0, float x1, float y) {
  UiContext& ui = p.ui;
  const Theme& t = ui.theme;
  struct Row {
    std::string name, when;
    bool done;
  };
  std::vector<Row> rows;
  for (const auto& step : a.review_steps) {
    const bool done = !step.recorded_on.empty();
    if (!done && a.status == core::ApplicationStatus::Rejected) continue;
    rows.push_back({step.name,
                    done ? core::format(ui.tr("kiosk.review_step_done"), {long_date(ui, step.recorded_on)})
                         : std::string(ui.tr("kiosk.review_step_waiting")),
                    done});
  }
  if (rows.empty()) return 0;
  const float y_start = y;
  y += p.text_wrapped(FontRole::Body, ui.tr("kiosk.review_steps"), x0, y, x1 - x0, t.ink) + t.px(6);
  const float mh = measure(ui, FontRole::Body, "A").y, sh = measure(ui, FontRole::Small, "A").y;
  const float indent = mh + t.px(12);
  auto mark = [&](const Row& r, float mx, float line_y) {
    if (r.done) {
      p.shape_on_line(Mark::FilledDot, mx, line_y + mh * 0.15f, mh * 0.7f, t.ok, line_y, mh);
      p.shape_on_line(Mark::Tick, mx + mh * 0.105f, line_y + mh * 0.255f, mh * 0.49f, t.card, line_y, mh);
    } else {
      p.shape_on_line(Mark::HollowDot, mx, line_y + mh * 0.15f, mh * 0.7f, t.idle, line_y, mh);
    }
  };
  const float col_w = (x1 - x0) / static_cast<float>(rows.size());
  bool fits = true;
  for (const auto& r : rows)
    fits = fits && indent + std::max(measure(ui, FontRole::Body, r.name).x, measure(ui, FontRole::Small, r.when).x) +
                           t.px(16) <=
                       col_w;
  if (fits) {
    for (std::size_t i = 0; i < rows.size(); ++i) {
      const Row& r = rows[i];
      const float mx = x0 + t.px(16) + col_w * static_cast<float>(i);
      mark(r, mx, y);
      p.text(FontRole::Body, r.name, mx + indent, y, r.done ? t.ink : t.ink_muted);
      p.text(FontRole::Small, r.when, mx + indent, y + mh + t.px(2), r.done ? t.ok : t.ink_muted);
    }
    return y + mh + t.px(2) + sh + t.px(10) - y_start;
  }
  for (const auto& r : rows) {
    const float mx = x0 + t.px(16);
    mark(r, mx, y);
    const float nw = measure(ui, FontRole::Body, r.name).x;
    p.text(FontRole::Body, r.name, mx + indent, y, r.done ? t.ink : t.ink_muted);
    p.text(FontRole::Small, r.when, mx + indent + nw + t.px(24), y + (mh - sh) / 2, r.done ? t.ok : t.ink_muted);
    y += mh + t.px(10);
  }
  return y - y_start;
}

}  // namespace

float progress_timeline(ScrollPanel& p, const core::ApplicationProgress& a, float x0, float x1, float y,
                        std::string_view hall_phone) {
  UiContext& ui = p.ui;
  const Theme& t = ui.theme;
  const auto steps = step_texts(ui, a);
  const float y_start = y;
  // Across when every column holds its label and date with room to spare.
  float widest = 0;
  for (const auto& s : steps)
    widest = std::max({widest, measure(ui, FontRole::Body, s.label).x + t.px(16),
                       measure(ui, FontRole::Small, s.date).x, measure(ui, FontRole::Small, ui.tr("kiosk.step_current")).x});
  const bool fits_across = !steps.empty() && widest + t.px(24) <= (x1 - x0) / static_cast<float>(steps.size());
  y += fits_across ? across(p, steps, x0, x1, y) : down(p, steps, x0, y);
  y += t.px(20);

  const float w = x1 - x0;
  if (!a.due.empty())
    y += p.text_wrapped(FontRole::Body,
                        core::format(ui.tr(a.due_provisional ? "kiosk.due_provisional" : "kiosk.due"),
                                     {long_date(ui, a.due)}),
                        x0, y, w, t.ink) +
         t.px(8);
  if (a.overdue) {
    // Past its promised date and still open: said in words, with where to ask.
    const float mh = measure(ui, FontRole::Body, "A").y;
    p.shape_on_line(Mark::Pause, x0, y + mh * 0.15f, mh * 0.7f, t.warn, y, mh);
    y += p.text_wrapped(FontRole::Body, ui.tr("kiosk.overdue"), x0 + mh, y, w - mh, t.warn) + t.px(8);
  }
  if (!a.side_on.empty()) {
    // A side path (待补正, 不予批准 …): its word with a mark and its date, in the warning colour.
    const std::string side = core::format(ui.tr("kiosk.side_path"), {ui.tr(application_status_key(a.status)),
                                                                      long_date(ui, a.side_on)});
    const float mh = measure(ui, FontRole::Body, "A").y;
    const Mark m = a.status == core::ApplicationStatus::NeedsSupplement ? Mark::Pause : Mark::Cross;
    p.shape_on_line(m, x0, y + mh * 0.15f, mh * 0.7f, t.warn, y, mh);
    y += p.text_wrapped(FontRole::Body, side, x0 + mh, y, w - mh, t.warn) + t.px(8);
    if (!a.note.empty() && a.status != core::ApplicationStatus::NeedsSupplement)
      y += p.text_wrapped(FontRole::Body, core::format(ui.tr("kiosk.reason"), {a.note}), x0 + mh, y, w - mh,
                          t.ink) +
           t.px(8);
    if (a.status == core::ApplicationStatus::Rejected && !hall_phone.empty())
      y += p.text_wrapped(FontRole::Body, core::format(ui.tr("kiosk.rejected_ask"), {hall_phone}), x0 + mh, y, w - mh,
                          t.ink) +
           t.px(8);
  }
  if (!a.missing_materials.empty()) {
    y += p.text_wrapped(FontRole::Body, ui.tr("kiosk.bring_materials"), x0, y, w, t.ink) + t.px(4);
    const std::string_view bullet = ui.tr("kiosk.bullet");
    const float bw = measure(ui, FontRole::Body, bullet).x;
    for (const auto& m : a.missing_materials) {
      p.text(FontRole::Body, bullet, x0 + t.px(16), y, t.ink);
      y += p.text_wrapped(FontRole::Body, m, x0 + t.px(16) + bw, y, w - t.px(16) - bw, t.ink) + t.px(4);
    }
    y += t.px(8);
  }
  if (!a.review_steps.empty() && shows_review_steps(a.status)) y += review_steps(p, a, x0, x1, y);
  return y - y_start;
}

}  // namespace ui::widgets
