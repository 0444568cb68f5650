// 批量公示 on the queue (core/backoffice/batch_view.h): the panel that takes the list's place while
// a reviewer ticks the cases ready for a public notice and types their proposed amounts, while the
// store publicizes them, and the report — how many, until when, each refusal with its reason — with
// 打印本批公示名单 (the same 公示名单 as the queue's button, of this batch alone: PDF and slip).
#include <algorithm>
#include <string>

#include "core/text/i18n.h"
#include "ui/screens/backoffice/backoffice_blocks.h"

namespace ui::screens::backoffice {

namespace {

using Step = core::PublicizeView::Step;
using namespace widgets;

float button_w(UiContext& ui, std::string_view label) { return measure(ui, FontRole::Small, label).x + ui.theme.px(48); }

// The notices' last days as one phrase: one day, or the first and the last of them.
std::string ends_phrase(std::vector<std::string> ends) {
  if (ends.empty()) return {};
  std::sort(ends.begin(), ends.end());
  return ends.front() == ends.back() ? ends.front() : ends.front() + " – " + ends.back();
}

// The list of cases ready, a page of it from p.first_row, in [y, bottom); returns the rows shown.
int draw_choices(const core::PublicizeView& p, UiContext& ui, float x0, float x1, float y, float bottom) {
  const Theme& t = ui.theme;
  const float h = t.px(Theme::kTouchTargetPx), sp = t.px(8), w = x1 - x0;
  const float line_h = measure(ui, FontRole::Small, "A").y;
  // Columns: the tick with the acceptance number, item and applicant, the last day, the amount.
  const float no_w = chip_width(ui, "320102-02-20261023-0001");
  const float amount_w = std::max(t.px(160), measure(ui, FontRole::Small, ui.tr("backoffice.publicize.col_amount")).x);
  const float ends_w = measure(ui, FontRole::Small, "2026-12-31  ").x;
  const float info_x = x0 + no_w + sp, ends_x = x1 - amount_w - sp - ends_w, amount_x = x1 - amount_w;
  text_at(ui, FontRole::Small, counter::fit(ui, FontRole::Small, ui.tr("backoffice.publicize.col_case"), no_w), {x0, y},
          t.ink_muted);
  text_at(ui, FontRole::Small, counter::fit(ui, FontRole::Small, ui.tr("backoffice.publicize.col_who"), ends_x - info_x - sp),
          {info_x, y}, t.ink_muted);
  text_at(ui, FontRole::Small, counter::fit(ui, FontRole::Small, ui.tr("backoffice.publicize.col_ends"), ends_w), {ends_x, y},
          t.ink_muted);
  text_at(ui, FontRole::Small, counter::fit(ui, FontRole::Small, ui.tr("backoffice.publicize.col_amount"), amount_w),
          {amount_x, y}, t.ink_muted);
  y += line_h + t.px(4);
  int shown = 0;
  for (std::size_t i = static_cast<std::size_t>(std::max(0, p.first_row)); i < p.cases.size(); ++i) {
    if (y + h > bottom) break;
    const core::PublicizeCase& c = p.cases[i];
    if (counter::choice_button(ui, c.acceptance_no, c.picked, {x0, y}, {no_w, h}, FontRole::Small))
      ui.emit(core::intent::PickPublicizeCase{c.acceptance_no, false, true});
    const Rgb ink = !c.problem.empty() ? t.fault : c.picked ? t.ink : t.ink_muted;
    const std::string info = c.item_name + "  " + c.applicant_name;
    const std::string shown_info = counter::fit(ui, FontRole::Small, info, ends_x - info_x - sp);
    text_at(ui, FontRole::Small, shown_info, {info_x, y + (h - line_h) / 2}, ink);
    text_at(ui, FontRole::Small, c.notice_ends, {ends_x, y + (h - line_h) / 2}, ink);
    FieldOptions o;
    o.ascii_only = true;
    o.max_bytes = 14;
    o.role = FontRole::Small;
    auto r = text_field(ui, core::format(ui.tr("backoffice.publicize.amount_caption"), {c.acceptance_no}), c.proposed_yuan,
                        {amount_x, y}, {amount_w, h}, o);
    if (r.changed) ui.emit(core::intent::EditPublicizeAmount{c.acceptance_no, *r.changed});
    y += h + sp;
    ++shown;
    (void)w;
  }
  return shown;
}

}  // namespace

bool draws_publicize_panel(const core::AppState& s) {
  const Step k = s.backoffice.batch.publicize.step;
  return k == Step::Choose || k == Step::Running || k == Step::Report;
}

void draw_publicize_panel(const core::AppState& s, UiContext& ui, Area a) {
  const core::PublicizeView& p = s.backoffice.batch.publicize;
  const Theme& t = ui.theme;
  const float pad = t.px(Theme::kPaddingPx), sp = t.px(12), h = t.px(Theme::kTouchTargetPx);
  filled_rect({a.x0, a.y0}, {a.x1, a.y1}, t.card, t.px(6));
  outlined_rect({a.x0, a.y0}, {a.x1, a.y1}, t.card_edge, t.px(2), t.px(6));
  const float x0 = a.x0 + pad, x1 = a.x1 - pad, w = x1 - x0;
  float y = a.y0 + pad;
  const bool report = p.step == Step::Report;
  text_at(ui, FontRole::Heading, ui.tr(report ? "backoffice.publicize.report_title" : "backoffice.publicize.button"), {x0, y},
          t.ink);
  const float small_h = measure(ui, FontRole::Small, "A").y + t.px(4);
  auto say_lines = [&](const std::string& text, Rgb colour) {
    for (const auto& l : wrap_lines(ui, FontRole::Small, text, w)) {
      text_at(ui, FontRole::Small, l, {x0, y}, colour);
      y += small_h;
    }
  };
  const float buttons_y = a.y1 - pad - h;
  if (p.step == Step::Choose) {
    // 全选 / 全不选 at the top right, beside the title.
    const std::string_view all = ui.tr("backoffice.publicize.pick_all"), none = ui.tr("backoffice.publicize.pick_none");
    const float nw = button_w(ui, none), aw = button_w(ui, all);
    if (button_at(ui, none, {x1 - nw, y}, {nw, h}, FontRole::Small)) ui.emit(core::intent::PickPublicizeCase{{}, true, false});
    if (button_at(ui, all, {x1 - nw - sp - aw, y}, {aw, h}, FontRole::Small))
      ui.emit(core::intent::PickPublicizeCase{{}, true, true});
    y += h + sp / 2;
    say_lines(core::format(ui.tr("backoffice.publicize.intro"), {p.starts}), t.ink);
    // The notice (what to put right) and the first wrong amount's sentence above the buttons.
    std::string trouble = counter::say(ui, p.notice);
    for (const auto& c : p.cases)
      if (!c.problem.empty()) {
        trouble += (trouble.empty() ? "" : "  ") + counter::say(ui, c.problem);
        break;
      }
    const float trouble_h = trouble.empty() ? 0 : small_h * static_cast<float>(wrap_lines(ui, FontRole::Small, trouble, w).size());
    const int shown = draw_choices(p, ui, x0, x1, y + sp / 2, buttons_y - sp - trouble_h);
    if (!trouble.empty()) {
      y = buttons_y - sp / 2 - trouble_h;
      say_lines(trouble, t.fault);
    }
    const long picked = std::count_if(p.cases.begin(), p.cases.end(), [](const core::PublicizeCase& c) { return c.picked; });
    const std::string yes = core::format(ui.tr("backoffice.publicize.confirm_yes"), {std::to_string(picked)});
    const std::string_view cancel = ui.tr("backoffice.bulk.cancel");
    const float yw = button_w(ui, yes), cw = button_w(ui, cancel);
    if (button_at(ui, yes, {x0, buttons_y}, {yw, h}, FontRole::Small)) ui.emit(core::intent::ConfirmBulkPublicize{});
    if (button_at(ui, cancel, {x0 + yw + sp, buttons_y}, {cw, h}, FontRole::Small)) ui.emit(core::intent::CloseBulkPublicize{});
    // Pages of the list at the right, with where this one is.
    const int n = static_cast<int>(p.cases.size());
    if (shown < n) {
      const std::string_view prev = ui.tr("backoffice.page_prev"), next = ui.tr("backoffice.page_next");
      const float pw = button_w(ui, prev), xw = button_w(ui, next);
      const int per = std::max(1, shown);
      if (p.first_row + shown < n) {
        if (button_at(ui, next, {x1 - xw, buttons_y}, {xw, h}, FontRole::Small))
          ui.emit(core::intent::PagePublicize{p.first_row + per});
      } else {
        counter::disabled_button(ui, next, {x1 - xw, buttons_y}, {xw, h});
      }
      if (p.first_row > 0) {
        if (button_at(ui, prev, {x1 - xw - sp - pw, buttons_y}, {pw, h}, FontRole::Small))
          ui.emit(core::intent::PagePublicize{std::max(0, p.first_row - per)});
      } else {
        counter::disabled_button(ui, prev, {x1 - xw - sp - pw, buttons_y}, {pw, h});
      }
      const std::string where = core::format(ui.tr("backoffice.rows_shown"), {std::to_string(p.first_row + 1),
                                                                             std::to_string(p.first_row + shown), std::to_string(n)});
      const float ww = measure(ui, FontRole::Small, where).x;
      const float wx = x1 - xw - sp - pw - sp - ww;
      if (wx > x0 + yw + sp + cw + sp)
        text_at(ui, FontRole::Small, where, {wx, buttons_y + (h - small_h) / 2}, t.ink_muted);
    }
    return;
  }
  y += measure(ui, FontRole::Heading, "A").y + sp;
  if (p.step == Step::Running) {
    const long picked = std::count_if(p.cases.begin(), p.cases.end(), [](const core::PublicizeCase& c) { return c.picked; });
    say_lines(core::format(ui.tr("backoffice.publicize.running"), {std::to_string(picked)}), t.ink_muted);
    return;
  }
  // The report. 关闭 at the top right: not where 确认公示 was, so a second tap does not close it.
  const std::string_view close = ui.tr("backoffice.bulk.close");
  const float close_w = button_w(ui, close);
  if (button_at(ui, close, {x1 - close_w, a.y0 + pad}, {close_w, h}, FontRole::Small)) ui.emit(core::intent::CloseBulkPublicize{});
  say_lines(core::format(ui.tr("backoffice.publicize.report"),
                         {std::to_string(p.publicized.size()), std::to_string(p.refused.size())}),
            t.ink);
  if (!p.publicized.empty())
    say_lines(core::format(ui.tr("backoffice.publicize.period"), {p.starts, ends_phrase(p.ends)}), t.ink);
  if (p.stopped) say_lines(std::string(ui.tr("backoffice.publicize.stopped")), t.fault);
  // 打印本批公示名单 and how its printing went (where the PDF is, 重新打印 after a paper fault).
  const float lines_h = batch_lines_height(s, ui);
  const float bottom = buttons_y - sp - lines_h;
  if (!p.publicized.empty()) {
    const std::string_view label = ui.tr("backoffice.publicize.print_batch");
    const float bw = button_w(ui, label);
    if (s.backoffice.batch.print == core::BatchView::Print::Working)
      counter::disabled_button(ui, label, {x0, buttons_y}, {bw, h});
    else if (button_at(ui, label, {x0, buttons_y}, {bw, h}, FontRole::Small))
      ui.emit(core::intent::PrintPublicizedBatch{});
  }
  if (lines_h > 0) draw_batch_lines(s, ui, x0, x1, buttons_y - sp - lines_h);
  y += small_h / 2;
  // Each refusal on a line of its own, as many as fit; then how many more there are.
  for (std::size_t i = 0; i < p.refused.size(); ++i) {
    const auto& r = p.refused[i];
    const bool last = i + 1 == p.refused.size();
    if (y + small_h * (last ? 1.0f : 2.0f) > bottom) {
      text_at(ui, FontRole::Small, core::format(ui.tr("backoffice.publicize.more"), {std::to_string(p.refused.size() - i)}),
              {x0, y}, t.ink_muted);
      return;
    }
    const std::string row = core::format(ui.tr("backoffice.bulk.refused_row"), {r.acceptance_no, counter::say(ui, r.why)});
    text_at(ui, FontRole::Small, counter::fit(ui, FontRole::Small, row, w), {x0, y}, t.fault);
    y += small_h;
  }
}

}  // namespace ui::screens::backoffice
