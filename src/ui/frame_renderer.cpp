#include "ui/frame_renderer.h"

#include <imgui.h>

#include "ui/screens/screens.h"

namespace ui {

FrameRenderer::FrameRenderer(const core::Catalog& catalog, FontAtlas& fonts, Theme theme)
    : catalog_(catalog), fonts_(fonts), theme_(theme) {
  fonts_.set_sizes(theme_.font_px());
}

Theme FrameRenderer::theme_for(const core::AppState& state) const {
  Theme t = theme_;
  if (state.kiosk.large_text) t.scale *= Theme::kLargeTextFactor;
  return t;
}

std::vector<core::Event> FrameRenderer::render(const core::AppState& state, Window& window) {
  return draw_frame(state.language, window, theme_for(state),
                    [&state](UiContext& ui, float w, float h) { screens::draw(state, ui, w, h); });
}

std::vector<core::Event> FrameRenderer::render_custom(core::Language language, FrameTarget& target, const DrawFn& draw) {
  return draw_frame(language, target, theme_, draw);
}

std::vector<core::Event> FrameRenderer::draw_frame(core::Language language, FrameTarget& window, const Theme& theme,
                                                   const DrawFn& draw) {
  // 大字模式 changes the font sizes for this frame; the atlas is rebuilt only when they change.
  fonts_.set_sizes(theme.font_px());
  frame_theme_ = theme;
  std::vector<core::Event> intents;
  // New characters join the atlas while the frame is built, before their text is drawn. Only when
  // the atlas had no room left for them (or sizes changed) is it rebuilt and the frame drawn again.
  fonts_.begin_frame();
  for (int pass = 0; pass < 3; ++pass) {
    if (fonts_.dirty()) {
      fonts_.build();
      window.upload_fonts();
    }
    window.new_frame();
    probe_.clear();
    float w = 0, h = 0;
    window.logical_size(w, h);
    UiContext ctx{catalog_, language, fonts_, probe_, frame_theme_, intents, &textures_, &fields_};
    draw(ctx, w, h);
    ImGui::Render();
    if (!fonts_.dirty()) break;
  }
  window.upload_font_regions(fonts_.take_uploads());
  window.draw(ImGui::GetDrawData());
  ++frames_;
  return intents;
}
}  // namespace ui
