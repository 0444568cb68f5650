// The last payments: a table where it fits (month, benefit, amount, paid date, channel, status),
// one small block per payment where it does not (portrait, 大字模式). A failed payment says what
// to do; a pending one says it is on its way. The status is a word with a mark, not colour alone.
#include <algorithm>
#include <array>
#include <string>

#include "core/text/i18n.h"
#include "ui/screens/kiosk/kiosk_blocks.h"
#include "ui/widgets/progress_timeline.h"

namespace ui::screens {

using widgets::Mark;
using widgets::measure;

namespace {

constexpr int kColumns = 6;

struct Row {
  std::array<std::string, kColumns> cells;  // month, benefit, amount, paid date, channel, status
  Mark mark;
  Rgb color;
  std::string advice;  // failed / pending: what to do
  bool paid = false;
  std::string paid_short;  // the table's date: the month column already has the year
};

Row row_of(UiContext& ui, const core::PaymentRecord& r) {
  const Theme& t = ui.theme;
  Row row;
  row.paid = !r.paid_on.empty();
  row.paid_short = r.paid_on.size() == 10 ? core::format(ui.tr("date.month_day"),
                                                          {widgets::date_number(ui, std::string_view(r.paid_on).substr(5, 2)),
                                                           widgets::date_number(ui, std::string_view(r.paid_on).substr(8, 2))})
                                          : std::string("—");
  row.cells = {widgets::month_of(ui, r.period), std::string(benefit_name(ui, r.type)), yuan(ui, r.amount_fen),
               r.paid_on.empty() ? std::string("—") : widgets::long_date(ui, r.paid_on),
               r.channel.empty() ? std::string("—") : r.channel,
               std::string(ui.tr("payment." + std::string(core::payment_status_code(r.status))))};
  switch (r.status) {
    case core::PaymentStatus::Paid: row.mark = Mark::Tick; row.color = t.ok; break;
    case core::PaymentStatus::Pending:
      row.mark = Mark::HollowDot;
      row.color = t.warn;
      row.advice = ui.tr("kiosk.payment_pending_note");
      break;
    case core::PaymentStatus::Failed:
      row.mark = Mark::Cross;
      row.color = t.fault;
      row.advice = ui.tr("kiosk.payment_failed_advice");
      break;
  }
  return row;
}

// The status word after its mark; returns the width used.
float status_cell(widgets::ScrollPanel& p, const Row& row, float x, float y) {
  const float lh = measure(p.ui, FontRole::Body, "A").y;
  p.shape_on_line(row.mark, x, y + lh * 0.15f, lh * 0.7f, row.color, y, lh);
  p.text(FontRole::Body, row.cells[5], x + lh * 0.7f + p.ui.theme.px(8), y, row.color);
  return lh * 0.7f + p.ui.theme.px(8) + measure(p.ui, FontRole::Body, row.cells[5]).x;
}

float advice_line(widgets::ScrollPanel& p, const Row& row, float x0, float x1, float y) {
  if (row.advice.empty()) return 0;
  return p.text_wrapped(FontRole::Body, row.advice, x0, y, x1 - x0, row.color) + p.ui.theme.px(6);
}

}  // namespace

float payments_block(widgets::ScrollPanel& p, const std::vector<core::PaymentRecord>& payments, float x0, float x1,
                     float y) {
  UiContext& ui = p.ui;
  const Theme& t = ui.theme;
  const float y_top = y;
  if (payments.empty()) return p.text_wrapped(FontRole::Body, ui.tr("kiosk.no_payments"), x0, y, x1 - x0, t.ink_muted);
  std::vector<Row> rows;
  for (const auto& r : payments) rows.push_back(row_of(ui, r));
  const std::array<std::string_view, kColumns> heads = {ui.tr("kiosk.col_month"),   ui.tr("kiosk.col_benefit"),
                                                        ui.tr("kiosk.col_amount"),  ui.tr("kiosk.col_paid_on"),
                                                        ui.tr("kiosk.col_channel"), ui.tr("kiosk.col_status")};
  const float lh = measure(ui, FontRole::Body, "A").y;
  std::array<float, kColumns> width{};
  for (int c = 0; c < kColumns; ++c) width[c] = measure(ui, FontRole::Small, heads[c]).x;
  auto table_cell = [](const Row& row, int c) -> const std::string& { return c == 3 ? row.paid_short : row.cells[c]; };
  for (const auto& row : rows)
    for (int c = 0; c < kColumns; ++c)
      width[c] = std::max(width[c], measure(ui, FontRole::Body, table_cell(row, c)).x + (c == 5 ? lh * 0.7f + t.px(8) : 0));
  const float gap = t.px(24);
  float total = gap * (kColumns - 1);
  for (float w : width) total += w;
  const float row_gap = t.px(12);

  if (total <= x1 - x0) {
    // Spare width is shared out between the columns.
    const float extra = (x1 - x0 - total) / kColumns;
    std::array<float, kColumns> left{};
    float x = x0;
    for (int c = 0; c < kColumns; ++c) {
      left[c] = x;
      x += width[c] + extra + gap;
    }
    for (int c = 0; c < kColumns; ++c) {
      // Amounts line up on the right.
      const float hx = c == 2 ? left[c] + width[c] - measure(ui, FontRole::Small, heads[c]).x : left[c];
      p.text(FontRole::Small, heads[c], hx, y, t.ink_muted);
    }
    y += measure(ui, FontRole::Small, "A").y + row_gap;
    p.rect({x0, y - row_gap / 2 - t.px(1), x1, y - row_gap / 2 + t.px(1)}, t.card_edge);
    for (const auto& row : rows) {
      p.begin_group(y);
      for (int c = 0; c < 5; ++c) {
        const std::string& cell = table_cell(row, c);
        const float cx = c == 2 ? left[c] + width[c] - measure(ui, FontRole::Body, cell).x : left[c];
        p.text(FontRole::Body, cell, cx, y, c == 4 ? t.ink_muted : t.ink);
      }
      status_cell(p, row, left[5], y);
      y += lh + t.px(4);
      y += advice_line(p, row, left[1], x1, y);
      p.end_group();
      y += row_gap;
      p.rect({x0, y - row_gap / 2 - t.px(1), x1, y - row_gap / 2}, t.card_edge);
    }
    return y - y_top;
  }

  // One block per payment: month and benefit; amount and status; date and channel; advice.
  for (const auto& row : rows) {
    p.begin_group(y);
    y += p.text_wrapped(FontRole::Body, row.cells[0] + "  " + row.cells[1], x0, y, x1 - x0, t.ink) + t.px(4);
    const float aw = measure(ui, FontRole::Body, row.cells[2]).x;
    p.text(FontRole::Body, row.cells[2], x0, y, t.ink);
    const float sw = lh * 0.7f + t.px(8) + measure(ui, FontRole::Body, row.cells[5]).x;
    if (aw + t.px(32) + sw <= x1 - x0) {
      status_cell(p, row, x0 + aw + t.px(32), y);
    } else {
      y += lh + t.px(4);
      status_cell(p, row, x0, y);
    }
    y += lh + t.px(4);
    // Not paid yet: no date to show, only where it goes.
    const std::string when = row.paid ? core::format(ui.tr("kiosk.paid_on_by"), {row.cells[3], row.cells[4]})
                                      : core::format(ui.tr("kiosk.paid_by"), {row.cells[4]});
    if (!row.paid || measure(ui, FontRole::Body, when).x <= x1 - x0) {
      y += p.text_wrapped(FontRole::Body, when, x0, y, x1 - x0, t.ink_muted) + t.px(4);
    } else {  // date and channel each on its own line rather than a label torn from its value
      y += p.text_wrapped(FontRole::Body, core::format(ui.tr("kiosk.paid_on"), {row.cells[3]}), x0, y, x1 - x0,
                          t.ink_muted) +
           t.px(4);
      y += p.text_wrapped(FontRole::Body, core::format(ui.tr("kiosk.paid_by"), {row.cells[4]}), x0, y, x1 - x0,
                          t.ink_muted) +
           t.px(4);
    }
    y += advice_line(p, row, x0, x1, y);
    p.end_group();
    y += row_gap;
    p.rect({x0, y - row_gap / 2 - t.px(1), x1, y - row_gap / 2}, t.card_edge);
  }
  return y - y_top;
}

}  // namespace ui::screens
