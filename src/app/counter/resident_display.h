#pragma once
// The counter's resident-facing window (窗口外屏): where it goes (config counter.resident_screen, or
// a second monitor), and its frames. It reads the same state as the counter's screen through
// core::resident_view() and is redrawn only when that view changes, the window was exposed, or a
// finger touched it (the 好差评 panel after 已受理), so an idle counter still draws nothing.
#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

#include "base/result.h"
#include "core/app_state.h"
#include "core/config.h"
#include "core/counter/resident_view.h"
#include "ui/display_window.h"
#include "ui/frame_renderer.h"

namespace app {

// Where the window goes: the configured rectangle, the second monitor for "auto", or nowhere.
struct ResidentPlacement {
  ui::ScreenRect rect;
  bool fullscreen = false;
};
std::optional<ResidentPlacement> resident_placement(const core::Config::Counter::ResidentScreen& setting,
                                                    const std::optional<ui::ScreenRect>& second_monitor);

class ResidentDisplay {
 public:
  // The window beside `main`, or nullptr (logged) when the config and the monitors say there is
  // none or it cannot be opened: the counter works the same without it.
  static std::unique_ptr<ResidentDisplay> open(const core::Config& config, ui::Window& main,
                                               const core::Catalog& catalog, ui::FontAtlas& fonts,
                                               const ui::Theme& theme);
  ~ResidentDisplay();

  // Draws and presents a frame if what the window shows changed since the last one, or its pointer
  // input needs frames; returns the intents the frame emitted (a rating tapped).
  std::vector<core::Event> update(const core::AppState& state);
  // Pointer input reached the window since the last call (someone is at the counter).
  bool take_input();
  // The view last drawn matches the state and the input taken is drawn (nothing pending here).
  bool up_to_date(const core::AppState& state) const {
    return drawn_ && state.revision == seen_revision_ && settle_frames_ == 0;
  }
  // What the last frame showed (scenario checks).
  const ui::LayoutProbe& probe() const { return renderer_.probe(); }
  // Draws the current view again and writes it as PNG (scenario screenshots).
  base::Status screenshot(const core::AppState& state, const std::filesystem::path& file);
  ui::DisplayWindow& window() { return *window_; }

 private:
  ResidentDisplay(std::unique_ptr<ui::DisplayWindow> w, const core::Catalog& catalog, ui::FontAtlas& fonts,
                  const ui::Theme& theme);
  std::vector<core::Event> draw(const core::ResidentView& view);
  std::unique_ptr<ui::DisplayWindow> window_;
  ui::FrameRenderer renderer_;
  std::optional<core::ResidentView> drawn_;
  std::uint64_t seen_revision_ = ~std::uint64_t{0};
  int settle_frames_ = 0;  // frames still to draw after pointer input (ImGui takes a press, then its release)
};

}  // namespace app
