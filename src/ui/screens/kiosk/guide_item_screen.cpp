// Kiosk 办事指南, one item: what it is, who may apply, the conditions, the materials to bring
// (required, then those to bring if they have them), how long it takes and where to go, in plain
// words under large headings; long content turns by pages. Along the bottom: 返回 (to the list),
// 打印一次性告知单 (or why the printer cannot) and the page buttons.
#include <algorithm>
#include <string>

#include "core/kiosk/guide_flow.h"
#include "core/text/i18n.h"
#include "ui/screens/kiosk/kiosk_blocks.h"
#include "ui/screens/kiosk/print_corner.h"
#include "ui/screens/screens.h"

namespace ui::screens {

namespace {

using widgets::measure;

float bullets(widgets::ScrollPanel& p, const std::vector<std::string>& lines, float x0, float x1, float y) {
  UiContext& ui = p.ui;
  const Theme& t = ui.theme;
  const std::string_view bullet = ui.tr("kiosk.bullet");
  const float bw = measure(ui, FontRole::Body, bullet).x;
  const float y0 = y;
  for (const auto& line : lines) {
    p.text(FontRole::Body, bullet, x0 + t.px(16), y, t.ink);
    y += p.text_wrapped(FontRole::Body, line, x0 + t.px(16) + bw, y, x1 - x0 - t.px(16) - bw, t.ink) + t.px(6);
  }
  return y - y0;
}

std::vector<std::string> names(const std::vector<core::Material>& list) {
  std::vector<std::string> out;
  for (const auto& m : list) out.push_back(m.full_name());
  return out;
}

void item_content(widgets::ScrollPanel& p, const core::ServiceItem& item, const core::HallIdentity& hall, Column c) {
  UiContext& ui = p.ui;
  const Theme& t = ui.theme;
  const float section_gap = t.px(36), w = c.x1 - c.x0;
  float y = t.px(8);
  y += p.text_wrapped(FontRole::Title, item.name, c.x0, y, w, t.ink) + section_gap;
  auto section = [&](std::string_view heading) { y += section_heading(p, heading, c.x0, c.x1, y); };
  auto body = [&](std::string_view text) { y += p.text_wrapped(FontRole::Body, text, c.x0, y, w, t.ink) + section_gap; };

  section(ui.tr("kiosk.guide.about"));
  body(item.description);
  section(ui.tr("kiosk.guide.who"));
  body(item.who_may_apply);
  if (!item.conditions.empty()) {
    section(ui.tr("kiosk.guide.conditions"));
    y += bullets(p, item.conditions, c.x0, c.x1, y) + section_gap;
  }
  section(ui.tr("kiosk.guide.required"));
  y += bullets(p, names(item.required), c.x0, c.x1, y) + section_gap;
  if (!item.optional.empty()) {
    section(ui.tr("kiosk.guide.optional"));
    y += bullets(p, names(item.optional), c.x0, c.x1, y) + section_gap;
  }
  section(ui.tr("kiosk.guide.time"));
  body(core::format(ui.tr("kiosk.guide.time_limit"), {std::to_string(item.promised_working_days)}));
  section(ui.tr("kiosk.guide.where"));
  y += p.text_wrapped(FontRole::Body, core::format(ui.tr("kiosk.guide.place"), {hall.name}), c.x0, y, w, t.ink) +
       t.px(6);
  if (!hall.address.empty())
    y += p.text_wrapped(FontRole::Body, core::format(ui.tr("kiosk.guide.address"), {hall.address}), c.x0, y, w, t.ink) +
         t.px(6);
  if (!hall.phone.empty())
    y += p.text_wrapped(FontRole::Body, core::format(ui.tr("kiosk.guide.phone"), {hall.phone}), c.x0, y, w, t.ink);
  p.extend(y);
}

}  // namespace

void draw_guide_item(const core::AppState& s, UiContext& ui, Area a) {
  using namespace widgets;
  const core::ServiceItem* item = core::kiosk::guide_item(s);
  if (!item) return;
  const Theme& t = ui.theme;
  const float pad = t.px(Theme::kPaddingPx), gap = t.px(16);
  const float bh = t.px(Theme::kTouchTargetPx);
  const PrintCorner pc = print_corner(s, ui, "kiosk.guide.print", core::intent::PrintGuideNotice{});
  const std::string_view back = ui.tr("kiosk.guide.back");
  const float back_w = measure(ui, FontRole::Body, back).x + 2 * pad;
  const float print_bw = pc.button ? measure(ui, FontRole::Body, pc.label).x + 2 * pad : 0;

  // The bottom bar: 返回 and the print corner at the left, the page buttons at the right; two rows
  // (the page buttons below) where they do not fit side by side, and the reason in smaller words
  // where even a row of its own is too narrow.
  const float pager_w = 2 * page_button_width(ui) + gap;
  const float row_w = a.w() - 2 * pad;
  FontRole line_role = FontRole::Body;
  float line_w = pc.line.empty() ? 0 : measure(ui, line_role, pc.line).x;
  auto corner_w = [&] {
    return back_w + gap + print_bw + (pc.button && line_w > 0 ? gap : 0) + line_w;
  };
  const bool one_row = corner_w() + pad + pager_w <= row_w;
  if (!one_row && corner_w() > row_w) {
    line_role = FontRole::Small;
    line_w = pc.line.empty() ? 0 : measure(ui, line_role, pc.line).x;
  }
  const float row_h = bh + 2 * gap;
  const float bar_h = one_row ? row_h : 2 * row_h - gap;
  const Area view{a.x0, a.y0, a.x1, a.y1 - bar_h};
  const Column c = content_column(ui, view);
  const PageTurn turn = scroll_view(ui, view, s.kiosk.scroll_px,
                                    [&](ScrollPanel& p) { item_content(p, *item, s.hall, c); });
  filled_rect({a.x0, view.y1}, {a.x1, view.y1 + t.px(2)}, t.card_edge);

  const float corner_y = view.y1 + gap;
  const float pager_y = one_row ? corner_y : corner_y + row_h - gap;
  page_buttons(ui, turn, {one_row ? a.x1 - pad - pager_w : a.x0 + pad, pager_y, a.x1 - pad, pager_y + bh});
  float x = a.x0 + pad;
  if (button_at(ui, back, {x, corner_y}, {back_w, bh})) ui.emit(core::intent::GuideBack{});
  x += back_w + gap;
  if (pc.button) {
    if (button_at(ui, pc.label, {x, corner_y}, {print_bw, bh})) ui.emit(pc.press);
    x += print_bw + gap;
  }
  if (!pc.line.empty()) {
    const float lh = measure(ui, line_role, pc.line).y;
    text_at(ui, line_role, pc.line, {x, corner_y + (bh - lh) / 2}, pc.color);
  }
}

}  // namespace ui::screens
