// Back office: the 主动发现 tab (issue 20, core/domain/discovery.h) — people who may qualify but never
// applied, or need a follow-up, as the eligibility rules find them in the store: each row says why
// (the rule's reason) and what the store holds behind it (birth date, certificate and grade, the
// month a benefit ended, the months a payment failed), with staff's mark — 已联系 / 不符合 / 已申请,
// the current one greyed, and who marked it when.
#include <algorithm>
#include <string>

#include "core/text/i18n.h"
#include "ui/screens/backoffice/backoffice_blocks.h"

namespace ui::screens::backoffice {

namespace {

using counter::disabled_button;

const char* mark_key(core::DiscoveryMark m) {
  switch (m) {
    case core::DiscoveryMark::Contacted: return "backoffice.discovery.mark_contacted";
    case core::DiscoveryMark::NotEligible: return "backoffice.discovery.mark_not_eligible";
    case core::DiscoveryMark::Applied: return "backoffice.discovery.mark_applied";
  }
  return "backoffice.discovery.mark_contacted";
}

// The facts in the catalog's words, one phrase each.
std::string facts_line(UiContext& ui, const core::DiscoveryEntry& e) {
  std::string out;
  auto add = [&](const std::string& s) { out += (out.empty() ? "" : " · ") + s; };
  for (const auto& f : e.facts) {
    if (f.first == "birth") add(core::format(ui.tr("backoffice.discovery.fact_birth"), {f.second}));
    else if (f.first == "disability_cert") add(core::format(ui.tr("backoffice.discovery.fact_cert"), {f.second}));
    else if (f.first == "disability_grade") add(core::format(ui.tr("backoffice.discovery.fact_grade"), {f.second}));
    else if (f.first == "benefit") add(f.second);
    else if (f.first == "ended_month") add(core::format(ui.tr("backoffice.discovery.fact_ended"), {f.second}));
    else if (f.first == "ended_reason") add(f.second);
    else if (f.first == "failed_months") add(core::format(ui.tr("backoffice.discovery.fact_failed"), {f.second}));
  }
  return out;
}

}  // namespace

void draw_discovery(const core::AppState& s, UiContext& ui, Area whole) {
  using namespace widgets;
  const Theme& t = ui.theme;
  const core::DiscoveryDesk& d = s.backoffice.discovery;
  const float pad = t.px(Theme::kPaddingPx), sp = t.px(12);
  const FontRole role = FontRole::Small;
  const float lh = measure(ui, role, "A").y + t.px(2);
  const float row = std::max(t.px(Theme::kTouchTargetPx), 3 * lh) + t.px(8);
  const Area footer{whole.x0, whole.y1 - bar_height(ui), whole.x1, whole.y1};
  const float list_top = whole.y0 + sp + 2 * lh + (d.notice.empty() ? 0 : lh);
  const float list_bottom = whole.y1 - bar_height(ui);
  const int per_page = std::max(1, static_cast<int>((list_bottom - list_top) / row));
  const int rows = d.entries ? static_cast<int>(d.entries->size()) : 0;
  const int first = std::clamp(d.first_row, 0, std::max(0, rows - 1));
  // 上一页 / 下一页, then the tabs.
  float text_x = footer.x0 + pad;
  {
    const float h = t.px(Theme::kTouchTargetPx), y = footer.y1 - h - sp;
    const std::string_view prev = ui.tr("backoffice.page_prev"), next = ui.tr("backoffice.page_next");
    const float pw = measure(ui, role, prev).x + t.px(40), nw = measure(ui, role, next).x + t.px(40);
    if (first > 0) {
      if (button_at(ui, prev, {text_x, y}, {pw, h}, role)) ui.emit(core::intent::PageDiscovery{std::max(0, first - per_page)});
    } else {
      disabled_button(ui, prev, {text_x, y}, {pw, h});
    }
    text_x += pw + sp;
    if (first + per_page < rows) {
      if (button_at(ui, next, {text_x, y}, {nw, h}, role)) ui.emit(core::intent::PageDiscovery{first + per_page});
    } else {
      disabled_button(ui, next, {text_x, y}, {nw, h});
    }
    text_x = tab_buttons(s, ui, footer, text_x + nw + sp);
  }
  const Area a = draw_bar(s, ui, whole, text_x);
  const float x0 = a.x0 + pad, x1 = a.x1 - pad, w = x1 - x0;
  float y = a.y0 + sp;
  if (!d.entries) {
    text_centered(ui, FontRole::Heading, ui.tr("queue.loading"), a.x0, a.x1, a.y0 + a.h() * 0.4f, t.ink_muted);
    return;
  }
  const std::string head = core::format(ui.tr("backoffice.discovery.heading"), {std::to_string(rows)});
  text_at(ui, FontRole::Body, counter::fit(ui, FontRole::Body, head, w), {x0, y}, t.ink);
  y += 2 * lh;
  if (!d.notice.empty()) {
    text_at(ui, role, counter::fit(ui, role, counter::say(ui, d.notice), w), {x0, y}, t.fault);
    y += lh;
  }
  if (rows == 0) {
    text_centered(ui, FontRole::Body, ui.tr("backoffice.discovery.none"), a.x0, a.x1, y + pad, t.ink_muted);
    return;
  }
  filled_rect({x0, y - t.px(4)}, {x1, y - t.px(2)}, t.card_edge);
  const float text_w = w * 0.62f;
  const core::DiscoveryMark marks[] = {core::DiscoveryMark::Contacted, core::DiscoveryMark::NotEligible,
                                       core::DiscoveryMark::Applied};
  for (int i = first; i < std::min(rows, first + per_page) && y + row <= list_bottom; ++i) {
    const core::DiscoveryEntry& e = (*d.entries)[static_cast<std::size_t>(i)];
    const float ty = y + (row - 3 * lh) / 2;
    text_at(ui, role, counter::fit(ui, role, e.why, text_w), {x0, ty}, t.ink);
    text_at(ui, role, counter::fit(ui, role, e.name + "  " + e.id_number + "  " + e.address, text_w), {x0, ty + lh},
            t.ink_muted);
    std::string third = facts_line(ui, e);
    if (e.mark)
      third += "  ·  " + core::format(ui.tr("backoffice.discovery.marked"),
                                      {std::string(ui.tr(mark_key(*e.mark))), e.marked_by, e.marked_at});
    text_at(ui, role, counter::fit(ui, role, third, text_w), {x0, ty + 2 * lh}, e.mark ? t.ok : t.ink_muted);
    // The three marks, the current one greyed; each named by its entry for scenarios.
    float bx = x0 + text_w + sp;
    const float bw = (x1 - bx - 2 * sp) / 3, bh = t.px(Theme::kTouchTargetPx);
    for (auto m : marks) {
      const std::string id = std::string(ui.tr(mark_key(m))) + "##" + e.rule + e.id_number + e.period;
      const bool chosen = e.mark && *e.mark == m;
      // The current mark greyed (it is what the third line says); the others pressable.
      if (d.marking || chosen) disabled_button(ui, ui.tr(mark_key(m)), {bx, y + (row - bh) / 2}, {bw, bh});
      else if (button_at(ui, id, {bx, y + (row - bh) / 2}, {bw, bh}, role))
        ui.emit(core::intent::MarkDiscovery{e.rule, e.id_number, e.period, m});
      bx += bw + sp;
    }
    y += row;
    filled_rect({x0, y - t.px(2)}, {x1, y - t.px(1)}, t.card_edge);
  }
}

}  // namespace ui::screens::backoffice
