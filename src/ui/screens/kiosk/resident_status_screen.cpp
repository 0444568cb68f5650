// Kiosk: what a resident holds, after their card was read — a greeting with the masked name, each
// benefit as a card, the last payments, open applications with their timelines and what they
// might apply for. Long content turns by pages; 打印 prints this summary when a printer is ready;
// with voice on, 朗读 reads it aloud without amounts and 朗读金额 with them.
#include <algorithm>
#include <string>

#include "core/domain/annual_review.h"
#include "core/text/i18n.h"
#include "ui/screens/kiosk/kiosk_blocks.h"
#include "ui/screens/kiosk/print_corner.h"
#include "ui/screens/screens.h"

namespace ui::screens {

namespace {

using widgets::measure;

void status_content(widgets::ScrollPanel& p, const core::KioskStatus& st, Column c, std::string_view hall_phone,
                    const std::string& today, int review_notice_days) {
  UiContext& ui = p.ui;
  const Theme& t = ui.theme;
  const float section_gap = t.px(44), card_gap = t.px(20);
  float y = t.px(8);
  y += p.text_wrapped(FontRole::Title, core::format(ui.tr("kiosk.greeting"), {st.name_masked}), c.x0, y,
                      c.x1 - c.x0, t.ink) +
       section_gap;

  y += section_heading(p, ui.tr("kiosk.section_benefits"), c.x0, c.x1, y);
  if (st.benefits.empty())
    y += p.text_wrapped(FontRole::Body, ui.tr("kiosk.no_benefits"), c.x0, y, c.x1 - c.x0, t.ink_muted) + card_gap;
  for (const auto& b : st.benefits)
    y += benefit_card(p, b, c.x0, c.x1, y, core::review_notice_due(b, today, review_notice_days)) + card_gap;
  y += section_gap - card_gap;

  y += section_heading(p, ui.tr("kiosk.section_payments"), c.x0, c.x1, y);
  y += payments_block(p, st.payments, c.x0, c.x1, y) + section_gap;

  if (!st.applications.empty()) {
    y += section_heading(p, ui.tr("kiosk.section_applications"), c.x0, c.x1, y);
    for (const auto& a : st.applications) y += application_card(p, a, c.x0, c.x1, y, hall_phone) + card_gap;
    y += section_gap - card_gap;
  }
  if (!st.hints.empty()) {
    y += section_heading(p, ui.tr("kiosk.section_hints"), c.x0, c.x1, y);
    for (const auto& h : st.hints) y += hint_card(p, h, c.x0, c.x1, y) + card_gap;
  }
  p.extend(y);
}

}  // namespace

void draw_resident_status(const core::AppState& s, UiContext& ui, Area a) {
  using namespace widgets;
  if (!s.kiosk.status) return;
  const Theme& t = ui.theme;
  const float pad = t.px(Theme::kPaddingPx), gap = t.px(16);
  const float bh = t.px(Theme::kTouchTargetPx);
  const PrintCorner pc = print_corner(s, ui);
  const std::string_view print_label = pc.label;
  const float print_bw = pc.button ? measure(ui, FontRole::Body, print_label).x + 2 * pad : 0;
  const std::string_view read_label = ui.tr("kiosk.read_aloud"), amounts_label = ui.tr("kiosk.read_amounts");
  const float read_bw = s.voice ? measure(ui, FontRole::Body, read_label).x + 2 * pad : 0;
  const float amounts_bw = s.voice ? measure(ui, FontRole::Body, amounts_label).x + 2 * pad : 0;
  float voice_w = s.voice ? read_bw + gap + amounts_bw + gap : 0;

  // The bottom bar: the print corner at the left, the page buttons at the right; two rows where
  // they do not fit side by side.
  const float pager_w = 2 * page_button_width(ui) + gap;
  const float row_w = a.w() - 2 * pad;
  FontRole line_role = FontRole::Body;
  float line_w = pc.line.empty() ? 0 : measure(ui, line_role, pc.line).x;
  auto corner_w = [&] { return voice_w + print_bw + (pc.button && line_w > 0 ? gap : 0) + line_w; };
  // Narrow (portrait, 大字模式, English): 朗读 and 朗读金额 take a row of their own above the rest.
  const bool voice_row = s.voice && corner_w() > row_w;
  if (voice_row) voice_w = 0;
  const bool one_row = corner_w() + pad + pager_w <= row_w;
  if (!one_row && corner_w() > row_w) {
    line_role = FontRole::Small;
    line_w = pc.line.empty() ? 0 : measure(ui, line_role, pc.line).x;
  }
  const float row_h = bh + 2 * gap;
  const float bar_h = (one_row ? row_h : 2 * row_h - gap) + (voice_row ? row_h - gap : 0);
  const Area view{a.x0, a.y0, a.x1, a.y1 - bar_h};
  const Column c = content_column(ui, view);
  const PageTurn turn = scroll_view(ui, view, s.kiosk.scroll_px,
                                    [&](ScrollPanel& p) {
                                      status_content(p, *s.kiosk.status, c, s.hall.phone, s.now.iso_date(),
                                                     s.review_notice_days);
                                    });
  filled_rect({a.x0, view.y1}, {a.x1, view.y1 + t.px(2)}, t.card_edge);

  const float voice_y = view.y1 + gap;
  const float corner_y = voice_row ? voice_y + row_h - gap : voice_y;
  const float pager_y = one_row ? corner_y : corner_y + row_h - gap;
  page_buttons(ui, turn, {one_row ? a.x1 - pad - pager_w : a.x0 + pad, pager_y, a.x1 - pad, pager_y + bh});
  float x = a.x0 + pad;
  if (s.voice) {
    if (button_at(ui, read_label, {x, voice_y}, {read_bw, bh})) ui.emit(core::intent::ReadAloud{false});
    x += read_bw + gap;
    if (button_at(ui, amounts_label, {x, voice_y}, {amounts_bw, bh})) ui.emit(core::intent::ReadAloud{true});
    x = voice_row ? a.x0 + pad : x + amounts_bw + gap;
  }
  if (pc.button) {
    if (button_at(ui, print_label, {x, corner_y}, {print_bw, bh})) ui.emit(pc.press);
    x += print_bw + gap;
  }
  if (!pc.line.empty()) {
    const float lh = measure(ui, line_role, pc.line).y;
    text_at(ui, line_role, pc.line, {x, corner_y + (bh - lh) / 2}, pc.color);
  }
}

}  // namespace ui::screens
