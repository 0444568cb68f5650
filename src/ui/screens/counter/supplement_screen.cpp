// 补正收件: a resident brings the materials their application waits for. Scan the slip's QR code
// or type its acceptance number; the case shows with what is missing; tick each paper handed over;
// 材料已收齐 sends the case back to review. 返回 goes back to the intake where staff left it.
#include <algorithm>

#include "ui/screens/counter/counter_blocks.h"

namespace ui::screens::counter {

void draw_supplement(const core::AppState& s, UiContext& ui, widgets::Area a) {
  const Theme& t = ui.theme;
  const core::SupplementDesk& d = s.counter.supplement;
  const float pad = t.px(Theme::kPaddingPx), g = gap(ui), h = std::max(row_h(ui), t.px(Theme::kTouchTargetPx));
  const float x0 = a.x0 + pad, w = std::min(a.w() - 2 * pad, t.px(1400));
  float y = a.y0 + pad;
  widgets::text_at(ui, FontRole::Heading, ui.tr("counter.supplement.title"), {x0, y}, t.ink);
  const std::string_view back = ui.tr("counter.supplement.back");
  const float back_w = widgets::measure(ui, FontRole::Small, back).x + t.px(48);
  if (widgets::button_at(ui, back, {a.x1 - pad - back_w, y}, {back_w, h}, FontRole::Small))
    ui.emit(core::intent::ShowSupplement{false});
  y += h + g;
  widgets::text_at(ui, FontRole::Small, ui.tr("counter.supplement.prompt"), {x0, y}, t.ink_muted);
  y += widgets::measure(ui, FontRole::Small, "A").y + g;

  // The number: typed, or filled in by a scan.
  const float label_w = t.px(200), field_w = std::min(t.px(560), w - label_w);
  widgets::FieldOptions ascii;
  ascii.ascii_only = true;
  ascii.read_only = d.busy;
  auto r = labelled_field(ui, ui.tr("counter.supplement.number"), d.typed_no, x0, y, label_w, field_w, ascii);
  if (r.changed) ui.emit(core::intent::EditSupplementNo{*r.changed});
  const std::string_view find = ui.tr("counter.supplement.find");
  const float find_w = widgets::measure(ui, FontRole::Small, find).x + t.px(64);
  const widgets::Vec2 find_at{x0 + label_w + field_w + g, y};
  if (d.busy)
    disabled_button(ui, find, find_at, {find_w, row_h(ui)});
  else if (widgets::button_at(ui, find, find_at, {find_w, row_h(ui)}, FontRole::Small) || r.submitted)
    ui.emit(core::intent::FindSupplement{});
  y += row_h(ui) + 2 * g;

  if (d.busy) {
    widgets::text_at(ui, FontRole::Body, ui.tr("counter.supplement.busy"), {x0, y}, t.ink_muted);
    y += h;
  }
  if (d.found) {
    const core::SupplementCase& c = *d.found;
    const std::string status(ui.tr("app_status." + std::string(core::status_code(c.status))));
    const std::string lines[] = {
        std::string(ui.tr("counter.supplement.case_no")) + "  " + c.acceptance_no,
        std::string(ui.tr("counter.supplement.item")) + "  " + c.item_name,
        std::string(ui.tr("counter.supplement.applicant")) + "  " + c.applicant_name,
        std::string(ui.tr("counter.supplement.status")) + "  " + status};
    for (const auto& l : lines) {
      widgets::text_at(ui, FontRole::Body, fit(ui, FontRole::Body, l, w), {x0, y}, t.ink);
      y += widgets::measure(ui, FontRole::Body, "A").y + t.px(6);
    }
    y += g;
    if (c.status == core::ApplicationStatus::NeedsSupplement && !d.done) {
      widgets::text_at(ui, FontRole::Small, ui.tr("counter.supplement.tick_prompt"), {x0, y}, t.ink_muted);
      y += widgets::measure(ui, FontRole::Small, "A").y + g;
      // The missing papers in two columns; a tick for each one handed over.
      const float col_w = (w - g) / 2;
      int i = 0;
      for (const core::MaterialCheck& m : c.missing) {
        const bool handed = std::find(d.handed.begin(), d.handed.end(), m.code) != d.handed.end();
        if (choice_button(ui, fit(ui, FontRole::Small, m.name, col_w - t.px(70)), handed,
                          {x0 + static_cast<float>(i % 2) * (col_w + g), y}, {col_w, h}))
          ui.emit(core::intent::ToggleHanded{m.code});
        if (i % 2 == 1) y += h + g;
        ++i;
      }
      if (i % 2 == 1) y += h + g;
      y += g;
      const std::string_view receive = ui.tr("counter.supplement.receive");
      const float rw = widgets::measure(ui, FontRole::Body, receive).x + t.px(96);
      const bool all = std::all_of(c.missing.begin(), c.missing.end(), [&](const core::MaterialCheck& m) {
        return std::find(d.handed.begin(), d.handed.end(), m.code) != d.handed.end();
      });
      if (d.busy || !all)
        disabled_button(ui, receive, {x0, y}, {rw, h}, FontRole::Body);
      else if (widgets::button_at(ui, receive, {x0, y}, {rw, h}, FontRole::Body))
        ui.emit(core::intent::ReceiveSupplement{});
      y += h + g;
    }
  }
  if (!d.message.empty()) {
    // Done is good news; anything else needs staff to act (colour and words both say which).
    const auto colour = d.done ? t.ok : t.warn;
    for (const auto& l : widgets::wrap_lines(ui, FontRole::Body, say(ui, d.message), w)) {
      if (y + h > a.y1) break;
      widgets::text_at(ui, FontRole::Body, l, {x0, y}, colour);
      y += widgets::measure(ui, FontRole::Body, l).y + t.px(4);
    }
  }
}

}  // namespace ui::screens::counter
