#include "app/terminal.h"

#include <string>
#include <string_view>

#include "app/calendar_years.h"
#include "app/catalog_file.h"
#include "app/clock_service.h"
#include "app/config_file.h"
#include "app/i18n_file.h"
#include "app/log.h"
#include "app/paths.h"
#include "app/process_stats.h"
#include "core/update.h"
#include "ui/screens/kiosk/card_glyphs.h"

namespace app {

namespace {
// Resident memory at a point of start-up or after a frame, in the debug log. Reading it opens
// /proc/self/status, so that happens only when debug lines are printed at all (render() calls
// this every frame).
void log_memory(std::string_view when, bool with_peak = false) {
  if (!log::enabled(log::Level::Debug)) return;
  std::string line = std::string(when) + " " + std::to_string(current_rss_kb()) + " KB";
  if (with_peak) line += ", peak " + std::to_string(peak_rss_kb()) + " KB";
  log::debug("mem", line);
}
}  // namespace

base::Result<std::unique_ptr<Terminal>> Terminal::open(const TerminalOptions& o) {
  auto t = std::unique_ptr<Terminal>(new Terminal());
  auto cfg = load_config(o.config_file ? &*o.config_file : nullptr);
  if (!cfg) return cfg.error();
  t->config_ = std::move(*cfg);
  if (o.mode) t->config_.terminal.mode = *o.mode;
  log::info("app", "config: " + t->config_.source);
  // The technician learns at start-up which years' due dates are provisional (预计).
  if (auto cal = load_holidays_file(paths::assets_dir() / "calendar" / "holidays.toml")) {
    if (const std::string w = missing_notice_warning(*cal, local_now().year); !w.empty()) log::warn("calendar", w);
  }

  auto cat = load_catalog(paths::assets_dir() / "i18n");
  if (!cat) return cat.error();
  t->catalog_ = std::move(*cat);

  log_memory("before fonts");
  auto fonts = ui::FontAtlas::open(t->config_.fonts.chain);
  if (!fonts) return fonts.error();
  t->fonts_ = std::make_unique<ui::FontAtlas>(std::move(*fonts));
  t->fonts_->set_warning_sink([](const std::string& m) { log::warn("fonts", m); });
  for (auto lang : {core::Language::ZhCN, core::Language::En})
    for (const auto& [k, v] : t->catalog_.table(lang)) t->fonts_->seed(v);
  t->fonts_->seed(t->config_.hall.name);

  log_memory("after fonts");
  ui::WindowOptions wo;
  wo.title = "onewindow";
  wo.fullscreen = t->config_.ui.fullscreen && !o.windowed && o.visible;
  wo.width = o.width;
  wo.height = o.height;
  wo.visible = o.visible;
  // The kiosk, and any terminal full screen (as the onewindow@ unit runs it), cannot be closed.
  wo.locked = o.visible && (wo.fullscreen || t->config_.terminal.mode == core::Mode::Kiosk);
  auto win = ui::Window::open(wo);
  if (!win) return win.error();
  t->window_ = std::move(*win);

  log_memory("after window");
  ui::Theme theme;
  theme.scale = t->config_.ui.scale;
  if (t->config_.terminal.mode == core::Mode::Backoffice) theme.scale *= ui::Theme::kDeskScale;
  t->renderer_ = std::make_unique<ui::FrameRenderer>(t->catalog_, *t->fonts_, theme);
  // A counter's second window faces the resident; a hidden terminal (screenshots, tests) has none.
  if (t->config_.terminal.mode == core::Mode::Counter && o.visible)
    t->resident_ = ResidentDisplay::open(t->config_, *t->window_, t->catalog_, *t->fonts_, theme);
  t->queue_.set_waker(&ui::Window::wake);
  t->services_ = std::make_unique<Services>(t->queue_, t->config_);
  t->apply(core::ev::Started{t->config_, o.demo, local_now(), t->resident_ != nullptr});
  if (o.start_clock) t->services_->start_clock();
  return t;
}

Terminal::~Terminal() {
  if (services_) services_->stop();
  queue_.set_waker(nullptr);
}

void Terminal::apply(const core::Event& e) {
  // A card's name starts rasterising now, in parallel with the store look-up update() asks for.
  if (const auto* card = e.get_if<core::ev::CardPresented>(); card && state_.mode == core::Mode::Kiosk)
    ui::screens::prepare_card_glyphs(*fonts_, card->card);
  services_->run(core::update(state_, e));
}

void Terminal::apply_pending() {
  for (auto& e : queue_.drain()) apply(e);
}

void Terminal::await_devices(std::chrono::milliseconds limit) {
  const auto until = std::chrono::steady_clock::now() + limit;
  auto all_up = [this] {
    for (base::DeviceKind k : base::kAllDeviceKinds)
      if (state_.device(k).link != core::DeviceLink::Connected) return false;
    return true;
  };
  apply_pending();
  while (!all_up() && std::chrono::steady_clock::now() < until) {
    if (auto e = queue_.wait_pop(std::chrono::milliseconds(20))) apply(*e);
  }
}

void Terminal::prewarm_fonts() {
  // Every catalog string in every size, plus digits: the kiosk's status screens then draw at once
  // (only a name's new characters still cost a rebuild).
  prewarmed_ = true;
  for (auto lang : {core::Language::ZhCN, core::Language::En})
    for (const auto& [k, v] : catalog_.table(lang)) fonts_->prewarm(v);
  fonts_->prewarm("0123456789-:./ ，。：（）*年月日元");
  if (!fonts_->dirty()) return;
  fonts_->build();
  window_->upload_fonts();
  log::debug("fonts", "prewarmed: " + std::to_string(fonts_->stats().glyphs) + " glyphs in " +
                          std::to_string(fonts_->stats().build_ms) + " ms");
}

bool Terminal::between_visits() const {
  // The kiosk repacks on its welcome screen, never while a resident waits for an answer.
  return state_.mode != core::Mode::Kiosk || state_.screen == core::ScreenId::Welcome;
}

void Terminal::repack_fonts() {
  // Free texture space ran low (or run-time glyphs reached the cap): a full build now, while nobody
  // waits, so the next card's new characters have room.
  fonts_->build();
  window_->upload_fonts();
  fonts_->forget_prepared();
  log::debug("fonts", "repacked: " + std::to_string(fonts_->stats().glyphs) + " glyphs, " +
                          std::to_string(fonts_->stats().texture_width) + "x" +
                          std::to_string(fonts_->stats().texture_height) + " in " +
                          std::to_string(fonts_->stats().build_ms) + " ms");
}

std::vector<core::Event> Terminal::render() {
  auto intents = renderer_->render(state_, *window_);
  log_memory("after frame", true);
  return intents;
}

int Terminal::run() {
  constexpr double kIdleWaitS = 10.0;  // the clock thread wakes us each second anyway
  while (step(kIdleWaitS)) {
  }
  if (state_.maintenance.leaving) mark_maintenance_exit();
  notifier_.send("STOPPING=1");
  return 0;
}

bool Terminal::step(double max_wait_s) {
  // ImGui settles hover and click states over a couple of frames after input.
  constexpr int kFramesAfterInput = 2;
  if (!state_.running || window_->close_requested()) return false;
  if (window_->refused_closes() != refused_closes_) {
    refused_closes_ = window_->refused_closes();
    log::info("window", "close refused (" + std::to_string(refused_closes_) + "): a locked terminal stays open");
  }
  apply_pending();
  if (window_->take_input()) {
    ++inputs_taken_;
    settle_frames_ = kFramesAfterInput;
    apply(core::intent::Touched{});  // someone is there: the idle timeout starts again
  }
  // A tap on the resident-facing window (its 好差评 panel) is input the loop took, too; it does
  // not count as the staff member's presence for the counter's idle lock.
  if (resident_ && resident_->take_input()) ++inputs_taken_;
  for (int f : window_->take_function_keys()) {
    // Demo keys: F1..F4 and F9 place a sample card on the simulated reader, F5 takes it away.
    if (f >= 1 && f <= 4) apply(core::intent::DemoCard{f - 1});
    if (f == 9) apply(core::intent::DemoCard{4});
    if (f == 5) apply(core::intent::DemoCard{-1});
    if (f == 6) apply(core::intent::DemoScan{true, {}, false});
    if (f == 8) apply(core::intent::DemoScan{false, {}, false});
    if (f == 7) apply(core::intent::DemoPaperOut{state_.printer_trouble != core::PrinterTrouble::PaperOut});
    // The technician's key, in every mode and not only in the demo: the maintenance exit.
    if (f == 12) apply(core::intent::OpenMaintenance{});
  }
  if (state_.revision != drawn_ || settle_frames_ > 0) {
    const std::uint64_t rev = state_.revision;
    frame_started_at_ = std::chrono::steady_clock::now();
    for (auto& intent : render()) apply(intent);
    window_->present();
    presented_at_ = std::chrono::steady_clock::now();
    notifier_.ready();  // the first frame is on the screen
    drawn_ = rev;
    if (settle_frames_ > 0) --settle_frames_;
  }
  if (resident_)
    for (auto& intent : resident_->update(state_)) apply(intent);
  if (!state_.running) return false;
  if (!prewarmed_ && drawn_ == state_.revision && queue_.empty()) prewarm_fonts();
  else if (drawn_ == state_.revision && queue_.empty() && fonts_->wants_repack() && between_visits()) repack_fonts();
  // Sleep unless an intent just changed the state or ImGui still needs a frame to settle.
  const bool more = state_.revision != drawn_ || settle_frames_ > 0 || !queue_.empty() ||
                    (resident_ && !resident_->up_to_date(state_));
  // The watchdog is fed here, on the UI thread, between frames: a frame that never ends, or a loop
  // that never comes back from an event, stops feeding. The idle loop already wakes each second
  // for the clock, so feeding adds no wake-ups.
  notifier_.feed(std::chrono::steady_clock::now());
  window_->wait(more ? 0.0 : notifier_.max_wait_s(max_wait_s));
  return true;
}

}  // namespace app
