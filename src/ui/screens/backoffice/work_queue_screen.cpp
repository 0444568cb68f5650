// Back office: the work queue (issue 19) — the open applications a reviewer's filters let through,
// oldest first, with the promised date and an overdue mark (word and colour), who holds each claim
// and what this staff member may do with it: 领取 a free case, 打开 / 释放 their own, an admin's
// 收回 of someone else's. Above it the tabs 「我的待办」 and 「全部」, the item and overdue
// filters and 领取下一件; the status buttons carry the counts per status. In the foot bar, after
// the pager, 打印公示名单 and 批量审批 for those who may (batch_panel.cpp); after the status buttons,
// 年审 leads to the 年审 and 主动发现 tabs (review_screen.cpp). Full names: only a
// signed-in reviewer, approver or admin ever gets here.
#include <algorithm>
#include <cmath>
#include <string>

#include "base/utf8.h"
#include "core/text/i18n.h"
#include "ui/screens/backoffice/backoffice_blocks.h"

namespace ui::screens {

namespace {

using backoffice::chip_width;
using counter::choice_button;
using counter::disabled_button;

std::string status_word(UiContext& ui, core::ApplicationStatus s) {
  return std::string(ui.tr("app_status." + std::string(core::status_code(s))));
}

// The item after the filtered one (all items after the last): one button turns through them.
std::string next_item(const core::WorkQueue& q, const std::string& current) {
  if (current.empty()) return q.by_item.empty() ? std::string() : q.by_item.front().item_code;
  for (std::size_t i = 0; i < q.by_item.size(); ++i)
    if (q.by_item[i].item_code == current) return i + 1 < q.by_item.size() ? q.by_item[i + 1].item_code : std::string();
  return {};
}

std::string item_label(UiContext& ui, const core::WorkQueue& q, const std::string& code) {
  if (code.empty()) return core::format(ui.tr("backoffice.item_filter"), {std::string(ui.tr("backoffice.all_items"))});
  for (const auto& i : q.by_item)
    if (i.item_code == code)
      return core::format(ui.tr("backoffice.item_filter"), {i.item_name.empty() ? i.item_code : i.item_name});
  return core::format(ui.tr("backoffice.item_filter"), {code});
}

// 「我的待办」「全部」, the item, 只看超期; 领取下一件 at the right.
// `chips_end` and `button_x`: where the chips end and 领取下一件 begins (the room between is free).
float draw_tabs(const core::AppState& s, UiContext& ui, const core::WorkQueue& q, float x0, float x1, float y,
                float& chips_end, float& button_x) {
  const Theme& t = ui.theme;
  const core::BackofficeSession& b = s.backoffice;
  const float h = t.px(Theme::kTouchTargetPx), sp = t.px(12);
  float x = x0;
  auto chip = [&](const std::string& label, bool chosen, core::QueueFilter next) {
    const float w = chip_width(ui, label);
    if (choice_button(ui, label, chosen, {x, y}, {w, h}) && next != b.filter) ui.emit(core::intent::FilterQueue{next});
    x += w + sp;
  };
  core::QueueFilter f = b.filter;
  f.mine = true;
  chip(core::format(ui.tr("backoffice.tab_mine"), {std::to_string(q.mine)}), b.filter.mine, f);
  f.mine = false;
  chip(core::format(ui.tr("backoffice.tab_all"), {std::to_string(q.total_open)}), !b.filter.mine, f);
  x += sp;
  f = b.filter;
  f.item_code = next_item(q, b.filter.item_code);
  chip(item_label(ui, q, b.filter.item_code), !b.filter.item_code.empty(), f);
  f = b.filter;
  f.overdue_only = !f.overdue_only;
  chip(std::string(ui.tr("backoffice.overdue_only")), b.filter.overdue_only, f);

  const std::string_view next = ui.tr("backoffice.claim_next");
  const float w = widgets::measure(ui, FontRole::Small, next).x + t.px(48);
  chips_end = x;
  button_x = x1 - w;
  if (b.claiming)
    disabled_button(ui, ui.tr("backoffice.claiming"), {x1 - w, y}, {w, h});
  else if (widgets::button_at(ui, next, {x1 - w, y}, {w, h}, FontRole::Small))
    ui.emit(core::intent::ClaimNext{});
  return h;
}

// 全部状态 and one button per open status with its count, wrapped onto as many rows as the width
// needs (one in Chinese at 1280 px). Drawn only when `draw`; returns the rows used.
int draw_statuses(const core::AppState& s, UiContext& ui, const core::WorkQueue& q, float x0, float x1, float y,
                  bool draw) {
  const Theme& t = ui.theme;
  const core::BackofficeSession& b = s.backoffice;
  const float h = t.px(Theme::kTouchTargetPx), sp = t.px(12);
  float x = x0;
  int rows = 1;
  auto chip = [&](const std::string& label, bool chosen, std::optional<core::ApplicationStatus> status) {
    const float w = chip_width(ui, label);
    if (x > x0 && x + w > x1) {
      x = x0;
      y += h + sp;
      ++rows;
    }
    core::QueueFilter f = b.filter;
    f.status = status;
    if (draw && choice_button(ui, label, chosen, {x, y}, {w, h}) && f != b.filter) ui.emit(core::intent::FilterQueue{f});
    x += w + sp;
  };
  chip(std::string(ui.tr("backoffice.all_statuses")), !b.filter.status, std::nullopt);
  for (const core::StatusCount& c : q.by_status)
    chip(status_word(ui, c.status) + " " + std::to_string(c.count), b.filter.status == c.status, c.status);
  // The way to the 年审 and 主动发现 tabs (issue 20), after the statuses (a row of its own when
  // they fill the width).
  const std::string_view reviews = ui.tr("backoffice.tab.reviews");
  const float w = widgets::measure(ui, FontRole::Small, reviews).x + t.px(48);
  if (x > x0 && x + w > x1) {
    x = x0;
    y += h + sp;
    ++rows;
  }
  if (draw && widgets::button_at(ui, reviews, {x, y}, {w, h}, FontRole::Small))
    ui.emit(core::intent::ShowTab{core::intent::DynamicTab::Reviews});
  return rows;
}

// 上一页 / 下一页 of what was read, at the left of the foot bar. Returns where they end.
float draw_pager(UiContext& ui, Area bar, int first, int per_page, int rows) {
  const Theme& t = ui.theme;
  const float h = t.px(Theme::kTouchTargetPx), sp = t.px(12);
  const float y = bar.y1 - h - sp;
  float x = bar.x0 + t.px(Theme::kPaddingPx);
  const std::string_view prev = ui.tr("backoffice.page_prev"), next = ui.tr("backoffice.page_next");
  const float pw = widgets::measure(ui, FontRole::Small, prev).x + t.px(40);
  const float nw = widgets::measure(ui, FontRole::Small, next).x + t.px(40);
  if (first > 0) {
    if (widgets::button_at(ui, prev, {x, y}, {pw, h}, FontRole::Small))
      ui.emit(core::intent::PageQueue{std::max(0, first - per_page)});
  } else {
    disabled_button(ui, prev, {x, y}, {pw, h});
  }
  x += pw + sp;
  if (first + per_page < rows) {
    if (widgets::button_at(ui, next, {x, y}, {nw, h}, FontRole::Small)) ui.emit(core::intent::PageQueue{first + per_page});
  } else {
    disabled_button(ui, next, {x, y}, {nw, h});
  }
  return x + nw + sp;
}

}  // namespace

void draw_work_queue(const core::AppState& s, UiContext& ui, Area whole) {
  using namespace widgets;
  const Theme& t = ui.theme;
  const core::BackofficeSession& b = s.backoffice;
  const float pad = t.px(Theme::kPaddingPx), sp = t.px(12);
  const core::WorkQueue* q = b.queue ? &*b.queue : nullptr;
  const FontRole role = FontRole::Small;
  const float line_h = measure(ui, role, "A").y + t.px(2);
  // One line a row — number, item, applicant, status, due, holder, then its buttons — and the row
  // itself a target (领取, or 打开 one's own): a desk's list, ten rows or more at 1280x800.
  const float row_h = std::round(line_h + t.px(4));
  const float pad_x0 = whole.x0 + pad, pad_x1 = whole.x1 - pad;
  const int status_rows = q ? draw_statuses(s, ui, *q, pad_x0, pad_x1, 0, false) : 1;
  const float batch_h = backoffice::batch_lines_height(s, ui);
  const float list_top = whole.y0 + sp + static_cast<float>(1 + status_rows) * (t.px(Theme::kTouchTargetPx) + sp) + batch_h +
                         (b.notice.empty() ? 0 : line_h) + line_h;
  const float list_bottom = whole.y1 - backoffice::bar_height(ui);
  const int per_page = std::max(1, static_cast<int>((list_bottom - list_top) / row_h));
  const int rows = q ? static_cast<int>(q->entries.size()) : 0;
  const int first = std::clamp(b.first_row, 0, std::max(0, rows - 1));
  const Area footer{whole.x0, whole.y1 - backoffice::bar_height(ui), whole.x1, whole.y1};
  const float text_x = backoffice::tab_buttons(
      s, ui, footer, backoffice::batch_buttons(s, ui, footer, draw_pager(ui, footer, first, per_page, rows)));
  const Area a = backoffice::draw_bar(s, ui, whole, text_x);
  if (!q) {
    text_centered(ui, FontRole::Heading, ui.tr("queue.loading"), a.x0, a.x1, a.y0 + (a.y1 - a.y0) * 0.4f, t.ink_muted);
    return;
  }
  const float x0 = a.x0 + pad, x1 = a.x1 - pad, w = x1 - x0;
  float y = a.y0 + sp;
  const float tabs_y = y;
  float tabs_end = x0, tabs_right = x1;
  y += draw_tabs(s, ui, *q, x0, x1, y, tabs_end, tabs_right) + sp;
  if (backoffice::draws_bulk_panel(s)) {  // the question and the report take the list's whole room
    backoffice::draw_bulk_panel(s, ui, {x0, y, x1, a.y1 - sp});
    return;
  }
  if (backoffice::draws_publicize_panel(s)) {
    backoffice::draw_publicize_panel(s, ui, {x0, y, x1, a.y1 - sp});
    return;
  }
  draw_statuses(s, ui, *q, x0, x1, y, true);
  y += static_cast<float>(status_rows) * (t.px(Theme::kTouchTargetPx) + sp);
  backoffice::draw_batch_lines(s, ui, x0, x1, y);
  y += batch_h;
  if (!b.notice.empty()) {
    text_at(ui, role, counter::fit(ui, role, counter::say(ui, b.notice), w), {x0, y}, t.fault);
    y += line_h;
  }
  if (q->entries.empty()) {
    text_centered(ui, FontRole::Body, ui.tr(b.filter.mine ? "backoffice.mine_empty" : "queue.empty"), a.x0, a.x1,
                  y + pad, t.ink_muted);
    return;
  }
  // Column starts as fractions of the width; the buttons take what is left at the right, at least
  // two desk buttons wide.
  const float actions_w = std::max(2 * backoffice::kMinDeskButtonPx + sp,
                                   2 * (measure(ui, role, ui.tr("backoffice.release")).x + t.px(24)) + sp);
  const float cols_w = w - actions_w - sp;
  // The acceptance number whole; the rest of the width shared by item, applicant, status and due.
  // Who holds a case is shown where its buttons would be (core: someone else's claim has none).
  const float no_w = measure(ui, role, "320102-02-20261106-0000").x + t.px(16);
  const float rest[] = {0.0f, 0.35f, 0.50f, 0.69f, 1.0f};
  float xs[6];
  xs[0] = x0;
  for (int c = 0; c < 5; ++c) xs[c + 1] = x0 + no_w + rest[c] * std::max(0.0f, cols_w - no_w);
  const std::string heads[] = {std::string(ui.tr("queue.col_no")), std::string(ui.tr("queue.col_item")),
                               std::string(ui.tr("queue.col_applicant")), std::string(ui.tr("queue.col_status")),
                               std::string(ui.tr("queue.col_due"))};
  auto col_x = [&](int c) { return xs[c]; };
  auto col_w = [&](int c) { return xs[c + 1] - xs[c] - t.px(8); };
  for (int i = 0; i < 5; ++i)
    text_at(ui, role, counter::fit(ui, role, heads[i], col_w(i)), {col_x(i), y}, t.ink_muted);
  text_at(ui, role, counter::fit(ui, role, ui.tr("backoffice.col_holder"), actions_w), {x1 - actions_w, y}, t.ink_muted);
  const int last = std::min(rows, first + per_page);
  // Which rows show, in the tabs' row before 领取下一件 where it has room (else over the buttons).
  const std::string shown = core::format(ui.tr("backoffice.rows_shown"),
                                         {std::to_string(first + 1), std::to_string(last), std::to_string(q->matching)});
  const float shown_w = measure(ui, role, shown).x;
  if (tabs_end + sp + shown_w <= tabs_right - sp)
    text_at(ui, role, shown, {tabs_right - sp - shown_w, tabs_y + (t.px(Theme::kTouchTargetPx) - line_h) / 2}, t.ink_muted);
  else
    text_at(ui, role, counter::fit(ui, role, shown, actions_w), {x1 - std::min(actions_w, shown_w), y}, t.ink_muted);
  y = std::round(y + line_h);
  filled_rect({x0, y - t.px(4)}, {x1, y - t.px(2)}, t.card_edge);
  const std::string me = b.staff ? b.staff->staff_no : std::string();
  const bool admin = b.staff && b.staff->role == core::StaffRole::Admin;
  for (int i = first; i < last; ++i) {
    if (y + row_h > list_bottom) break;  // the notes above took the room: never draw over the foot bar
    const core::QueueEntry& e = q->entries[static_cast<std::size_t>(i)];
    std::string due = e.due;
    if (e.due_provisional) due += " " + std::string(ui.tr("queue.provisional"));
    if (e.overdue) due += " " + std::string(ui.tr("queue.overdue"));
    // The row (left of its buttons) is its first action: tap the number, the name, anywhere.
    const auto tap = backoffice::row_tap(e, me);
    if (backoffice::row_target(ui, e.acceptance_no, {x0, y, x0 + cols_w, y + row_h - t.px(2)}, tap && !b.claiming))
      ui.emit(*tap);
    const std::string cells[5] = {e.acceptance_no, e.item_name.empty() ? e.item_code : e.item_name, e.applicant_name,
                                  status_word(ui, e.status), due};
    const float text_y = y + (row_h - line_h) / 2 + t.px(1);
    for (int c = 0; c < 5; ++c) {
      // Each cell is cut to its column so a long item name never runs into the next one.
      const std::string cell = counter::fit(ui, role, cells[c], col_w(c));
      const bool late = c == 4 && e.overdue;
      text_at(ui, role, cell, {col_x(c), text_y}, late ? t.fault : (c == 1 ? t.ink_muted : t.ink));
    }
    backoffice::row_actions(s, ui, e, me, admin, {x1 - actions_w, y + t.px(2), x1, y + row_h - t.px(3)});
    y += row_h;
    filled_rect({x0, y - 1}, {x1, y}, t.card_edge);  // one pixel between rows
  }
}

}  // namespace ui::screens
