#include "ui/screens/counter/resident_screen.h"

#include <imgui.h>

#include <algorithm>
#include <optional>
#include <string>

#include "core/text/message.h"
#include "ui/screens/screens.h"
#include "ui/widgets/rating_panel.h"

namespace ui::screens {

namespace {

using widgets::Area;
using widgets::Vec2;

// The hall's name left, the window number right, on the header band.
void draw_band(const core::ResidentView& v, UiContext& ui, Area band) {
  using namespace widgets;
  const Theme& t = ui.theme;
  filled_rect({band.x0, band.y0}, {band.x1, band.y1}, t.header);
  const float pad = t.px(Theme::kPaddingPx);
  const std::string window = core::format(ui.tr("resident_screen.window"), {std::to_string(v.window_no)});
  const Vec2 window_sz = measure(ui, FontRole::Title, window);
  text_at(ui, FontRole::Title, window, {band.x1 - pad - window_sz.x, band.y0 + (band.h() - window_sz.y) / 2},
          t.header_ink);
  const float room = band.w() - window_sz.x - 3 * pad;
  FontRole role = FontRole::Title;
  for (FontRole r : {FontRole::Title, FontRole::Heading, FontRole::Body}) {
    role = r;
    if (measure(ui, r, v.hall_name).x <= room) break;
  }
  const float h = measure(ui, role, v.hall_name).y;
  text_at(ui, role, v.hall_name, {band.x0 + pad, band.y0 + (band.h() - h) / 2}, t.header_ink);
}

// Left-aligned lines, wrapped to the column; returns the y below them.
float lines(UiContext& ui, FontRole role, std::string_view s, float x0, float x1, float y, Rgb color) {
  for (const std::string& line : widgets::wrap_lines(ui, role, s, x1 - x0)) {
    widgets::text_at(ui, role, line, {x0, y}, color);
    y += widgets::measure(ui, role, line).y;
  }
  return y;
}

std::string joined(const UiContext& ui, const std::vector<std::string>& items) {
  std::string out;
  for (const auto& m : items) out += (out.empty() ? "" : std::string(ui.tr("resident_screen.list_separator"))) + m;
  return out;
}

// A big word (or two) in the middle of the area, a mark before it when there is one, a hint below.
void draw_message(UiContext& ui, Area a, std::string_view title, Rgb color, std::string_view hint,
                  std::optional<widgets::Mark> mark = std::nullopt) {
  const Theme& t = ui.theme;
  const float title_h = widgets::measure(ui, FontRole::Display, title).y;
  float y = a.y0 + std::max(0.0f, (a.h() - 3 * title_h) / 2);
  if (mark) {
    const float size = title_h * 1.2f;
    widgets::mark(*mark, {(a.x0 + a.x1 - size) / 2, y}, size, color);
    y += size + t.px(16);
  }
  y += centered_lines(ui, FontRole::Display, title, a.x0, a.x1, y, color) + t.px(24);
  if (!hint.empty()) centered_lines(ui, FontRole::Heading, hint, a.x0, a.x1, y, t.ink_muted);
}

// The size of the summary's lines: as large as a full-height screen allows, one size less on a
// short one (a 1280×800 panel), so the missing materials stay on it.
FontRole line_role(const UiContext& ui, Area a) {
  constexpr float kTallAreaPx = 640;
  return a.h() >= ui.theme.px(kTallAreaPx) ? FontRole::Title : FontRole::Heading;
}

void draw_intake(const core::ResidentView& v, UiContext& ui, Area a) {
  const Theme& t = ui.theme;
  const FontRole role = line_role(ui, a);
  const float gap = t.px(14);
  float y = a.y0;
  y = lines(ui, FontRole::Heading, ui.tr("resident_screen.check"), a.x0, a.x1, y, t.ink_muted) + t.px(24);
  auto line = [&](std::string_view key, const std::string& value, Rgb color) {
    if (value.empty()) return;
    y = lines(ui, role, core::format(ui.tr(key), {value}), a.x0, a.x1, y, color) + gap;
  };
  line("resident_screen.name", v.name_masked, t.ink);
  line("resident_screen.id_number", v.id_masked, t.ink);
  line("resident_screen.item", v.item_name, t.ink);
  if (v.household > 0) line("resident_screen.household", std::to_string(v.household), t.ink);
  if (v.item_name.empty()) return;
  y += t.px(16);
  const float size = widgets::measure(ui, role, "M").y * 0.8f;
  if (v.missing.empty()) {
    widgets::mark(widgets::Mark::Tick, {a.x0, y + size * 0.1f}, size, t.ok);
    lines(ui, role, ui.tr("resident_screen.all_received"), a.x0 + size * 1.3f, a.x1, y, t.ok);
  } else {
    widgets::mark(widgets::Mark::Pause, {a.x0, y + size * 0.1f}, size, t.warn);
    lines(ui, role, core::format(ui.tr("resident_screen.missing"), {joined(ui, v.missing)}),
          a.x0 + size * 1.3f, a.x1, y, t.warn);
  }
}

// The height `s` takes wrapped to `width` (as centered_lines draws it).
float wrapped_height(UiContext& ui, FontRole role, std::string_view s, float width) {
  float h = 0;
  for (const std::string& line : widgets::wrap_lines(ui, role, s, width)) h += widgets::measure(ui, role, line).y;
  return h;
}

// How much of 已受理 stays above the 好差评 panel: all of it (the word with its tick, the number,
// what is still owed) in a larger or a smaller size, the number alone, or nothing (the panel for
// that moment takes the area).
enum class DoneHead { Large, Full, Number, None };

// Draws (or, dry, only measures) those lines from the top of `a`; returns their height.
float done_head(const core::ResidentView& v, UiContext& ui, Area a, DoneHead head, bool dry) {
  const Theme& t = ui.theme;
  if (head == DoneHead::None) return 0;
  const bool large = head == DoneHead::Large;
  const FontRole title_role = large ? FontRole::Title : FontRole::Heading;
  const FontRole line_role = large ? FontRole::Heading : FontRole::Body;
  const std::string_view title = ui.tr("resident_screen.accepted");
  const widgets::Vec2 title_sz = widgets::measure(ui, title_role, title);
  const std::string number = core::format(ui.tr("resident_screen.acceptance_no"), {v.acceptance_no});
  const std::string owed =
      v.missing.empty() ? std::string() : core::format(ui.tr("resident_screen.owed"), {joined(ui, v.missing)});
  const bool full = head == DoneHead::Full || large;
  float y = a.y0;
  auto put = [&](FontRole role, std::string_view s, Rgb color, float after) {
    y += (dry ? wrapped_height(ui, role, s, a.w()) : centered_lines(ui, role, s, a.x0, a.x1, y, color)) + after;
  };
  if (full) {
    if (!dry) widgets::mark(widgets::Mark::Tick, {(a.x0 + a.x1 - title_sz.x) / 2 - title_sz.y * 1.3f, y}, title_sz.y, t.ok);
    put(title_role, title, t.ok, t.px(8));
  }
  put(line_role, number, t.ink, t.px(4));
  if (full && !owed.empty()) put(line_role, owed, t.warn, t.px(4));
  y += t.px(12);
  if (!dry) widgets::filled_rect({a.x0, y}, {a.x1, y + t.px(2)}, t.card_edge);
  return y + t.px(2) + t.px(24) - a.y0;
}

// 已受理 with 好差评 below it, one size less than without the panel; the panel as large as the rest
// of the screen allows, the thanks once rated with the hint to keep the slip under it. Where the
// panel does not fit under all of 已受理 (the reasons after a low level on a 1280×800 screen, or
// English buttons in two rows), the number alone stays above it, or at last nothing.
void draw_done_rating(const core::ResidentView& v, const core::RatingPanel& rating, UiContext& ui, Area a) {
  const Theme& t = ui.theme;
  const std::string_view hint = ui.tr("resident_screen.keep_slip");
  const float hint_h = rating.rated ? wrapped_height(ui, FontRole::Heading, hint, a.w()) + t.px(24) : 0;
  for (DoneHead head : {DoneHead::Large, DoneHead::Full, DoneHead::Number, DoneHead::None}) {
    const Area room{a.x0, a.y0 + done_head(v, ui, a, head, true), a.x1, a.y1 - hint_h};
    const auto fitted = widgets::fit_rating_panel(ui, rating, room, widgets::RatingPanelLook{});
    // The larger head only where the panel keeps its largest size under it (a full-height screen).
    if (!fitted || (head == DoneHead::Large && fitted->look.title != FontRole::Title)) continue;
    done_head(v, ui, a, head, false);
    const float h = widgets::rating_panel(ui, rating, room, fitted->look);
    if (rating.rated) centered_lines(ui, FontRole::Heading, hint, a.x0, a.x1, room.y0 + h + t.px(24), t.ink_muted);
    return;
  }
  // Not even the smallest panel fits: nothing half drawn (the counter's screen says it is not rated).
}

void draw_done(const core::ResidentView& v, UiContext& ui, Area a) {
  if (v.rating && v.phase == core::ResidentPhase::Accepted) {
    draw_done_rating(v, *v.rating, ui, a);
    return;
  }
  const Theme& t = ui.theme;
  const bool accepted = v.phase == core::ResidentPhase::Accepted;
  const Rgb color = accepted ? t.ok : t.ink;
  const std::string_view title = ui.tr(accepted ? "resident_screen.accepted" : "resident_screen.refused");
  const bool tall = line_role(ui, a) == FontRole::Title;
  const float title_h = widgets::measure(ui, FontRole::Display, title).y;
  float y = a.y0 + t.px(16);
  if (accepted && tall) {
    widgets::mark(widgets::Mark::Tick, {(a.x0 + a.x1 - title_h) / 2, y}, title_h, color);
    y += title_h + t.px(16);
  } else if (accepted) {  // beside the word on a short screen
    const float w = widgets::measure(ui, FontRole::Display, title).x;
    widgets::mark(widgets::Mark::Tick, {(a.x0 + a.x1 - w) / 2 - title_h * 1.2f, y}, title_h, color);
  }
  y += centered_lines(ui, FontRole::Display, title, a.x0, a.x1, y, color) + t.px(24);
  y += centered_lines(ui, tall ? FontRole::Title : FontRole::Heading,
                      core::format(ui.tr("resident_screen.acceptance_no"), {v.acceptance_no}), a.x0, a.x1, y, t.ink) +
       t.px(16);
  if (!v.item_name.empty())
    y += centered_lines(ui, FontRole::Heading, v.item_name, a.x0, a.x1, y, t.ink) + t.px(24);
  if (!v.missing.empty())
    y += centered_lines(ui, FontRole::Heading, core::format(ui.tr("resident_screen.owed"), {joined(ui, v.missing)}),
                        a.x0, a.x1, y, t.warn) + t.px(24);
  centered_lines(ui, FontRole::Heading, ui.tr(accepted ? "resident_screen.keep_slip" : "resident_screen.refused_hint"),
                 a.x0, a.x1, y, t.ink_muted);
}

}  // namespace

void draw_resident_screen(const core::ResidentView& v, UiContext& ui, float width, float height) {
  const Theme& t = ui.theme;
  // Only the 好差评 panel takes taps; otherwise the window is a display.
  const bool rating = v.rating && v.phase == core::ResidentPhase::Accepted;
  begin_page(t, "##resident", width, height, rating ? 0 : ImGuiWindowFlags_NoInputs);
  const float header = t.px(Theme::kHeaderPx), pad = t.px(Theme::kPaddingPx) * 1.5f;
  draw_band(v, ui, {0, 0, width, header});
  float y = header + pad;
  if (!v.staff_name.empty()) {
    const std::string staff = core::format(ui.tr("resident_screen.staff"), {v.staff_name, v.staff_no});
    y += centered_lines(ui, FontRole::Heading, staff, pad, width - pad, y, t.ink) + pad;
    widgets::filled_rect({pad, y - pad / 2}, {width - pad, y - pad / 2 + t.px(2)}, t.card_edge);
  }
  // A readable column in the middle of a wide screen.
  const float column = std::min(width - 2 * pad, t.px(1400));
  const Area body{(width - column) / 2, y, (width + column) / 2, height - pad};
  switch (v.phase) {
    case core::ResidentPhase::Closed:
      draw_message(ui, body, ui.tr("resident_screen.closed"), t.ink, ui.tr("resident_screen.closed_hint"));
      break;
    case core::ResidentPhase::Away:
      draw_message(ui, body, ui.tr("resident_screen.away"), t.warn, {}, widgets::Mark::Pause);
      break;
    case core::ResidentPhase::Welcome:
      draw_message(ui, body, ui.tr("resident_screen.welcome"), t.header, ui.tr("resident_screen.welcome_hint"));
      break;
    case core::ResidentPhase::Intake: draw_intake(v, ui, body); break;
    case core::ResidentPhase::Accepted:
    case core::ResidentPhase::Refused: draw_done(v, ui, body); break;
  }
  end_page();
}

}  // namespace ui::screens
