#include "app/counter/resident_display.h"

#include <algorithm>
#include <string>

#include "app/log.h"
#include "ui/png_writer.h"
#include "ui/screens/counter/resident_screen.h"

namespace app {

namespace {
std::string describe(const ui::ScreenRect& r) {
  return std::to_string(r.x) + "," + std::to_string(r.y) + "," + std::to_string(r.width) + "x" + std::to_string(r.height);
}
}  // namespace

std::optional<ResidentPlacement> resident_placement(const core::Config::Counter::ResidentScreen& setting,
                                                    const std::optional<ui::ScreenRect>& second_monitor) {
  using Place = core::Config::Counter::ResidentScreen::Place;
  switch (setting.place) {
    case Place::Off: return std::nullopt;
    case Place::At: return ResidentPlacement{{setting.x, setting.y, setting.width, setting.height}, false};
    case Place::Auto:
      if (!second_monitor) return std::nullopt;
      return ResidentPlacement{*second_monitor, true};
  }
  return std::nullopt;
}

std::unique_ptr<ResidentDisplay> ResidentDisplay::open(const core::Config& config, ui::Window& main,
                                                       const core::Catalog& catalog, ui::FontAtlas& fonts,
                                                       const ui::Theme& theme) {
  const auto& setting = config.counter.resident_screen;
  const bool auto_place = setting.place == core::Config::Counter::ResidentScreen::Place::Auto;
  const auto place = resident_placement(setting, auto_place ? ui::DisplayWindow::second_monitor() : std::nullopt);
  if (!place) {
    log::info("resident", auto_place ? "resident-facing screen: no second monitor, none shown"
                                     : "resident-facing screen: off (counter.resident_screen)");
    return nullptr;
  }
  ui::DisplayOptions o;
  o.title = "onewindow resident";
  o.rect = place->rect;
  o.fullscreen = place->fullscreen;
  auto w = ui::DisplayWindow::open(main, o);
  if (!w) {
    log::error("resident", w.error().message + "; the counter works on without it");
    return nullptr;
  }
  log::info("resident", "resident-facing screen at " + describe(place->rect) + (place->fullscreen ? " (full screen)" : ""));
  return std::unique_ptr<ResidentDisplay>(new ResidentDisplay(std::move(*w), catalog, fonts, theme));
}

ResidentDisplay::ResidentDisplay(std::unique_ptr<ui::DisplayWindow> w, const core::Catalog& catalog,
                                 ui::FontAtlas& fonts, const ui::Theme& theme)
    : window_(std::move(w)), renderer_(catalog, fonts, theme) {}

ResidentDisplay::~ResidentDisplay() = default;

std::vector<core::Event> ResidentDisplay::draw(const core::ResidentView& view) {
  return renderer_.render_custom(view.language, *window_, [&view](ui::UiContext& ui, float w, float h) {
    ui::screens::draw_resident_screen(view, ui, w, h);
  });
}

bool ResidentDisplay::take_input() {
  // ImGui settles a press and its release (and the hover) over a few frames after the input.
  constexpr int kFramesAfterInput = 3;
  if (!window_->take_input()) return false;
  settle_frames_ = kFramesAfterInput;
  return true;
}

std::vector<core::Event> ResidentDisplay::update(const core::AppState& state) {
  const bool damaged = window_->take_damage();
  const bool settling = settle_frames_ > 0;
  if (!damaged && !settling && state.revision == seen_revision_) return {};
  seen_revision_ = state.revision;
  core::ResidentView view = core::resident_view(state);
  if (!damaged && !settling && drawn_ && *drawn_ == view) return {};
  window_->begin();
  auto intents = draw(view);
  window_->present();
  window_->end();
  drawn_ = std::move(view);
  if (settle_frames_ > 0) --settle_frames_;
  if (window_->input_pending()) settle_frames_ = std::max(settle_frames_, 2);
  return intents;
}

base::Status ResidentDisplay::screenshot(const core::AppState& state, const std::filesystem::path& file) {
  core::ResidentView view = core::resident_view(state);
  window_->begin();
  draw(view);
  auto s = ui::write_window_png(*window_, file.string());
  window_->present();
  window_->end();
  drawn_ = std::move(view);
  seen_revision_ = state.revision;
  return s;
}

}  // namespace app
