#include "ui/widgets/text_field.h"

#include <algorithm>
#include <imgui.h>

#include "base/utf8.h"

namespace ui::widgets {

namespace {

constexpr float kPaddingPx = 16;      // between the field's edge and its text
constexpr float kEdgePx = 2;          // the outline of a field without the keyboard
constexpr float kFocusEdgePx = 4;     // the outline of the field with the keyboard
constexpr float kCaretPx = 3;
constexpr float kRoundingPx = 8;
constexpr Rgb kReadOnlyFill{0xE6, 0xE3, 0xDC};  // greyed: ink_muted on it is still above 4.5:1
constexpr std::string_view kDot = "\xE2\x80\xA2";  // U+2022 •, one per character of a password

FieldBuffers& fallback_buffers() {
  // Screens drawn without an owner of buffers (layout-only tests) still get working fields.
  static FieldBuffers buffers;
  return buffers;
}

std::string dots(std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += kDot;
  return out;
}

// Inserts the accepted characters of `cps` at the cursor, as far as max_bytes allows.
bool insert(FieldBuffers::Entry& e, const std::vector<char32_t>& cps, const FieldOptions& o) {
  bool changed = false;
  for (char32_t cp : cps) {
    if (!field_accepts(cp, o)) continue;
    std::string enc;
    base::append_utf8(enc, cp);
    if (e.text.size() + enc.size() > o.max_bytes) break;
    e.text.insert(e.cursor, enc);
    e.cursor += enc.size();
    changed = true;
  }
  return changed;
}

bool pressed(ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), true); }

ImU32 col(Rgb c) { return IM_COL32(c.r, c.g, c.b, 255); }

}  // namespace

bool field_accepts(char32_t cp, const FieldOptions& o) {
  if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) return false;  // control characters
  if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) return false;
  if (o.ascii_only)
    return (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') || cp == '.' || cp == '-';
  return true;
}

FieldResult text_field(UiContext& ui, std::string_view caption, std::string_view value, Vec2 pos, Vec2 size,
                       const FieldOptions& o) {
  FieldBuffers& fb = ui.fields ? *ui.fields : fallback_buffers();
  const Theme& t = ui.theme;
  const int frame = ImGui::GetFrameCount();
  FieldResult result;

  auto it = fb.entries.find(caption);
  if (it == fb.entries.end())
    it = fb.entries.emplace(std::string(caption), FieldBuffers::Entry{std::string(value), value.size(), std::string(value)})
             .first;
  FieldBuffers::Entry& e = it->second;
  // A focused field that is no longer drawn (its screen has gone) gives up the keyboard, so the
  // same caption on a later screen does not start out focused.
  if (!fb.focused.empty()) {
    auto f = fb.entries.find(fb.focused);
    if (f == fb.entries.end() || frame - f->second.drawn_frame > 1) fb.focused.clear();
  }
  e.drawn_frame = frame;

  // Frame order, for Shift+Tab (the field drawn before) and Tab (the next field drawn takes it).
  const std::string previous = fb.previous_drawn_frame == frame ? fb.previous_drawn : std::string();
  fb.previous_drawn = std::string(caption);
  fb.previous_drawn_frame = frame;
  if (fb.tab_pending && frame - fb.tab_frame > 1) fb.tab_pending = false;  // nothing after it: stay
  // A field that receives the keyboard by Tab in this frame must not see that same Tab press.
  bool arrived_by_tab = false;
  if (fb.tab_pending && fb.tab_from != caption) {
    fb.focused = std::string(caption);
    fb.tab_pending = false;
    arrived_by_tab = true;
  }
  // A screen asking for focus every frame gets it on the first one only, so a tap on another
  // field (or away from all of them) is not undone on the next frame.
  if (o.focus) {
    if (fb.focus_claim != caption || frame - fb.focus_claim_frame > 1) fb.focused = std::string(caption);
    fb.focus_claim = std::string(caption);
    fb.focus_claim_frame = frame;
  }

  // A finger on the field gives it the keyboard; a finger elsewhere takes the keyboard away.
  const float h = std::max(size.y, t.px(Theme::kTouchTargetPx));
  const float w = std::max(size.x, 1.0f);
  ImGui::SetCursorScreenPos(ImVec2(pos.x, pos.y));
  ImGui::PushID(caption.data(), caption.data() + caption.size());
  ImGui::InvisibleButton("##field", ImVec2(w, h));
  const bool hovered = ImGui::IsItemHovered();
  const bool activated = ImGui::IsItemActivated();
  ImGui::PopID();
  if (activated)
    fb.focused = std::string(caption);
  else if (fb.focused == caption && ImGui::IsMouseClicked(0) && !hovered)
    fb.focused.clear();
  const bool focused = fb.focused == caption;

  // The state owns the value: the buffer follows it unless the field is being edited, and even
  // then a value the state changed on its own (cleared after a wrong PIN) replaces the buffer.
  if (!focused) {
    if (e.text != value) e.text = std::string(value);
    e.cursor = e.text.size();
  } else if (value != e.seen_value && value != e.text) {
    e.text = std::string(value);
    e.cursor = e.text.size();
  }
  e.seen_value = std::string(value);
  e.cursor = std::min(e.cursor, e.text.size());

  if (focused && !arrived_by_tab) {
    ImGuiIO& io = ImGui::GetIO();
    bool edited = false;
    if (!o.read_only) {
      std::vector<char32_t> typed(io.InputQueueCharacters.begin(), io.InputQueueCharacters.end());
      io.InputQueueCharacters.resize(0);  // consumed here: no other widget types them again
      edited |= insert(e, typed, o);
      if (pressed(ImGuiKey_Backspace) && e.cursor > 0) {
        const std::size_t p = base::previous_char_boundary(e.text, e.cursor);
        e.text.erase(p, e.cursor - p);
        e.cursor = p;
        edited = true;
      }
      if (pressed(ImGuiKey_Delete) && e.cursor < e.text.size()) {
        e.text.erase(e.cursor, base::next_char_boundary(e.text, e.cursor) - e.cursor);
        edited = true;
      }
      if (io.KeyCtrl && pressed(ImGuiKey_V))
        if (const char* clip = ImGui::GetClipboardText()) edited |= insert(e, base::decode_utf8(clip), o);
      if (pressed(ImGuiKey_Enter) || pressed(ImGuiKey_KeyPadEnter)) result.submitted = true;
    }
    if (io.KeyCtrl && pressed(ImGuiKey_C) && !o.password) ImGui::SetClipboardText(e.text.c_str());
    if (pressed(ImGuiKey_LeftArrow)) e.cursor = base::previous_char_boundary(e.text, e.cursor);
    if (pressed(ImGuiKey_RightArrow)) e.cursor = base::next_char_boundary(e.text, e.cursor);
    if (pressed(ImGuiKey_Home)) e.cursor = 0;
    if (pressed(ImGuiKey_End)) e.cursor = e.text.size();
    if (pressed(ImGuiKey_Tab)) {
      if (io.KeyShift) {
        if (!previous.empty()) fb.focused = previous;
      } else {
        fb.tab_pending = true;
        fb.tab_from = std::string(caption);
        fb.tab_frame = frame;
      }
    }
    if (edited) result.changed = e.text;
  }

  // The box: card white (greyed when read-only), a thick outline in the current-step blue while
  // it has the keyboard.
  const Vec2 a = pos, b{pos.x + w, pos.y + h};
  filled_rect(a, b, o.read_only ? kReadOnlyFill : t.card, t.px(kRoundingPx));
  outlined_rect(a, b, focused ? t.current : t.card_edge, t.px(focused ? kFocusEdgePx : kEdgePx), t.px(kRoundingPx));
  ui.probe.record({DrawnItem::Kind::Button, std::string(caption), a.x, a.y, w, h});

  // The text, scrolled so the caret stays inside; every character registered with the atlas
  // (text_at and measure do) so a newly typed one is drawn, not a placeholder.
  const std::string shown = o.password ? dots(base::count_chars(e.text)) : e.text;
  const std::string before_caret =
      o.password ? dots(base::count_chars(std::string_view(e.text).substr(0, e.cursor))) : e.text.substr(0, e.cursor);
  ImFont* font = ui.fonts.font(o.role);
  const float line_h = font ? font->FontSize : t.px(Theme::kFontPx[static_cast<std::size_t>(o.role)]);
  const float pad = t.px(kPaddingPx);
  const float inner_w = std::max(1.0f, w - 2 * pad);
  const float caret_x = before_caret.empty() ? 0.0f : measure(ui, o.role, before_caret).x;
  const float scroll = std::max(0.0f, caret_x + t.px(kCaretPx) - inner_w);
  const Vec2 text_pos{pos.x + pad - scroll, pos.y + (h - line_h) / 2};
  auto* dl = ImGui::GetWindowDrawList();
  dl->PushClipRect(ImVec2(a.x + pad / 2, a.y), ImVec2(b.x - pad / 2, b.y), true);
  if (!shown.empty()) text_at(ui, o.role, shown, text_pos, o.read_only ? t.ink_muted : t.ink);
  if (focused && !o.read_only) {
    const float x = text_pos.x + caret_x + t.px(1);
    dl->AddLine(ImVec2(x, text_pos.y + t.px(2)), ImVec2(x, text_pos.y + line_h - t.px(2)), col(t.ink), t.px(kCaretPx));
  }
  dl->PopClipRect();
  return result;
}

}  // namespace ui::widgets
