#include "ui/screens/screens.h"

#include <imgui.h>

#include "ui/widgets/widgets.h"

namespace ui::screens {

void begin_page(const Theme& t, const char* id, float width, float height, int extra_flags) {
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImVec2(width, height));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, IM_COL32(t.page.r, t.page.g, t.page.b, 255));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0);
  ImGui::Begin(id, nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                   ImGuiWindowFlags_NoSavedSettings | extra_flags);
}

void end_page() {
  ImGui::End();
  ImGui::PopStyleVar(2);
  ImGui::PopStyleColor();
}

void draw(const core::AppState& state, UiContext& ui, float width, float height) {
  const Theme& t = ui.theme;
  begin_page(t, "##screen", width, height, ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse);
  const float header = t.px(Theme::kHeaderPx);
  // The kiosk's 好差评 is a few seconds' question with buttons as large as the text: it takes the
  // device strip's room too (three lines at 1280×800 in 大字模式 in English), and the strip is back
  // on the next screen.
  const bool strip_shown = state.screen != core::ScreenId::KioskRating;
  const float strip = strip_shown ? device_strip_height(state, ui, width) : 0.0f;
  // During a visit the band carries 返回首页 and 大字模式, so the resident's content keeps the room.
  if (kiosk_visit(state.screen))
    draw_visit_bar(state, ui, {0, 0, width, header});
  else
    draw_header(state, ui, {0, 0, width, header});
  const Area content{0, header, width, height - strip};
  // Each room draws its own screens (screens/kiosk, screens/counter, screens/backoffice).
  if (state.maintenance.open) {
    draw_maintenance(state, ui, content);
  } else {
    switch (core::mode_of(state.screen)) {
      case core::Mode::Kiosk: draw_kiosk(state, ui, content); break;
      case core::Mode::Counter: draw_counter(state, ui, content); break;
      case core::Mode::Backoffice: draw_backoffice(state, ui, content); break;
    }
  }
  if (strip_shown) draw_device_strip(state, ui, {0, height - strip, width, height});
  end_page();
}

}  // namespace ui::screens
