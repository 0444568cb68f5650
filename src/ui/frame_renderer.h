#pragma once
// Turns the state into one frame. Characters the atlas lacked join it as the frame is built (their
// texture regions uploaded before it is drawn); only if the atlas had no room is it rebuilt and the
// frame drawn again before anything is shown.
#include <functional>
#include <vector>

#include "core/app_state.h"
#include "core/event.h"
#include "core/text/i18n.h"
#include "ui/fonts/font_atlas.h"
#include "ui/texture_cache.h"
#include "ui/frame_target.h"
#include "ui/theme.h"
#include "ui/widgets/layout_probe.h"
#include "ui/widgets/text_field.h"
#include "ui/widgets/ui_context.h"
#include "ui/window.h"

namespace ui {

class FrameRenderer {
 public:
  FrameRenderer(const core::Catalog& catalog, FontAtlas& fonts, Theme theme);

  // Draws the state into the window's back buffer; returns what the person asked for.
  std::vector<core::Event> render(const core::AppState& state, Window& window);
  // Same, with any drawing (diagnostics, tests): the atlas still grows before the frame is shown.
  using DrawFn = std::function<void(UiContext&, float width, float height)>;
  std::vector<core::Event> render_custom(core::Language language, FrameTarget& target, const DrawFn& draw);
  std::uint64_t frames() const { return frames_; }
  const LayoutProbe& probe() const { return probe_; }
  widgets::FieldBuffers& fields() { return fields_; }  // text fields' buffers and keyboard focus
  // The configured theme (ui.scale); the last frame's, with 大字模式 applied, is frame_theme().
  const Theme& theme() const { return theme_; }
  const Theme& frame_theme() const { return frame_theme_; }

 private:
  Theme theme_for(const core::AppState& state) const;
  std::vector<core::Event> draw_frame(core::Language language, FrameTarget& window, const Theme& theme,
                                      const DrawFn& draw);
  const core::Catalog& catalog_;
  FontAtlas& fonts_;
  Theme theme_;
  Theme frame_theme_;
  LayoutProbe probe_;
  TextureCache textures_;
  widgets::FieldBuffers fields_;
  std::uint64_t frames_ = 0;
};

}  // namespace ui
