#include "ui/screens/screens.h"

#include <imgui.h>

#include "ui/widgets/widgets.h"

namespace ui::screens {

namespace {
bool is_visit(core::ScreenId s) {
  return s == core::ScreenId::CardReading || s == core::ScreenId::ResidentStatus ||
         s == core::ScreenId::UnknownPerson || s == core::ScreenId::SlipProgress || s == core::ScreenId::KioskMessage;
}

void draw_visit(const core::AppState& s, UiContext& ui, Area rest) {
  if (s.kiosk.countdown_s >= 0) {
    draw_idle_countdown(s, ui, rest);
    return;
  }
  if (s.kiosk.show_paper && s.kiosk.paper) {
    draw_paper(s, ui, rest);
    return;
  }
  switch (s.screen) {
    case core::ScreenId::CardReading: draw_card_reading(s, ui, rest); break;
    case core::ScreenId::ResidentStatus: draw_resident_status(s, ui, rest); break;
    case core::ScreenId::UnknownPerson: draw_unknown_person(s, ui, rest); break;
    case core::ScreenId::SlipProgress: draw_slip_progress(s, ui, rest); break;
    case core::ScreenId::KioskMessage: draw_kiosk_message(s, ui, rest); break;
    default: break;
  }
}
}  // namespace

void draw(const core::AppState& state, UiContext& ui, float width, float height) {
  const Theme& t = ui.theme;
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImVec2(width, height));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, IM_COL32(t.page.r, t.page.g, t.page.b, 255));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0);
  ImGui::Begin("##screen", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                   ImGuiWindowFlags_NoScrollWithMouse);
  const float header = t.px(Theme::kHeaderPx);
  const float strip = device_strip_height(state, ui, width);
  // During a visit the band carries 返回首页 and 大字模式, so the resident's content keeps the room.
  if (is_visit(state.screen))
    draw_visit_bar(state, ui, {0, 0, width, header});
  else
    draw_header(state, ui, {0, 0, width, header});
  const Area content{0, header, width, height - strip};
  switch (state.screen) {
    case core::ScreenId::Welcome: draw_welcome(state, ui, content); break;
    case core::ScreenId::CardReading:
    case core::ScreenId::ResidentStatus:
    case core::ScreenId::UnknownPerson:
    case core::ScreenId::SlipProgress:
    case core::ScreenId::KioskMessage: draw_visit(state, ui, content); break;
    case core::ScreenId::CounterSignIn:
    case core::ScreenId::CounterLocked:
    case core::ScreenId::CounterIntake:
    case core::ScreenId::CounterAccepted:
    case core::ScreenId::CounterLedger: draw_counter(state, ui, content); break;
    case core::ScreenId::BackofficeHome: draw_work_queue(state, ui, content); break;
  }
  draw_device_strip(state, ui, {0, height - strip, width, height});
  ImGui::End();
  ImGui::PopStyleVar(2);
  ImGui::PopStyleColor();
}

}  // namespace ui::screens
