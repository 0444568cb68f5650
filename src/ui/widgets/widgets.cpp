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

bool button_at(UiContext& ui, std::string_view label, Vec2 pos, Vec2 size, FontRole role, ButtonStyle style,
               float lead_px) {
  const Theme& t = ui.theme;
  const float h = std::max(size.y, t.px(Theme::kTouchTargetPx));
  const bool band = style == ButtonStyle::OnBand;
  ui.fonts.want(role, label);
  ImGui::SetCursorScreenPos(ImVec2(pos.x, pos.y));
  ImGui::PushFont(font_of(ui, role));
  ImGui::PushStyleColor(ImGuiCol_Button, col(band ? t.card : t.button));
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, col(band ? t.current_fill : t.button_hover));
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, col(band ? t.current_fill : t.button_hover));
  ImGui::PushStyleColor(ImGuiCol_Text, col(band ? t.header : t.button_ink));
  ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, t.px(12));
  // The label sits after `lead_px` of room, centred in what is left.
  const float avail = size.x - lead_px;
  const float label_w = measure(ui, role, label).x;
  ImGui::PushStyleVar(ImGuiStyleVar_ButtonTextAlign,
                      ImVec2(size.x > 0 && lead_px > 0 ? std::clamp((lead_px + (avail - label_w) / 2) /
                                                                        std::max(1.0f, size.x - label_w),
                                                                    0.0f, 1.0f)
                                                       : 0.5f,
                             0.5f));
  ImGui::PushID(label.data(), label.data() + label.size());
  const bool pressed = ImGui::Button(std::string(label).c_str(), ImVec2(size.x, h));
  ImGui::PopID();
  ImGui::PopStyleVar(2);
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

namespace ui::widgets {

void mark(Mark m, Vec2 min, float size, Rgb color) {
  auto* dl = ImGui::GetWindowDrawList();
  const float s = size, cx = min.x + s / 2, cy = min.y + s / 2, stroke = std::max(2.0f, s * 0.14f);
  const ImU32 c = col(color);
  switch (m) {
    case Mark::FilledDot: dl->AddCircleFilled(ImVec2(cx, cy), s * 0.42f, c); break;
    case Mark::HollowDot: dl->AddCircle(ImVec2(cx, cy), s * 0.38f, c, 0, stroke); break;
    case Mark::Pause:
      dl->AddRectFilled(ImVec2(min.x + s * 0.18f, min.y + s * 0.12f), ImVec2(min.x + s * 0.40f, min.y + s * 0.88f), c);
      dl->AddRectFilled(ImVec2(min.x + s * 0.60f, min.y + s * 0.12f), ImVec2(min.x + s * 0.82f, min.y + s * 0.88f), c);
      break;
    case Mark::Cross:
      dl->AddLine(ImVec2(min.x + s * 0.15f, min.y + s * 0.15f), ImVec2(min.x + s * 0.85f, min.y + s * 0.85f), c,
                  stroke * 1.3f);
      dl->AddLine(ImVec2(min.x + s * 0.85f, min.y + s * 0.15f), ImVec2(min.x + s * 0.15f, min.y + s * 0.85f), c,
                  stroke * 1.3f);
      break;
    case Mark::Tick:
      dl->AddLine(ImVec2(min.x + s * 0.12f, min.y + s * 0.52f), ImVec2(min.x + s * 0.40f, min.y + s * 0.80f), c,
                  stroke * 1.3f);
      dl->AddLine(ImVec2(min.x + s * 0.40f, min.y + s * 0.80f), ImVec2(min.x + s * 0.88f, min.y + s * 0.22f), c,
                  stroke * 1.3f);
      break;
  }
}

namespace {
// Bytes of the UTF-8 sequence starting with b.
std::size_t seq_len(unsigned char b) { return b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4; }
// Characters a line should not start with (closing punctuation, CJK and Latin).
bool no_line_start(std::string_view ch) {
  for (std::string_view p : {"\xEF\xBC\x8C", "\xE3\x80\x82", "\xEF\xBC\x9A", "\xEF\xBC\x9B", "\xEF\xBC\x89",
                             "\xE3\x80\x81", "\xE2\x80\x9D", "\xE2\x80\x93", "\xEF\xBC\x81", "\xEF\xBC\x9F", ",", ".", ")", ":",
                             ";", "!", "?"})
    if (ch == p) return true;
  return false;
}
// Characters a line should not end with (opening brackets and quotes).
bool no_line_end(std::string_view ch) {
  for (std::string_view p : {"\xEF\xBC\x88", "\xE2\x80\x9C", "\xE3\x80\x8A", "\xE3\x80\x8C", "("})
    if (ch == p) return true;
  return false;
}
}  // namespace

std::vector<std::string> wrap_lines(UiContext& ui, FontRole role, std::string_view s, float width) {
  std::vector<std::string> out;
  if (measure(ui, role, s).x <= width) {
    out.emplace_back(s);
    return out;
  }
  // Break candidates: after a space, or before a character of 3+ bytes (CJK) that may start a line.
  std::string line;
  std::size_t i = 0;
  while (i < s.size()) {
    // The next unit: a Latin word with its trailing spaces, or one wide character.
    std::size_t j = i;
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80 && s[i] != ' ') {
      while (j < s.size() && static_cast<unsigned char>(s[j]) < 0x80 && s[j] != ' ') ++j;
      while (j < s.size() && s[j] == ' ') ++j;
    } else {
      j = std::min(s.size(), i + seq_len(b));
      // An opening bracket stays with the character after it.
      if (j < s.size() && no_line_end(s.substr(i, j - i))) {
        // With the whole Latin word or number after it, if that is what follows.
        const std::size_t word = j;
        while (j < s.size() && static_cast<unsigned char>(s[j]) < 0x80 && s[j] != ' ') ++j;
        if (j == word) j = std::min(s.size(), j + seq_len(static_cast<unsigned char>(s[j])));
      }
      // Keep closing punctuation with the character before it.
      while (j < s.size() && no_line_start(s.substr(j, seq_len(static_cast<unsigned char>(s[j])))))
        j = std::min(s.size(), j + seq_len(static_cast<unsigned char>(s[j])));
    }
    const std::string_view unit = s.substr(i, j - i);
    std::string candidate = line + std::string(unit);
    // Trailing spaces do not count against the width.
    std::string_view trimmed = candidate;
    while (!trimmed.empty() && trimmed.back() == ' ') trimmed.remove_suffix(1);
    if (line.empty() || measure(ui, role, trimmed).x <= width) {
      line = std::move(candidate);
      // A single unit wider than the line: split it by characters.
      if (measure(ui, role, trimmed).x > width && unit.size() > 1) {
        line.clear();
        std::string piece;
        for (std::size_t k = i; k < j;) {
          const std::size_t n = std::min(j - k, seq_len(static_cast<unsigned char>(s[k])));
          const std::string next = piece + std::string(s.substr(k, n));
          if (!piece.empty() && measure(ui, role, next).x > width) {
            out.push_back(piece);
            piece = std::string(s.substr(k, n));
          } else {
            piece = next;
          }
          k += n;
        }
        line = piece;
      }
    } else {
      while (!line.empty() && line.back() == ' ') line.pop_back();
      out.push_back(std::move(line));
      line.clear();
      continue;  // the unit starts the next line (and is split there if it alone is too wide)
    }
    i = j;
  }
  while (!line.empty() && line.back() == ' ') line.pop_back();
  if (!line.empty()) out.push_back(std::move(line));
  return out;
}

}  // namespace ui::widgets
