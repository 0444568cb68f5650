// Back office: 统计 (issue 20) — the figures a township reports, read with aggregate statements
// and shown as charts with their numbers written beside them. Three views: 办件 (applications
// received and decided per month as bars, with working days to decision and overdue counts, and a
// table per item), 在保 (benefits in payment now: households, people and monthly money, by benefit
// type and by village, as bars) and 发放 (money paid per month as a line, with the last month per
// benefit type). Counts and sums only: no name, ID number or address is on this screen.
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "core/domain/benefit.h"
#include "core/text/i18n.h"
#include "ui/screens/backoffice/backoffice_blocks.h"
#include "ui/widgets/charts.h"

namespace ui::screens::backoffice {

namespace {

using counter::choice_button;
using counter::fit;

std::string num(long n) { return std::to_string(n); }

std::string one_decimal(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", x);
  return buf;
}

// Amounts in 万元 with one decimal (charts), or yuan with two (tables).
std::string wan(core::Fen fen) { return one_decimal(static_cast<double>(fen) / 1'000'000.0); }

std::string axis_month(UiContext& ui, const std::string& month) {
  return core::format(ui.tr("backoffice.statistics.axis_month"), {std::to_string(std::stoi(month.substr(5, 2)))});
}

std::string benefit_word(UiContext& ui, const std::string& stored) {
  if (auto t = core::benefit_type_from_name(stored)) return std::string(ui.tr("benefit." + std::string(core::benefit_type_code(*t))));
  return stored;
}

float line_height(UiContext& ui) { return widgets::measure(ui, FontRole::Small, "A").y + ui.theme.px(4); }

// The months chip (turns through 3, 6, 12) and the three views.
float draw_choices(const core::AppState& s, UiContext& ui, float x0, float y) {
  const Theme& t = ui.theme;
  const core::StatisticsView& v = s.backoffice.statistics;
  const float h = t.px(Theme::kTouchTargetPx), sp = t.px(12);
  float x = x0;
  const std::string months = core::format(ui.tr("backoffice.statistics.months"), {num(v.months)});
  const auto& choices = core::kStatisticsMonthChoices;
  const auto at = std::find(std::begin(choices), std::end(choices), v.months);
  const int next = (at == std::end(choices) || at + 1 == std::end(choices)) ? choices[0] : *(at + 1);
  float w = chip_width(ui, months);
  if (choice_button(ui, months, true, {x, y}, {w, h})) ui.emit(core::intent::ChooseStatisticsMonths{next});
  x += w + 2 * sp;
  const std::pair<core::StatisticsTab, const char*> tabs[] = {
      {core::StatisticsTab::Applications, "backoffice.statistics.tab_applications"},
      {core::StatisticsTab::InPayment, "backoffice.statistics.tab_in_payment"},
      {core::StatisticsTab::Payments, "backoffice.statistics.tab_payments"}};
  for (const auto& [tab, key] : tabs) {
    const std::string label(ui.tr(key));
    w = chip_width(ui, label);
    if (choice_button(ui, label, v.tab == tab, {x, y}, {w, h}) && v.tab != tab) ui.emit(core::intent::ChooseStatisticsTab{tab});
    x += w + sp;
  }
  return h;
}

// A coloured square and its words; returns where the words end.
float legend(UiContext& ui, float x, float y, Rgb color, const std::string& words) {
  const Theme& t = ui.theme;
  const float size = t.px(20), line_h = widgets::measure(ui, FontRole::Small, "A").y;
  widgets::filled_rect({x, y + (line_h - size) / 2}, {x + size, y + (line_h + size) / 2}, color, t.px(2));
  widgets::text_at(ui, FontRole::Small, words, {x + size + t.px(8), y}, t.ink);
  return x + size + t.px(8) + widgets::measure(ui, FontRole::Small, words).x + t.px(24);
}

// 好差评 of the last month shown: one bar per level, its word before it and its count after it (the
// words and numbers carry it; the bars only help the eye). Returns the height it takes.
float ratings_height(UiContext& ui) { return 6 * line_height(ui) + ui.theme.px(12); }

void draw_ratings(const core::StatisticsReport& r, UiContext& ui, Area a) {
  const Theme& t = ui.theme;
  const float lh = line_height(ui);
  if (r.ratings.empty() || r.months.empty()) return;
  const core::RatingLevelCounts& levels = r.ratings.back();
  int most = 0, total = 0;
  for (int n : levels) {
    most = std::max(most, n);
    total += n;
  }
  float y = a.y0;
  const std::string heading = core::format(ui.tr("backoffice.statistics.ratings"), {axis_month(ui, r.months.back()), num(total)});
  widgets::text_at(ui, FontRole::Small, fit(ui, FontRole::Small, heading, a.w()), {a.x0, y}, t.ink_muted);
  y += lh;
  widgets::filled_rect({a.x0, y - t.px(3)}, {a.x1, y - t.px(1)}, t.card_edge);
  const float word_w = a.w() * 0.3f, count_w = t.px(90);
  const float bar_x = a.x0 + word_w, bar_w = std::max(0.0f, a.w() - word_w - count_w);
  for (int level = core::kBestRating; level >= core::kWorstRating; --level) {
    const int n = levels[static_cast<std::size_t>(level - 1)];
    widgets::text_at(ui, FontRole::Small, fit(ui, FontRole::Small, ui.tr(core::rating_level_key(level)), word_w - t.px(6)),
                     {a.x0, y}, t.ink);
    const float w = most ? bar_w * static_cast<float>(n) / static_cast<float>(most) : 0.0f;
    if (w > 0)
      widgets::filled_rect({bar_x, y + lh * 0.2f}, {bar_x + w, y + lh * 0.8f},
                           core::rating_needs_reason(level) ? t.warn : t.button);
    widgets::text_at(ui, FontRole::Small, num(n), {bar_x + w + t.px(8), y}, t.ink);
    y += lh;
  }
}

void draw_applications(const core::StatisticsReport& r, UiContext& ui, Area a) {
  const Theme& t = ui.theme;
  const float lh = line_height(ui), sp = t.px(12);
  const float split = a.x0 + a.w() * 0.5f;
  // Left: bars per month, the totals written under them.
  std::vector<std::string> labels;
  std::vector<double> received, decided;
  core::ItemMonthFigures sum;
  for (std::size_t i = 0; i < r.months.size(); ++i) {
    labels.push_back(axis_month(ui, r.months[i]));
    const auto& f = r.totals[i];
    received.push_back(static_cast<double>(f.received));
    decided.push_back(static_cast<double>(f.decided));
    sum.received += f.received;
    sum.decided += f.decided;
    sum.working_days_total += f.working_days_total;
    sum.longest_working_days = std::max(sum.longest_working_days, f.longest_working_days);
    sum.overdue += f.overdue;
  }
  const core::ItemMonthFigures& last = r.totals.back();
  const float left_w = split - a.x0 - sp * 2;
  const float chart_bottom = a.y1 - 3 * lh - sp;
  widgets::bar_chart(ui, {a.x0, a.y0, a.x0 + left_w, chart_bottom}, labels, {{received, t.button}, {decided, t.ok}});
  float y = chart_bottom + sp;
  legend(ui, a.x0, y, t.button,
         fit(ui, FontRole::Small,
             core::format(ui.tr("backoffice.statistics.legend_received"), {num(sum.received), num(last.received)}), left_w - t.px(28)));
  y += lh;
  legend(ui, a.x0, y, t.ok,
         fit(ui, FontRole::Small,
             core::format(ui.tr("backoffice.statistics.legend_decided"), {num(sum.decided), num(last.decided)}), left_w - t.px(28)));
  y += lh;
  // Working days in ink, the overdue count after them in red when there is any.
  const std::string days = core::format(ui.tr("backoffice.statistics.legend_days"),
                                        {one_decimal(sum.average_working_days()), num(sum.longest_working_days)});
  const std::string late = core::format(ui.tr("backoffice.statistics.legend_overdue"), {num(sum.overdue)});
  const std::string shown_days = fit(ui, FontRole::Small, days, left_w);
  widgets::text_at(ui, FontRole::Small, shown_days, {a.x0, y}, t.ink);
  const float late_x = a.x0 + widgets::measure(ui, FontRole::Small, shown_days).x + t.px(16);
  if (late_x < a.x0 + left_w)
    widgets::text_at(ui, FontRole::Small, fit(ui, FontRole::Small, late, a.x0 + left_w - late_x), {late_x, y},
                     sum.overdue ? t.fault : t.ink);

  // Right: one row per item, over the months shown; 好差评 of the last month under them.
  const float x0 = split + sp, w = a.x1 - x0;
  draw_ratings(r, ui, {x0, a.y1 - ratings_height(ui), a.x1, a.y1});
  a.y1 -= ratings_height(ui) + sp;
  const float fr[] = {0.0f, 0.34f, 0.472f, 0.604f, 0.736f, 0.868f, 1.0f};
  const char* heads[] = {"backoffice.statistics.col_item",    "backoffice.statistics.col_received",
                         "backoffice.statistics.col_decided", "backoffice.statistics.col_average",
                         "backoffice.statistics.col_longest", "backoffice.statistics.col_overdue"};
  y = a.y0;
  for (int c = 0; c < 6; ++c)
    widgets::text_at(ui, FontRole::Small,
                     fit(ui, FontRole::Small, ui.tr(heads[c]), (fr[c + 1] - fr[c]) * w - t.px(6)),
                     {x0 + fr[c] * w, y}, t.ink_muted);
  y += lh;
  widgets::filled_rect({x0, y - t.px(3)}, {a.x1, y - t.px(1)}, t.card_edge);
  if (r.items.empty()) {
    widgets::text_at(ui, FontRole::Small, ui.tr("backoffice.statistics.none"), {x0, y + sp}, t.ink_muted);
    return;
  }
  for (const auto& item : r.items) {
    if (y + lh > a.y1) break;
    core::ItemMonthFigures f;
    for (const auto& m : item.months) {
      f.received += m.received;
      f.decided += m.decided;
      f.working_days_total += m.working_days_total;
      f.longest_working_days = std::max(f.longest_working_days, m.longest_working_days);
      f.overdue += m.overdue;
    }
    const std::string cells[] = {item.item_name.empty() ? item.item_code : item.item_name, num(f.received), num(f.decided),
                                 one_decimal(f.average_working_days()), num(f.longest_working_days), num(f.overdue)};
    for (int c = 0; c < 6; ++c)
      widgets::text_at(ui, FontRole::Small, fit(ui, FontRole::Small, cells[c], (fr[c + 1] - fr[c]) * w - t.px(6)),
                       {x0 + fr[c] * w, y}, c == 5 && f.overdue ? t.fault : t.ink);
    y += lh;
  }
}

void draw_in_payment(const core::StatisticsReport& r, UiContext& ui, Area a) {
  const Theme& t = ui.theme;
  const float lh = line_height(ui), sp = t.px(12);
  const core::InPaymentFigures& all = r.in_payment;
  if (all.benefits == 0) {
    widgets::text_at(ui, FontRole::Small, ui.tr("backoffice.statistics.in_payment_none"), {a.x0, a.y0}, t.ink_muted);
    return;
  }
  widgets::text_at(ui, FontRole::Body,
                   fit(ui, FontRole::Body,
                       core::format(ui.tr("backoffice.statistics.in_payment_total"),
                                    {num(all.households), num(all.people), core::format_yuan(all.monthly_fen)}),
                       a.w()),
                   {a.x0, a.y0}, t.ink);
  const float top = a.y0 + widgets::measure(ui, FontRole::Body, "A").y + sp;
  const float split = a.x0 + a.w() * 0.5f;
  const float row_h = lh + t.px(6);
  auto column = [&](float x0, float x1, const char* head_key, auto rows) {
    widgets::text_at(ui, FontRole::Small, ui.tr(head_key), {x0, top}, t.ink_muted);
    float y = top + lh;
    rows(x0, x1, y);
  };
  // The labels' column as wide as the longest benefit name, at most half a column.
  float label_w = 0;
  for (const auto& b : r.by_benefit) label_w = std::max(label_w, widgets::measure(ui, FontRole::Small, benefit_word(ui, b.benefit_type)).x);
  label_w = std::min(label_w + t.px(12), (split - a.x0) * 0.5f);
  column(a.x0, split - 2 * sp, "backoffice.statistics.by_benefit", [&](float x0, float x1, float y) {
    long max = 0;
    for (const auto& b : r.by_benefit) max = std::max(max, b.figures.people);
    for (const auto& b : r.by_benefit) {
      if (y + row_h > a.y1) break;
      const std::string after = core::format(ui.tr("backoffice.statistics.people_money"),
                                             {num(b.figures.people), core::format_yuan(b.figures.monthly_fen)});
      widgets::hbar_row(ui, {x0, y, x1, y + row_h}, fit(ui, FontRole::Small, benefit_word(ui, b.benefit_type), label_w - t.px(8)),
                        label_w, static_cast<double>(b.figures.people), static_cast<double>(max), after, t.button);
      y += row_h;
    }
  });
  column(split + sp, a.x1, "backoffice.statistics.by_village", [&](float x0, float x1, float y) {
    long max = 0;
    for (const auto& v : r.by_village) max = std::max(max, v.figures.people);
    for (const auto& v : r.by_village) {
      if (y + row_h > a.y1) break;
      const std::string label = v.label.empty() ? std::string(ui.tr("backoffice.statistics.no_village")) : v.label;
      const std::string after = core::format(ui.tr("backoffice.statistics.people_money"),
                                             {num(v.figures.people), core::format_yuan(v.figures.monthly_fen)});
      widgets::hbar_row(ui, {x0, y, x1, y + row_h}, fit(ui, FontRole::Small, label, label_w - t.px(8)), label_w,
                        static_cast<double>(v.figures.people), static_cast<double>(max), after, t.ok);
      y += row_h;
    }
  });
}

void draw_payments(const core::StatisticsReport& r, UiContext& ui, Area a) {
  const Theme& t = ui.theme;
  const float lh = line_height(ui), sp = t.px(12);
  const float split = a.x0 + a.w() * 0.55f;
  std::vector<std::string> labels, texts;
  std::vector<double> values;
  for (std::size_t i = 0; i < r.months.size(); ++i) {
    labels.push_back(axis_month(ui, r.months[i]));
    values.push_back(static_cast<double>(r.payment_totals[i].paid_fen));
    texts.push_back(wan(r.payment_totals[i].paid_fen));
  }
  widgets::text_at(ui, FontRole::Small, ui.tr("backoffice.statistics.unit_wan"), {a.x0, a.y0}, t.ink_muted);
  widgets::line_chart(ui, {a.x0, a.y0 + lh, split - 2 * sp, a.y1}, labels, values, texts, t.button);
  // Right: the last month, all and per benefit type.
  const float x0 = split + sp, w = a.x1 - x0;
  float y = a.y0;
  // The last month with any payment (this month's roster may not have come yet).
  std::size_t shown = r.months.size() - 1;
  for (std::size_t i = r.months.size(); i-- > 0;) {
    const auto& f = r.payment_totals[i];
    if (f.paid + f.failed + f.pending > 0) {
      shown = i;
      break;
    }
  }
  const core::PaymentMonthFigures& last = r.payment_totals[shown];
  const std::string month = r.months[shown];
  const std::string head = core::format(ui.tr("backoffice.statistics.paid_month"),
                                        {month, num(last.paid), core::format_yuan(last.paid_fen)});
  widgets::text_at(ui, FontRole::Small, fit(ui, FontRole::Small, head, w), {x0, y}, t.ink);
  y += lh;
  const std::string trouble = core::format(ui.tr("backoffice.statistics.failed_pending"), {num(last.failed), num(last.pending)});
  widgets::text_at(ui, FontRole::Small, fit(ui, FontRole::Small, trouble, w), {x0, y}, last.failed ? t.fault : t.ink_muted);
  y += lh + sp;
  widgets::filled_rect({x0, y - t.px(6)}, {a.x1, y - t.px(4)}, t.card_edge);
  for (const auto& b : r.payments) {
    if (y + lh > a.y1) break;
    const auto& f = b.months[shown];
    const std::string line = core::format(ui.tr("backoffice.statistics.paid_type"),
                                          {benefit_word(ui, b.benefit_type), num(f.paid), core::format_yuan(f.paid_fen)});
    widgets::text_at(ui, FontRole::Small, fit(ui, FontRole::Small, line, w), {x0, y}, t.ink);
    y += lh;
  }
}

// 返回队列 and 导出表格 in the foot bar; returns where they end.
float foot_buttons(const core::AppState& s, UiContext& ui, Area bar) {
  const Theme& t = ui.theme;
  const float h = t.px(Theme::kTouchTargetPx), sp = t.px(12);
  const float y = bar.y1 - h - sp;
  float x = bar.x0 + t.px(Theme::kPaddingPx);
  const std::string_view back = ui.tr("backoffice.statistics.back");
  float w = widgets::measure(ui, FontRole::Small, back).x + t.px(40);
  if (widgets::button_at(ui, back, {x, y}, {w, h}, FontRole::Small)) ui.emit(core::intent::CloseStatistics{});
  x += w + sp;
  const core::StatisticsView& v = s.backoffice.statistics;
  const bool working = v.exporting == core::StatisticsView::Export::Working;
  const std::string_view label = ui.tr(working ? "backoffice.statistics.exporting" : "backoffice.statistics.export");
  w = widgets::measure(ui, FontRole::Small, label).x + t.px(40);
  if (working || !v.report)
    counter::disabled_button(ui, label, {x, y}, {w, h});
  else if (widgets::button_at(ui, label, {x, y}, {w, h}, FontRole::Small))
    ui.emit(core::intent::ExportStatistics{});
  return x + w + sp;
}

}  // namespace

void draw_statistics(const core::AppState& s, UiContext& ui, Area whole) {
  const Theme& t = ui.theme;
  const core::StatisticsView& v = s.backoffice.statistics;
  const float pad = t.px(Theme::kPaddingPx), sp = t.px(12);
  const Area footer{whole.x0, whole.y1 - bar_height(ui), whole.x1, whole.y1};
  const Area a = draw_bar(s, ui, whole, foot_buttons(s, ui, footer));
  const float x0 = a.x0 + pad, x1 = a.x1 - pad;
  float y = a.y0 + sp;
  y += draw_choices(s, ui, x0, y) + sp;
  float bottom = a.y1 - sp;
  // The export's result (or why not), in the last line above the bar.
  std::string note;
  Rgb note_color = t.ink_muted;
  if (v.exporting == core::StatisticsView::Export::Done)
    note = core::format(ui.tr("backoffice.statistics.exported"), {v.export_path});
  else if (v.exporting == core::StatisticsView::Export::Failed) {
    note = counter::say(ui, v.export_notice);
    note_color = t.fault;
  }
  if (v.failed && !v.loading) {
    note = std::string(ui.tr("backoffice.statistics.failed"));
    note_color = t.fault;
  }
  if (!note.empty()) {
    bottom -= line_height(ui);
    widgets::text_at(ui, FontRole::Small, fit(ui, FontRole::Small, note, x1 - x0), {x0, bottom}, note_color);
    bottom -= sp;
  }
  if (!v.report) {
    widgets::text_centered(ui, FontRole::Heading, ui.tr("backoffice.statistics.loading"), a.x0, a.x1,
                           y + (bottom - y) * 0.3f, t.ink_muted);
    return;
  }
  const Area body{x0, y, x1, bottom};
  switch (v.tab) {
    case core::StatisticsTab::Applications: draw_applications(*v.report, ui, body); break;
    case core::StatisticsTab::InPayment: draw_in_payment(*v.report, ui, body); break;
    case core::StatisticsTab::Payments: draw_payments(*v.report, ui, body); break;
  }
}

}  // namespace ui::screens::backoffice
