#pragma once
// Where FrameRenderer draws a frame: the terminal's own window, or the resident-facing window
// beside a counter's (ui/display_window.h). Both share one font atlas and its texture.
#include <vector>

#include "ui/fonts/font_atlas.h"

struct ImDrawData;

namespace ui {

class FrameTarget {
 public:
  virtual ~FrameTarget() = default;
  virtual void upload_fonts() = 0;  // after FontAtlas::build()
  // Glyphs added to the atlas since: just their regions of the font texture.
  virtual void upload_font_regions(const std::vector<AtlasUpload>& regions) = 0;
  virtual void new_frame() = 0;              // ImGui::NewFrame in the target's context
  virtual void draw(ImDrawData* data) = 0;   // into the back buffer
  virtual void logical_size(float& width, float& height) const = 0;
};

}  // namespace ui
