// Back office: the work queue (issue 19) — the open applications a reviewer's filters let through,
// oldest first, with the promised date and an overdue mark (word and colour), who holds each claim
// and what this staff member may do with it: 领取 a free case, 打开 / 释放 their own, an admin's
// 收回 of someone else's. Above it the tabs 「我的待办」 and 「全部」, the item and overdue
// filters and 领取下一件; the status buttons carry the counts per status. In the foot bar, after
// the pager, 打印公示名单 and 批量审批 for those who may (batch_panel.cpp); after the status buttons,
// 年审 leads to the 年审 and 主动发现 tabs (review_screen.cpp). Full names: only a
// signed-in reviewer, approver or admin ever gets here.
#include <algorithm>
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
float draw_tabs(const core::AppState& s, UiContext& ui, const core::WorkQueue& q, float x0, float x1, float y) {
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
  // Two lines a row (number, status, due / item, applicant, holder): the columns fit 1280 px and
  // the row is as tall as its buttons.
  const float row_h = std::max(t.px(Theme::kTouchTargetPx), 2 * line_h) + t.px(6);
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
  y += draw_tabs(s, ui, *q, x0, x1, y) + sp;
  if (backoffice::draws_bulk_panel(s)) {  // the question and the report take the list's whole room
    backoffice::draw_bulk_panel(s, ui, {x0, y, x1, a.y1 - sp});
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
  // Column starts as fractions of the width; the buttons take the last third.
  const float fr[] = {0.0f, 0.305f, 0.445f, 0.66f};
  const std::string heads[] = {std::string(ui.tr("queue.col_no")) + "/" + std::string(ui.tr("queue.col_item")),
                               std::string(ui.tr("queue.col_status")) + "/" + std::string(ui.tr("queue.col_applicant")),
                               std::string(ui.tr("queue.col_due")) + "/" + std::string(ui.tr("backoffice.col_holder"))};
  for (int i = 0; i < 3; ++i)
    text_at(ui, role, counter::fit(ui, role, heads[i], (fr[i + 1] - fr[i]) * w - t.px(10)), {x0 + fr[i] * w, y},
            t.ink_muted);
  const int last = std::min(rows, first + per_page);
  const std::string shown = core::format(ui.tr("backoffice.rows_shown"),
                                         {std::to_string(first + 1), std::to_string(last), std::to_string(q->matching)});
  text_at(ui, role, counter::fit(ui, role, shown, (1 - fr[3]) * w), {x0 + fr[3] * w, y}, t.ink_muted);
  y += line_h;
  filled_rect({x0, y - t.px(4)}, {x1, y - t.px(2)}, t.card_edge);
  const std::string me = b.staff ? b.staff->staff_no : std::string();
  const bool admin = b.staff && b.staff->role == core::StaffRole::Admin;
  for (int i = first; i < last; ++i) {
    if (y + row_h > list_bottom) break;  // the notes above took the room: never draw over the foot bar
    const core::QueueEntry& e = q->entries[static_cast<std::size_t>(i)];
    std::string due = e.due;
    if (e.due_provisional) due += " " + std::string(ui.tr("queue.provisional"));
    if (e.overdue) due += " " + std::string(ui.tr("queue.overdue"));
    const std::string cells[2][3] = {{e.acceptance_no, status_word(ui, e.status), due},
                                     {e.item_name.empty() ? e.item_code : e.item_name, e.applicant_name, e.claimed_by}};
    const float text_y = y + (row_h - 2 * line_h) / 2;
    for (int l = 0; l < 2; ++l)
      for (int c = 0; c < 3; ++c) {
        // Each cell is cut to its column so a long item name never runs into the next one.
        const std::string cell = counter::fit(ui, role, cells[l][c], (fr[c + 1] - fr[c]) * w - t.px(10));
        const bool late = l == 0 && c == 2 && e.overdue;
        text_at(ui, role, cell, {x0 + fr[c] * w, text_y + static_cast<float>(l) * line_h}, late ? t.fault : (l == 1 ? t.ink_muted : t.ink));
      }
    backoffice::row_actions(s, ui, e, me, admin, {x0 + fr[3] * w, y, x1, y + row_h});
    y += row_h;
    filled_rect({x0, y - t.px(2)}, {x1, y - t.px(1)}, t.card_edge);
  }
}

}  // namespace ui::screens
