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
  const float strip = device_strip_height(state, ui, width);
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
  draw_device_strip(state, ui, {0, height - strip, width, height});
  end_page();
}

}  // namespace ui::screens
