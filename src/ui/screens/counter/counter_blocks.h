#pragma once
// Building blocks of the counter's screens (issue 9): labelled fields that emit intent::EditForm,
// choice buttons with a tick on the chosen one, a disabled button that says why, and the list of
// what is still missing. Staff screens: full data, denser than the kiosk, still touch-sized.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/app_state.h"
#include "core/event.h"
#include "core/text/message.h"
#include "ui/screens/screens.h"
#include "ui/widgets/text_field.h"

namespace ui::screens::counter {

using widgets::Vec2;

// A sentence the flow carries by key, in the terminal's language.
std::string say(const UiContext& ui, const core::Message& m);

// The height of one form row (a field or a button row) and the gap below it.
float row_h(const UiContext& ui);
float gap(const UiContext& ui);

// A label at (x, y) and a field right of it, at `label_w` from x. The field's caption is the label
// itself (scenarios tap it by that); `caption` overrides it where a label repeats (成员2 姓名).
widgets::FieldResult labelled_field(UiContext& ui, std::string_view label, std::string_view value, float x, float y,
                                    float label_w, float field_w, widgets::FieldOptions o = {},
                                    std::string_view caption = {});
// The same, emitting EditForm{field, value, member, key} when the text changes.
void form_field(UiContext& ui, std::string_view label, std::string_view value, core::intent::FormField field,
                float x, float y, float label_w, float field_w, widgets::FieldOptions o = {}, int member = -1,
                std::string key = {}, std::string_view caption = {});

// A button that is either chosen (ticked) or not. True when pressed.
bool choice_button(UiContext& ui, std::string_view label, bool chosen, Vec2 pos, Vec2 size,
                   FontRole role = FontRole::Small);
// A greyed button that cannot be pressed (recorded as text so a scenario sees it but cannot use it).
void disabled_button(UiContext& ui, std::string_view label, Vec2 pos, Vec2 size, FontRole role = FontRole::Small);
// What keeps the step from being done, in the fault colour, wrapped to the area; at most as many
// lines as fit. Returns the height used.
float problem_list(UiContext& ui, const std::vector<std::string>& problems, widgets::Area a);
// A line of text cut to `width` with "…".
std::string fit(UiContext& ui, FontRole role, std::string_view s, float width);

// The visible band [top, bottom) of long content laid out line by line; `draw` false only measures.
struct LineView {
  float top, bottom;
  bool draw;
  bool shows(float y, float h) const { return draw && y >= top - 0.5f && y + h <= bottom + 0.5f; }
};
// Content laid out from y0, drawing only what `view` shows wholly; returns the lowest y reached.
using LineLayOut = std::function<float(float y0, const LineView& view)>;
// How long content was placed in its area: all of it (`paged` false), or a page of it above a row
// of page buttons (the caller draws them in the last row_h of the area and scrolls by `step`).
struct Paging {
  bool paged = false;
  float scroll = 0, max_scroll = 0, step = 0;
};
// Measures the content, then draws it whole, or at `scroll_px` (clamped) above the buttons' row.
Paging lay_out_paged(UiContext& ui, widgets::Area a, float scroll_px, const LineLayOut& lay_out);

// Screens of the counter (each in its own file).
void draw_counter_bar(const core::AppState& s, UiContext& ui, widgets::Area band);
void draw_sign_in(const core::AppState& s, UiContext& ui, widgets::Area a);
void draw_intake(const core::AppState& s, UiContext& ui, widgets::Area a);
void draw_accepted(const core::AppState& s, UiContext& ui, widgets::Area a);
void draw_ledger(const core::AppState& s, UiContext& ui, widgets::Area a);
void draw_supplement(const core::AppState& s, UiContext& ui, widgets::Area a);
// Intake steps: each draws into the step's area.
void draw_applicant_step(const core::AppState& s, UiContext& ui, widgets::Area a);
void draw_item_step(const core::AppState& s, UiContext& ui, widgets::Area a);
void draw_household_step(const core::AppState& s, UiContext& ui, widgets::Area a);
void draw_declarations_step(const core::AppState& s, UiContext& ui, widgets::Area a);
void draw_materials_step(const core::AppState& s, UiContext& ui, widgets::Area a);
void draw_review_step(const core::AppState& s, UiContext& ui, widgets::Area a);
// The slip image (preview) fitted into `a`.
void draw_slip_image(const core::PaperPreview& p, UiContext& ui, widgets::Area a);

}  // namespace ui::screens::counter
