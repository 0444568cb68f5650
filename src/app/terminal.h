#pragma once
// One terminal: config, strings, window, fonts, state, services, wired on the spine of
// architecture.md. The interactive loop, the screenshot command and the UI tests all use it.
#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/counter/resident_display.h"
#include "app/service_notify.h"
#include "app/services.h"
#include "core/app_state.h"
#include "core/config.h"
#include "core/event_queue.h"
#include "core/text/i18n.h"
#include "base/result.h"
#include "ui/fonts/font_atlas.h"
#include "ui/frame_renderer.h"
#include "ui/window.h"

namespace app {

struct TerminalOptions {
  std::optional<std::string> config_file;
  std::optional<core::Mode> mode;  // overrides the config's terminal.mode
  bool demo = false;
  bool windowed = false;           // overrides ui.fullscreen
  int width = 1280, height = 800;  // windowed / hidden size
  bool visible = true;
  bool start_clock = true;
};

class Terminal {
 public:
  static base::Result<std::unique_ptr<Terminal>> open(const TerminalOptions& o);
  ~Terminal();

  // The interactive loop: sleeps until an event or input arrives, redraws only when something
  // visible changed. Returns the process exit status.
  int run();
  // One turn of that loop: applies queued events, draws a frame if something visible changed (or
  // input is settling), then sleeps at most `max_wait_s` for the next event or input. False once
  // the terminal should stop. The scenario runner drives the program with it.
  bool step(double max_wait_s);
  // True once the current state has been drawn and presented (nothing visible is pending).
  bool presented() const { return drawn_ == state_.revision && (!resident_ || resident_->up_to_date(state_)); }
  // When the last frame was handed to the display (benchmarks: latency up to the frame, not up to
  // the end of the sleep that follows it).
  std::chrono::steady_clock::time_point last_presented_at() const { return presented_at_; }
  std::chrono::steady_clock::time_point last_frame_started_at() const { return frame_started_at_; }
  // How many times the loop took pointer or key input: a driver of the real loop (scenario taps, UI
  // tests) waits until its input was taken and drawn, not for a fixed time a loaded machine may
  // not meet.
  std::uint64_t inputs_taken() const { return inputs_taken_; }
  // The frames ImGui needs after the last input taken are drawn and nothing visible is pending.
  bool input_settled() const { return settle_frames_ == 0 && presented(); }

  void apply(const core::Event& e);
  void apply_pending();  // drains the queue into update()
  // Applies events until every device reports connected or `limit` passes (demo screenshots and
  // tests: simulated devices connect on their own threads within milliseconds).
  void await_devices(std::chrono::milliseconds limit);
  std::vector<core::Event> render();  // draws one frame (not presented)

  const core::AppState& state() const { return state_; }
  const core::Config& config() const { return config_; }
  const core::Catalog& catalog() const { return catalog_; }
  ui::Window& window() { return *window_; }
  ui::FontAtlas& fonts() { return *fonts_; }
  ui::FrameRenderer& renderer() { return *renderer_; }
  core::EventQueue& queue() { return queue_; }
  // The counter's resident-facing window (窗口外屏); nullptr when there is none.
  ResidentDisplay* resident() { return resident_.get(); }
  // Demo: what the simulated printer printed since the terminal opened (scenario `expect printed`).
  std::vector<devices::printer::PrintedPage> demo_printout() { return services_->demo_printout(); }

 private:
  Terminal() = default;
  core::Config config_;
  core::Catalog catalog_;
  core::AppState state_;
  core::EventQueue queue_;
  std::unique_ptr<ui::Window> window_;
  std::unique_ptr<ui::FontAtlas> fonts_;
  std::unique_ptr<ui::FrameRenderer> renderer_;
  std::unique_ptr<ResidentDisplay> resident_;  // after window_: closed before it
  std::unique_ptr<Services> services_;
  ServiceNotifier notifier_ = ServiceNotifier::from_environment();  // systemd: READY=1, WATCHDOG=1
  void prewarm_fonts();
  void repack_fonts();
  bool between_visits() const;
  bool prewarmed_ = false;
  std::uint64_t drawn_ = ~std::uint64_t{0};  // the state revision last presented
  int settle_frames_ = 0;
  std::uint64_t inputs_taken_ = 0;
  int refused_closes_ = 0;
  std::chrono::steady_clock::time_point presented_at_{}, frame_started_at_{};
};

}  // namespace app
