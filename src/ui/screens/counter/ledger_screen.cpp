// 受理台账: today's applications at this counter, newest last, with item, applicant (masked: the
// screen faces the hall), status and whether the slip printed; 重打 per row; export to CSV (UTF-8
// with BOM for Excel, or GB18030).
#include "core/domain/masking.h"
#include "ui/screens/counter/counter_blocks.h"

namespace ui::screens::counter {

void draw_ledger(const core::AppState& s, UiContext& ui, widgets::Area a) {
  const Theme& t = ui.theme;
  const float pad = t.px(Theme::kPaddingPx), g = gap(ui), h = row_h(ui);
  float y = a.y0 + pad;
  const std::string title = core::format(ui.tr("counter.ledger_title"), {s.now.iso_date()});
  widgets::text_at(ui, FontRole::Heading, title, {a.x0 + pad, y}, t.ink);
  // Buttons at the right of the title: 导出 (UTF-8), 导出 GB18030, 返回.
  const std::string_view labels[] = {ui.tr("counter.back_from_ledger"), ui.tr("counter.export_gb18030"),
                                     ui.tr("counter.export")};
  float x = a.x1 - pad;
  for (int i = 0; i < 3; ++i) {
    const float bw = widgets::measure(ui, FontRole::Small, labels[i]).x + t.px(48);
    x -= bw;
    if (widgets::button_at(ui, labels[i], {x, y}, {bw, h}, FontRole::Small)) {
      if (i == 0) ui.emit(core::intent::ShowLedger{false});
      else ui.emit(core::intent::ExportLedger{i == 1});
    }
    x -= g;
  }
  y += std::max(h, t.px(Theme::kTouchTargetPx)) + g;
  if (!s.counter.ledger_message.empty()) {
    std::string msg = say(ui, s.counter.ledger_message);
    if (!s.counter.ledger_problem_key.empty()) msg += "（" + std::string(ui.tr(s.counter.ledger_problem_key)) + "）";
    widgets::text_at(ui, FontRole::Small, fit(ui, FontRole::Small, msg, a.w() - 2 * pad), {a.x0 + pad, y}, t.ink);
    y += widgets::measure(ui, FontRole::Small, "A").y + g;
  }
  if (!s.counter.ledger) {
    widgets::text_at(ui, FontRole::Body, ui.tr("counter.ledger_loading"), {a.x0 + pad, y}, t.ink_muted);
    return;
  }
  const auto& rows = *s.counter.ledger;
  if (rows.empty()) {
    widgets::text_at(ui, FontRole::Body, ui.tr("counter.ledger_empty"), {a.x0 + pad, y}, t.ink_muted);
    return;
  }
  const std::string_view heads[] = {ui.tr("counter.col_no"), ui.tr("counter.col_time"), ui.tr("counter.col_item"),
                                    ui.tr("counter.col_applicant"), ui.tr("counter.col_status"),
                                    ui.tr("counter.col_slip")};
  const float fr[] = {0.0f, 0.23f, 0.31f, 0.55f, 0.68f, 0.78f};
  const float x0 = a.x0 + pad, w = a.w() - 2 * pad;
  for (int i = 0; i < 6; ++i) widgets::text_at(ui, FontRole::Small, heads[i], {x0 + fr[i] * w, y}, t.ink_muted);
  y += widgets::measure(ui, FontRole::Small, "A").y + t.px(8);
  const bool can_print = s.printer_ready() && s.counter.reprint_job == 0;
  for (const auto& r : rows) {
    if (y + h > a.y1 - pad) {
      widgets::text_at(ui, FontRole::Small, core::format(ui.tr("counter.ledger_more"), {std::to_string(rows.size())}),
                       {x0, y}, t.ink_muted);
      break;
    }
    const std::string item = [&] {
      if (s.counter_catalog)
        if (const auto* it = s.counter_catalog->services.find(r.item_code)) return it->name;
      return r.item_code;
    }();
    const std::string cells[] = {r.acceptance_no,
                                 r.accepted_at.size() >= 16 ? r.accepted_at.substr(11, 5) : r.accepted_at,
                                 item,
                                 core::mask_name(r.applicant_name),
                                 std::string(ui.tr("app_status." + std::string(core::status_code(r.status)))),
                                 std::string(core::slip_state_label(r.slip))};
    const float ty = y + (h - widgets::measure(ui, FontRole::Small, "A").y) / 2;
    for (int c = 0; c < 6; ++c) {
      const float col_w = (c < 5 ? fr[c + 1] : 0.9f) * w - fr[c] * w - t.px(12);
      widgets::text_at(ui, FontRole::Small, fit(ui, FontRole::Small, cells[c], col_w), {x0 + fr[c] * w, ty},
                       c == 5 && r.slip != core::SlipState::Printed ? t.warn : t.ink);
    }
    const std::string reprint = std::string(ui.tr("counter.reprint_short")) + " " + r.acceptance_no.substr(r.acceptance_no.size() - 4);
    const float bw = w * 0.1f;
    if (can_print) {
      if (widgets::button_at(ui, reprint, {x0 + 0.9f * w, y}, {bw, h}, FontRole::Small))
        ui.emit(core::intent::ReprintSlip{r.application_uuid});
    } else {
      disabled_button(ui, reprint, {x0 + 0.9f * w, y}, {bw, h});
    }
    y += std::max(h, t.px(Theme::kTouchTargetPx)) + t.px(4);
  }
}

}  // namespace ui::screens::counter
