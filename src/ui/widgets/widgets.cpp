#include "ui/widgets/widgets.h"

#include <algorithm>
#include <imgui.h>
#include <string>

namespace ui::widgets {

namespace {
ImU32 col(Rgb c, int alpha = 255) { return IM_COL32(c.r, c.g, c.b, alpha); }
ImFont* font_of(UiContext& ui, FontRole role) { return ui.fonts.font(role); }
}  // namespace

Vec2 measure(UiContext& ui, FontRole role, std::string_view s) {
  ui.fonts.want(role, s);
  ImFont* f = font_of(ui, role);
  const ImVec2 sz = f->CalcTextSizeA(f->FontSize, 1e9f, 0.0f, s.data(), s.data() + s.size());
  return {sz.x, sz.y};
}

void text(UiContext& ui, FontRole role, std::string_view s, Rgb color) {
  ui.fonts.want(role, s);
  ImGui::PushFont(font_of(ui, role));
  ImGui::PushStyleColor(ImGuiCol_Text, col(color));
  ImGui::TextUnformatted(s.data(), s.data() + s.size());
  ImGui::PopStyleColor();
  ImGui::PopFont();
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  ui.probe.record({DrawnItem::Kind::Text, std::string(s), a.x, a.y, b.x - a.x, b.y - a.y});
}

void text_at(UiContext& ui, FontRole role, std::string_view s, Vec2 pos, Rgb color) {
  const Vec2 sz = measure(ui, role, s);
  ImFont* f = font_of(ui, role);
  ImGui::GetWindowDrawList()->AddText(f, f->FontSize, ImVec2(pos.x, pos.y), col(color), s.data(),
                                      s.data() + s.size());
  ui.probe.record({DrawnItem::Kind::Text, std::string(s), pos.x, pos.y, sz.x, sz.y});
}

float text_centered(UiContext& ui, FontRole role, std::string_view s, float x0, float x1, float y, Rgb color) {
  const Vec2 sz = measure(ui, role, s);
  text_at(ui, role, s, {x0 + std::max(0.0f, (x1 - x0 - sz.x) / 2), y}, color);
  return sz.y;
}

bool button_at(UiContext& ui, std::string_view label, Vec2 pos, Vec2 size, FontRole role) {
  const float h = std::max(size.y, ui.theme.px(Theme::kTouchTargetPx));
  ui.fonts.want(role, label);
  ImGui::SetCursorScreenPos(ImVec2(pos.x, pos.y));
  ImGui::PushFont(font_of(ui, role));
  ImGui::PushStyleColor(ImGuiCol_Button, col(ui.theme.button));
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, col(ui.theme.button_hover));
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, col(ui.theme.button_hover));
  ImGui::PushStyleColor(ImGuiCol_Text, col(ui.theme.button_ink));
  ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, ui.theme.px(12));
  ImGui::PushID(label.data(), label.data() + label.size());
  const bool pressed = ImGui::Button(std::string(label).c_str(), ImVec2(size.x, h));
  ImGui::PopID();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor(4);
  ImGui::PopFont();
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  ui.probe.record({DrawnItem::Kind::Button, std::string(label), a.x, a.y, b.x - a.x, b.y - a.y});
  return pressed;
}

void filled_rect(Vec2 min, Vec2 max, Rgb color, float rounding) {
  ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(min.x, min.y), ImVec2(max.x, max.y), col(color), rounding);
}

void outlined_rect(Vec2 min, Vec2 max, Rgb color, float thickness, float rounding) {
  ImGui::GetWindowDrawList()->AddRect(ImVec2(min.x, min.y), ImVec2(max.x, max.y), col(color), rounding, 0,
                                      thickness);
}

void dot(Vec2 c, float r, Rgb color, bool filled) {
  auto* dl = ImGui::GetWindowDrawList();
  if (filled)
    dl->AddCircleFilled(ImVec2(c.x, c.y), r, col(color));
  else
    dl->AddCircle(ImVec2(c.x, c.y), r, col(color), 0, std::max(2.0f, r / 3));
}

}  // namespace ui::widgets
