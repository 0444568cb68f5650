#pragma once
// A one-line text field for the counter's intake screens (staff number, PIN, names, addresses, ID
// numbers, amounts, a search box).
//
// The editing is done here rather than with ImGui::InputText: the terminal draws a frame only when
// something changed, and ImGui 1.86 needs frames after a focus request before a field accepts keys;
// a field of our own takes focus in the frame that asks for it, shows password dots instead of '*',
// registers every typed character with the font atlas (so a new character such as 𠀾 is in the
// atlas before the frame is shown) and records what it shows in the layout probe.
//
// Characters come from GLFW's character callback (through ImGui's input queue): what a system input
// method commits (拼音 → 王) arrives there exactly like a typed 'a'.
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ui/widgets/widgets.h"

namespace ui::widgets {

struct FieldOptions {
  bool read_only = false;   // drawn greyed, value selectable/not editable (ID card data once read)
  bool password = false;    // shows • per character; the probe records the dots, never the PIN
  bool ascii_only = false;  // ASCII letters, digits, '.' and '-' only (staff no A-07, ID number, amount 1200.50)
  bool focus = false;       // take keyboard focus this frame (first field of a screen)
  std::size_t max_bytes = 200;
  FontRole role = FontRole::Body;
};

struct FieldResult {
  std::optional<std::string> changed;  // the new text, on the frame it was edited
  bool submitted = false;              // Enter pressed
};

// The edit buffers of every field, by caption, and which one has the keyboard. Owned by whatever
// owns the UiContext (ui::FrameRenderer), so it outlives frames and screens.
struct FieldBuffers {
  struct Entry {
    std::string text;        // what the field shows and edits
    std::size_t cursor = 0;  // byte offset, always on a character boundary
    std::string seen_value;  // the state's value at the last frame: a change there is adopted
    int drawn_frame = -10;   // ImGui frame it was last drawn in
  };
  std::map<std::string, Entry, std::less<>> entries;
  std::string focused;  // caption of the field with the keyboard; empty: none

  // Internal bookkeeping of the frame order (for Tab / Shift+Tab) and edge-triggered focus requests.
  std::string focus_claim;      // the caption that asked for focus last
  int focus_claim_frame = -10;  // ImGui frame of that request
  std::string previous_drawn;   // the field drawn before this one in the current frame
  int previous_drawn_frame = -1;
  bool tab_pending = false;     // Tab pressed in `tab_from`: the next field drawn takes focus
  std::string tab_from;
  int tab_frame = -10;
};

// One-line field at `pos` of `size` showing `value` (state owns the value: while the field is not
// being edited its buffer follows `value`; while edited, every change is returned in `changed` and
// the screen emits an intent). `caption` identifies it (unique per screen) and is recorded in the
// layout probe as a Kind::Button item at the field's rectangle so `tap "姓名"` in a scenario focuses
// it; the visible content is recorded as a Kind::Text item (so `expect text` sees typed values).
// The caption itself is not drawn (the screen draws its label).
FieldResult text_field(UiContext& ui, std::string_view caption, std::string_view value, Vec2 pos, Vec2 size,
                       const FieldOptions& o = {});

// What a field with these options accepts (exposed for tests and screens that pre-check pasted text).
bool field_accepts(char32_t cp, const FieldOptions& o);

}  // namespace ui::widgets
