// A benefit as a large card, and the small pieces the kiosk's blocks share.
#include <algorithm>
#include <string>

#include "core/text/i18n.h"
#include "ui/screens/kiosk/kiosk_blocks.h"
#include "ui/widgets/progress_timeline.h"

namespace ui::screens {

using widgets::Mark;
using widgets::measure;

std::string yuan(UiContext& ui, core::Fen fen) { return core::format(ui.tr("kiosk.yuan"), {core::format_yuan(fen)}); }

std::string_view benefit_name(UiContext& ui, core::BenefitType type) {
  return ui.tr("benefit." + std::string(core::benefit_type_code(type)));
}

float section_heading(widgets::ScrollPanel& p, std::string_view s, float x0, float x1, float y) {
  const Theme& t = p.ui.theme;
  const float h = p.text_wrapped(FontRole::Heading, s, x0, y, x1 - x0, t.header);
  p.rect({x0, y + h + t.px(6), x1, y + h + t.px(9)}, t.header);
  return h + t.px(24);
}

namespace {
struct StatusLook {
  Mark mark;
  Rgb color;
};
StatusLook look_of(const Theme& t, core::BenefitStatus s) {
  switch (s) {
    case core::BenefitStatus::Active: return {Mark::FilledDot, t.ok};
    case core::BenefitStatus::Suspended: return {Mark::Pause, t.warn};
    case core::BenefitStatus::Ended: return {Mark::Cross, t.fault};
  }
  return {Mark::FilledDot, t.ok};
}
}  // namespace

float benefit_card(widgets::ScrollPanel& p, const core::Benefit& b, float x0, float x1, float y, bool review_soon) {
  UiContext& ui = p.ui;
  const Theme& t = ui.theme;
  const float pad = t.px(28), gap = t.px(10);
  const float y_top = y;
  const float inner0 = x0 + pad, inner1 = x1 - pad, w = inner1 - inner0;
  p.begin_group(y_top);  // a card is turned to as a whole when it fits on a page
  y += pad;

  // Name at the left, the status (mark and word in its colour) at the right, or below if narrow.
  const std::string_view name = benefit_name(ui, b.type);
  const std::string_view word = ui.tr("benefit_status." + std::string(core::benefit_status_code(b.status)));
  const StatusLook look = look_of(t, b.status);
  const float line_h = measure(ui, FontRole::Heading, "A").y;
  const float badge_w = line_h * 0.8f + t.px(12) + measure(ui, FontRole::Heading, word).x;
  const float name_w = measure(ui, FontRole::Heading, name).x;
  const bool same_line = name_w + t.px(32) + badge_w <= w;
  const float name_h = p.text_wrapped(FontRole::Heading, name, inner0, y, same_line ? w - badge_w - t.px(32) : w, t.ink);
  const float bx = same_line ? inner1 - badge_w : inner0;
  const float by = same_line ? y : y + name_h + gap;
  p.shape_on_line(look.mark, bx, by + line_h * 0.1f, line_h * 0.8f, look.color, by, line_h);
  p.text(FontRole::Heading, word, bx + line_h * 0.8f + t.px(12), by, look.color);
  y = (same_line ? y + name_h : by + line_h) + gap * 2;

  const std::string rows[] = {
      core::format(ui.tr("kiosk.monthly_amount"), {yuan(ui, b.monthly_amount_fen)}),
      core::format(ui.tr("kiosk.since"), {widgets::long_date(ui, b.since)}),
      core::format(ui.tr("kiosk.next_review"), {widgets::long_date(ui, b.next_review)}),
  };
  for (const auto& r : rows) y += p.text_wrapped(FontRole::Body, r, inner0, y, w, t.ink) + gap;
  if (review_soon && b.next_review.size() >= 7) {
    const std::string month = std::to_string(std::stoi(b.next_review.substr(5, 2)));
    const std::string notice =
        core::format(ui.tr("kiosk.review_notice"), {std::string(name), b.next_review.substr(0, 4), month});
    y += p.text_wrapped(FontRole::Body, notice, inner0, y, w, t.warn) + gap;
  }
  y += pad - gap;
  p.rect({x0, y_top, x1, y}, t.card, t.px(16));
  p.outline({x0, y_top, x1, y}, look.color, t.px(3), t.px(16));
  p.end_group();
  return y - y_top;
}

float application_card(widgets::ScrollPanel& p, const core::ApplicationProgress& a, float x0, float x1, float y,
                       std::string_view hall_phone) {
  UiContext& ui = p.ui;
  const Theme& t = ui.theme;
  const float pad = t.px(28), gap = t.px(10);
  const float y_top = y;
  const float inner0 = x0 + pad, inner1 = x1 - pad, w = inner1 - inner0;
  p.begin_group(y_top);  // a card is turned to as a whole when it fits on a page
  y += pad;
  y += p.text_wrapped(FontRole::Heading, a.item_name, inner0, y, w, t.ink) + gap;
  y += p.text_wrapped(FontRole::Body, core::format(ui.tr("kiosk.acceptance_no"), {a.acceptance_no}), inner0, y, w,
                      t.ink_muted) +
       gap * 3;
  y += widgets::progress_timeline(p, a, inner0, inner1, y, hall_phone);
  y += pad - t.px(4);
  p.rect({x0, y_top, x1, y}, t.card, t.px(16));
  p.outline({x0, y_top, x1, y}, t.card_edge, t.px(2), t.px(16));
  p.end_group();
  return y - y_top;
}

float hint_card(widgets::ScrollPanel& p, const core::KioskHint& h, float x0, float x1, float y) {
  UiContext& ui = p.ui;
  const Theme& t = ui.theme;
  const float pad = t.px(28), gap = t.px(10);
  const float y_top = y;
  const float inner0 = x0 + pad, inner1 = x1 - pad, w = inner1 - inner0;
  p.begin_group(y_top);  // a card is turned to as a whole when it fits on a page
  y += pad;
  y += p.text_wrapped(FontRole::Heading, core::format(ui.tr("kiosk.you_may_apply"), {h.item_name}), inner0, y, w,
                      t.ink) +
       gap;
  if (!h.reason.empty()) y += p.text_wrapped(FontRole::Body, h.reason, inner0, y, w, t.ink_muted) + gap;
  if (!h.materials.empty()) {
    y += p.text_wrapped(FontRole::Body, ui.tr("kiosk.bring_to_counter"), inner0, y, w, t.ink) + t.px(4);
    const std::string_view bullet = ui.tr("kiosk.bullet");
    const float bw = measure(ui, FontRole::Body, bullet).x;
    for (const auto& m : h.materials) {
      p.text(FontRole::Body, bullet, inner0 + t.px(16), y, t.ink);
      y += p.text_wrapped(FontRole::Body, m, inner0 + t.px(16) + bw, y, w - t.px(16) - bw, t.ink) + t.px(4);
    }
  }
  y += pad - t.px(4);
  p.rect({x0, y_top, x1, y}, t.card, t.px(16));
  p.outline({x0, y_top, x1, y}, t.current, t.px(2), t.px(16));
  p.end_group();
  return y - y_top;
}

}  // namespace ui::screens
