// The queue's batch actions (core/backoffice/batch_view.h): the buttons 打印公示名单, 批量公示, 批量审批 and
// 导出花名册 with its month (each only for the roles that may), the lines that say how the 公示名单
// went (where its PDF is, 重新打印 after a paper fault) and what the roster export wrote, and the panel
// that takes the list's place while a bulk approval
// is asked for, runs and reports.
#include <filesystem>
#include <string>

#include "core/backoffice/backoffice_flow.h"
#include "core/text/i18n.h"
#include "ui/screens/backoffice/backoffice_blocks.h"

namespace ui::screens::backoffice {

namespace {

using Bulk = core::BatchView::Bulk;
using Print = core::BatchView::Print;
using counter::disabled_button;

float button_w(UiContext& ui, std::string_view label) {
  return widgets::measure(ui, FontRole::Small, label).x + ui.theme.px(48);
}

// The 公示名单's state as one line: printing, printed, not printed and why, where the PDF is.
std::string print_line(const core::BatchView& b, UiContext& ui) {
  std::string line;
  auto add = [&](const std::string& part) {
    if (part.empty()) return;
    if (!line.empty()) line += "  ·  ";
    line += part;
  };
  if (b.print == Print::Working) add(std::string(ui.tr("backoffice.publicity.printing")));
  if (b.print == Print::Printed) add(std::string(ui.tr("backoffice.publicity.printed")));
  if (b.print == Print::Failed) {
    // The cause when the printer named it (缺纸 …); else the printer's own line below says it.
    if (b.trouble == core::PrinterTrouble::None)
      add(std::string(ui.tr("backoffice.publicity.not_printed_plain")));
    else
      add(core::format(ui.tr("backoffice.publicity.not_printed"), {std::string(ui.tr(core::printer_trouble_key(b.trouble)))}));
  }
  add(counter::say(ui, b.print_notice));
  return line;
}

bool has_status_row(const core::BatchView& b) {
  const bool publicize_said = b.publicize.step == core::PublicizeView::Step::Idle && !b.publicize.notice.empty();
  return !b.bulk_notice.empty() || publicize_said || b.print != Print::Idle || !b.print_notice.empty();
}

// "PDF 已保存：<path>", the folders left out from the left ("…/exports/公示名单-….pdf") when the
// whole path is too wide: the file's name is what staff look for.
std::string pdf_line(UiContext& ui, const std::string& path, float width) {
  const std::filesystem::path p(path);
  const std::string tail = "…/" + (p.parent_path().filename() / p.filename()).string();
  for (const std::string& shown : {path, tail, "…/" + p.filename().string()}) {
    const std::string line = core::format(ui.tr("backoffice.publicity.pdf_at"), {shown});
    if (widgets::measure(ui, FontRole::Small, line).x <= width) return line;
  }
  return counter::fit(ui, FontRole::Small, core::format(ui.tr("backoffice.publicity.pdf_at"), {p.filename().string()}), width);
}

float small_line(UiContext& ui) { return widgets::measure(ui, FontRole::Small, "A").y + ui.theme.px(4); }

// The roster export's result, its file's folders left out from the left when too wide.
std::string roster_line(UiContext& ui, const core::BatchView& b, float width) {
  core::Message m = b.roster_notice;
  if (b.roster != core::BatchView::Roster::Written || m.params.size() != 5) {
    return counter::fit(ui, FontRole::Small, counter::say(ui, m), width);
  }
  const std::filesystem::path p(m.params[4]);
  for (const std::string& shown : {p.string(), "…/" + (p.parent_path().filename() / p.filename()).string(),
                                   "…/" + p.filename().string()}) {
    m.params[4] = shown;
    const std::string line = counter::say(ui, m);
    if (widgets::measure(ui, FontRole::Small, line).x <= width) return line;
  }
  return counter::fit(ui, FontRole::Small, counter::say(ui, m), width);
}

}  // namespace

float batch_buttons(const core::AppState& s, UiContext& ui, Area bar, float x) {
  const core::BackofficeSession& b = s.backoffice;
  if (!b.staff) return x;
  const float h = ui.theme.px(Theme::kTouchTargetPx), sp = ui.theme.px(12);
  const float y = bar.y1 - h - sp;
  if (core::may_print_publicity(b.staff->role)) {
    const std::string_view label = ui.tr("backoffice.publicity.button");
    const float w = button_w(ui, label);
    if (b.batch.print == Print::Working)
      disabled_button(ui, label, {x, y}, {w, h});
    else if (widgets::button_at(ui, label, {x, y}, {w, h}, FontRole::Small))
      ui.emit(core::intent::PrintPublicity{});
    x += w + sp;
  }
  // While one batch action asks, runs or reports, the other's button waits.
  const bool panel = draws_bulk_panel(s) || draws_publicize_panel(s);
  if (core::may_bulk_publicize(b.staff->role)) {
    const bool busy = b.batch.publicize.step == core::PublicizeView::Step::Finding;
    const std::string_view label = ui.tr(busy ? "backoffice.bulk.counting" : "backoffice.publicize.button");
    const float w = button_w(ui, label);
    if (busy || panel)
      disabled_button(ui, label, {x, y}, {w, h});
    else if (widgets::button_at(ui, label, {x, y}, {w, h}, FontRole::Small))
      ui.emit(core::intent::StartBulkPublicize{});
    x += w + sp;
  }
  if (core::may_bulk_approve(b.staff->role)) {
    const bool busy = b.batch.bulk == Bulk::Counting;
    const std::string_view label = ui.tr(busy ? "backoffice.bulk.counting" : "backoffice.bulk.button");
    const float w = button_w(ui, label);
    if ((b.batch.bulk != Bulk::Idle && b.batch.bulk != Bulk::Report) || draws_publicize_panel(s))
      disabled_button(ui, label, {x, y}, {w, h});
    else if (widgets::button_at(ui, label, {x, y}, {w, h}, FontRole::Small))
      ui.emit(core::intent::StartBulkApprove{});
    x += w + sp;
  }
  if (core::may_export_roster(b.staff->role)) {
    // 上月 [2026-12] 下月 导出花名册: the month first, then the button that writes it — in the room
    // left of 暂离 and 退出 (backoffice_blocks.cpp draw_bar). Where the picker does not fit (1280 px),
    // only the button: it writes the month shown in the result line (this month at first).
    const bool busy = b.batch.roster == core::BatchView::Roster::Working;
    const std::string month = core::backoffice::roster_month_of(s);
    float right = bar.x1 - ui.theme.px(Theme::kPaddingPx);
    for (const char* key : {"counter.sign_out", "counter.lock"}) right -= button_w(ui, ui.tr(key)) + sp;
    const float month_w = widgets::measure(ui, FontRole::Small, month).x;
    float all_w = month_w + sp;
    for (const char* key : {"backoffice.roster.earlier", "backoffice.roster.later", "backoffice.roster.button"})
      all_w += button_w(ui, ui.tr(key)) + sp;
    const bool picker = x + all_w <= right;
    for (const char* key : {"backoffice.roster.earlier", "", "backoffice.roster.later", "backoffice.roster.button"}) {
      const std::string_view k(key);
      if (!picker && k != "backoffice.roster.button") continue;
      if (k.empty()) {
        const float text_h = widgets::measure(ui, FontRole::Small, month).y;
        widgets::text_at(ui, FontRole::Small, month, {x, y + (h - text_h) / 2}, ui.theme.ink);
        x += month_w + sp;
        continue;
      }
      const std::string_view label = ui.tr(k);
      const float w = button_w(ui, label);
      if (x + w > right) break;
      if (busy) {
        disabled_button(ui, label, {x, y}, {w, h});
      } else if (widgets::button_at(ui, label, {x, y}, {w, h}, FontRole::Small)) {
        if (k == "backoffice.roster.button") ui.emit(core::intent::ExportRoster{});
        else ui.emit(core::intent::ShiftRosterMonth{k == "backoffice.roster.earlier" ? -1 : 1});
      }
      x += w + sp;
    }
  }
  return x;
}

float batch_lines_height(const core::AppState& s, UiContext& ui) {
  const core::BatchView& b = s.backoffice.batch;
  const float row = has_status_row(b) ? ui.theme.px(Theme::kTouchTargetPx) + ui.theme.px(12) : 0;
  return row + (b.pdf_path.empty() ? 0 : small_line(ui) + ui.theme.px(8)) +
         (b.roster_notice.empty() ? 0 : small_line(ui) + ui.theme.px(8));
}

void draw_batch_lines(const core::AppState& s, UiContext& ui, float x0, float x1, float y) {
  const core::BatchView& b = s.backoffice.batch;
  const Theme& t = ui.theme;
  const float h = t.px(Theme::kTouchTargetPx), sp = t.px(12);
  // The PDF's path on a line of its own, whole (cut only at the left, where the folder starts).
  if (!b.pdf_path.empty()) {
    widgets::text_at(ui, FontRole::Small, pdf_line(ui, b.pdf_path, x1 - x0), {x0, y}, t.ink);
    y += small_line(ui) + t.px(8);
  }
  if (!b.roster_notice.empty()) {
    const bool failed = b.roster == core::BatchView::Roster::Failed;
    widgets::text_at(ui, FontRole::Small, roster_line(ui, b, x1 - x0), {x0, y}, failed ? t.fault : t.ink);
    y += small_line(ui) + t.px(8);
  }
  if (!has_status_row(b)) return;
  float right = x1;
  if (b.print == Print::Failed) {
    const std::string_view again = ui.tr("case.ui.reprint");
    const float w = button_w(ui, again);
    right -= w;
    if (widgets::button_at(ui, again, {right, y}, {w, h}, FontRole::Small)) ui.emit(core::intent::ReprintPublicity{});
    right -= sp;
  }
  std::string line = print_line(b, ui);
  if (!b.bulk_notice.empty()) line = counter::say(ui, b.bulk_notice) + (line.empty() ? "" : "  ·  " + line);
  // 批量公示 that found nothing to offer (its panel says everything else).
  const bool publicize_said = b.publicize.step == core::PublicizeView::Step::Idle && !b.publicize.notice.empty();
  if (publicize_said) line = counter::say(ui, b.publicize.notice) + (line.empty() ? "" : "  ·  " + line);
  const bool trouble = b.print == Print::Failed || !b.print_notice.empty() || !b.bulk_notice.empty() || publicize_said;
  const std::string shown = counter::fit(ui, FontRole::Small, line, right - x0);
  const float text_h = widgets::measure(ui, FontRole::Small, shown).y;
  widgets::text_at(ui, FontRole::Small, shown, {x0, y + (h - text_h) / 2}, trouble ? t.fault : t.ink);
}

bool draws_bulk_panel(const core::AppState& s) {
  const Bulk k = s.backoffice.batch.bulk;
  return k == Bulk::Confirm || k == Bulk::Running || k == Bulk::Report;
}

void draw_bulk_panel(const core::AppState& s, UiContext& ui, Area a) {
  using namespace widgets;
  const core::BatchView& b = s.backoffice.batch;
  const Theme& t = ui.theme;
  const float pad = t.px(Theme::kPaddingPx), sp = t.px(12), h = t.px(Theme::kTouchTargetPx);
  filled_rect({a.x0, a.y0}, {a.x1, a.y1}, t.card, t.px(6));
  outlined_rect({a.x0, a.y0}, {a.x1, a.y1}, t.card_edge, t.px(2), t.px(6));
  const float x0 = a.x0 + pad, x1 = a.x1 - pad, w = x1 - x0;
  float y = a.y0 + pad;
  const bool report = b.bulk == Bulk::Report;
  text_at(ui, FontRole::Heading, ui.tr(report ? "backoffice.bulk.report_title" : "backoffice.bulk.button"), {x0, y}, t.ink);
  y += measure(ui, FontRole::Heading, "A").y + sp;
  const float body_h = measure(ui, FontRole::Body, "A").y + t.px(4);
  auto say_lines = [&](const std::string& text, FontRole role, Rgb colour) {
    const float lh = measure(ui, role, "A").y + t.px(4);
    for (const auto& l : wrap_lines(ui, role, text, w)) {
      text_at(ui, role, l, {x0, y}, colour);
      y += lh;
    }
  };
  const float buttons_y = a.y1 - pad - h;
  const std::string n = std::to_string(b.batch.size());
  if (b.bulk == Bulk::Confirm) {
    say_lines(core::format(ui.tr("backoffice.bulk.confirm"), {n, b.start_month}), FontRole::Body, t.ink);
    // An item paying several types (低保: 城市 or 农村): its cases in the batch take the one chosen.
    for (const core::BulkBenefitChoice& c : b.benefit_choices) {
      y += body_h / 4;
      say_lines(core::format(ui.tr("backoffice.bulk.benefit_prompt"), {c.item_name}), FontRole::Small, t.ink_muted);
      float x = x0;
      for (core::BenefitType type : c.types) {
        const std::string label(ui.tr("benefit." + std::string(core::benefit_type_code(type))));
        const float bw = button_w(ui, label) + t.px(40);
        if (counter::choice_button(ui, label, c.chosen == type, {x, y}, {bw, h}))
          ui.emit(core::intent::PickBulkBenefit{c.item_code, type});
        x += bw + sp;
      }
      y += h + sp;
    }
    if (!b.bulk_notice.empty()) say_lines(counter::say(ui, b.bulk_notice), FontRole::Body, t.warn);
    const std::string_view yes = ui.tr("backoffice.bulk.confirm_yes");
    const float yw = button_w(ui, yes), cw = button_w(ui, ui.tr("backoffice.bulk.cancel"));
    if (button_at(ui, yes, {x0, buttons_y}, {yw, h}, FontRole::Small)) ui.emit(core::intent::ConfirmBulkApprove{});
    if (button_at(ui, ui.tr("backoffice.bulk.cancel"), {x0 + yw + sp, buttons_y}, {cw, h}, FontRole::Small))
      ui.emit(core::intent::CloseBulkApprove{});
    return;
  }
  if (b.bulk == Bulk::Running) {
    say_lines(core::format(ui.tr("backoffice.bulk.running"), {n}), FontRole::Body, t.ink_muted);
    return;
  }
  // 关闭 at the top right: not where 确认批准 was, so a second tap on it does not close the report.
  const std::string_view close = ui.tr("backoffice.bulk.close");
  const float close_w = button_w(ui, close);
  if (button_at(ui, close, {x1 - close_w, a.y0 + pad}, {close_w, h}, FontRole::Small))
    ui.emit(core::intent::CloseBulkApprove{});
  say_lines(core::format(ui.tr("backoffice.bulk.report"), {std::to_string(b.approved), std::to_string(b.refused.size())}),
            FontRole::Body, t.ink);
  if (b.stopped) say_lines(std::string(ui.tr("backoffice.bulk.stopped")), FontRole::Body, t.fault);
  y += body_h / 2;
  // Each refusal on its own line(s), as many as fit; then how many more there are.
  const float small_h = measure(ui, FontRole::Small, "A").y + t.px(4);
  const float bottom = a.y1 - pad;
  for (std::size_t i = 0; i < b.refused.size(); ++i) {
    const auto& r = b.refused[i];
    const bool last = i + 1 == b.refused.size();
    if (y + small_h * (last ? 1.0f : 2.0f) > bottom) {
      text_at(ui, FontRole::Small, core::format(ui.tr("backoffice.bulk.more"), {std::to_string(b.refused.size() - i)}), {x0, y},
              t.ink_muted);
      return;
    }
    // One line a case, the acceptance number first (the sentence is cut at its end when too long).
    const std::string row = core::format(ui.tr("backoffice.bulk.refused_row"), {r.acceptance_no, counter::say(ui, r.why)});
    text_at(ui, FontRole::Small, counter::fit(ui, FontRole::Small, row, w), {x0, y}, t.fault);
    y += small_h;
  }
}

}  // namespace ui::screens::backoffice
