// 已受理: the committed application's number and status, the slip's print state with 重新打印
// (or why printing is not possible now), the slip as it prints, and 新受理.
#include <imgui.h>

#include <algorithm>

#include "ui/screens/counter/counter_blocks.h"
#include "ui/texture_cache.h"
#include "ui/widgets/rating_panel.h"

namespace ui::screens::counter {

void draw_slip_image(const core::PaperPreview& p, UiContext& ui, widgets::Area a) {
  const Theme& t = ui.theme;
  if (p.width <= 0 || p.height <= 0) return;
  const float scale = std::min({a.h() / static_cast<float>(p.height), a.w() / static_cast<float>(p.width), 1.0f});
  const float w = static_cast<float>(p.width) * scale, h = static_cast<float>(p.height) * scale;
  const float x0 = a.x0 + (a.w() - w) / 2;
  widgets::outlined_rect({x0 - 2, a.y0 - 2}, {x0 + w + 2, a.y0 + h + 2}, t.card_edge, t.px(2));
  if (ui.textures)
    if (void* tex = ui.textures->texture_for(p))
      ImGui::GetWindowDrawList()->AddImage(tex, ImVec2(x0, a.y0), ImVec2(x0 + w, a.y0 + h));
}

void draw_accepted(const core::AppState& s, UiContext& ui, widgets::Area a) {
  const Theme& t = ui.theme;
  if (!s.counter.accepted) return;
  const core::AcceptedIntake& acc = *s.counter.accepted;
  const core::Application& app = acc.application;
  const float pad = t.px(Theme::kPaddingPx), g = gap(ui), h = row_h(ui);
  const float slip_w = std::min(a.w() * 0.36f, t.px(620));
  const widgets::Area left{a.x0 + pad, a.y0 + pad, a.x1 - slip_w - 2 * pad, a.y1 - pad};
  float y = left.y0;

  const bool refused = app.status == core::ApplicationStatus::NotAccepted;
  const std::string_view title = ui.tr(refused ? "counter.done_refused" : "counter.done_accepted");
  widgets::text_at(ui, FontRole::Title, title, {left.x0, y}, refused ? t.warn : t.ok);
  y += widgets::measure(ui, FontRole::Title, title).y + g;
  auto line = [&](std::string_view label, const std::string& value, Rgb color) {
    const std::string l = std::string(label) + value;
    widgets::text_at(ui, FontRole::Body, l, {left.x0, y}, color);
    y += widgets::measure(ui, FontRole::Body, l).y + t.px(6);
  };
  line(ui.tr("counter.acceptance_no"), app.acceptance_no, t.ink);
  line(ui.tr("counter.applicant"), app.applicant_name + "  " + app.applicant_id, t.ink);
  line(ui.tr("counter.status"), std::string(ui.tr("app_status." + std::string(core::status_code(app.status)))), t.ink);
  if (!app.applicant_phone.empty()) line(ui.tr("counter.phone_label"), app.applicant_phone, t.ink);  // staff: in full
  if (!refused)
    line(ui.tr("counter.due"), app.due_provisional ? core::format(ui.tr("counter.due_provisional"), {app.due}) : app.due,
         app.due_provisional ? t.warn : t.ink);
  for (const auto& e : app.events)
    if (!e.note.empty()) line(ui.tr("counter.note"), e.note, t.ink_muted);
  y += g;

  // The slip.
  std::string state;
  Rgb color = t.ink;
  switch (acc.print) {
    case core::SlipPrint::None: state = say(ui, acc.slip_problem); color = t.fault; break;
    case core::SlipPrint::Printing: state = std::string(ui.tr("counter.printing")); break;
    case core::SlipPrint::Printed: state = std::string(ui.tr("counter.printed")); color = t.ok; break;
    case core::SlipPrint::Failed:
      state = core::format(ui.tr("counter.print_failed_because"), {ui.tr(acc.print_problem_key)});
      color = t.fault;
      break;
  }
  if (!state.empty()) {
    widgets::text_at(ui, FontRole::Body, state, {left.x0, y}, color);
    y += widgets::measure(ui, FontRole::Body, state).y + g;
  }
  const float bw = t.px(300);
  const std::string_view reprint = ui.tr("counter.reprint");
  if (acc.print == core::SlipPrint::Printing) {
    // one job at a time
  } else if (s.printer_ready()) {
    if (widgets::button_at(ui, reprint, {left.x0, y}, {bw, h}, FontRole::Body))
      ui.emit(core::intent::ReprintSlip{app.uuid});
  } else {
    disabled_button(ui, reprint, {left.x0, y}, {bw, h}, FontRole::Body);
    const bool connected = s.device(base::DeviceKind::Printer).link == core::DeviceLink::Connected;
    const std::string why = connected ? core::format(ui.tr("counter.print_unavailable"),
                                                     {ui.tr(core::printer_trouble_key(s.printer_trouble))})
                                      : std::string(ui.tr("counter.no_printer"));
    widgets::text_at(ui, FontRole::Small, why, {left.x0 + bw + g, y + t.px(14)}, t.ink_muted);
  }
  y += std::max(h, t.px(Theme::kTouchTargetPx)) + g;
  if (widgets::button_at(ui, ui.tr("counter.new_intake"), {left.x0, y}, {bw, h}, FontRole::Body))
    ui.emit(core::intent::NewIntake{});
  y += std::max(h, t.px(Theme::kTouchTargetPx)) + g;

  const bool rating = s.rating.open && s.rating.channel == core::RatingChannel::Counter;
  if (rating && s.resident_screen) {
    // 好差评 is asked on the resident-facing window: the staff only see that it is (or was) asked.
    const std::string_view where =
        ui.tr(s.rating.rated ? "counter.rating_given_on_resident_screen" : "counter.rating_on_resident_screen");
    widgets::text_at(ui, FontRole::Body, where, {left.x0, y}, s.rating.rated ? t.ok : t.ink_muted);
  } else if (rating) {
    // 好差评 beside the application's lines: the screen turned toward the resident, for the
    // application just accepted (a counter without a resident-facing window).
    const widgets::Area box{left.x0 + left.w() * 0.56f, left.y0, left.x1 - t.px(12), left.y1};
    widgets::outlined_rect({box.x0 - t.px(16), box.y0 - t.px(12)}, {box.x1 + t.px(12), box.y1}, t.card_edge, t.px(2),
                           t.px(8));
    widgets::RatingPanelLook look;
    look.title = FontRole::Heading;
    look.buttons = FontRole::Body;
    widgets::rating_panel(ui, s.rating, box, look);
  }

  if (acc.slip_preview)
    draw_slip_image(*acc.slip_preview, ui, {a.x1 - slip_w - pad, a.y0 + pad, a.x1 - pad, a.y1 - pad});
}

}  // namespace ui::screens::counter
