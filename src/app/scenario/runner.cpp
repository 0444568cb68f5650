#include "app/scenario/runner.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <functional>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "app/log.h"
#include "app/scenario/paper_checks.h"
#include "app/scenario/sandbox.h"
#include "app/scenario/script_names.h"
#include "app/scenario/x11_close.h"
#include "app/scenario/x11_input.h"
#include "app/slip/printer_text.h"
#include "app/slip/publicity_export.h"
#include "app/terminal.h"
#include "core/update.h"
#include "ui/display_window.h"
#include "ui/png_writer.h"

namespace app::scenario {

namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

constexpr double kStepWaitS = 0.02;                 // the longest the loop sleeps between checks
constexpr milliseconds kStartLimit{20000};          // devices connected and the store opened
constexpr milliseconds kPointerSettle{50};          // loop turns between pointer move, press, release
constexpr milliseconds kInputLimit{10000};          // a loaded machine may take this long to draw an input
constexpr milliseconds kMoveLimit{500};             // a pointer move (X11Input::move_to sends none onto where it is)
constexpr milliseconds kAfterDeviceAction{50};      // let the simulated device post its event
constexpr milliseconds kKeySettle{30};              // loop turns after each typed character
constexpr milliseconds kTapWait{3000};              // a button still coming (drawn once data is read)

class Runner {
 public:
  Runner(const Script& s, const RunOptions& o) : script_(s), options_(o) {}

  int run() {
    if (int rc = check_before_start(); rc != 0) return rc;
    auto box = Sandbox::create();
    if (!box) return script_error(script_.start->line, box.error().message);
    sandbox_ = std::move(*box);
    auto config = sandbox_->prepare(script_);
    if (!config) {
      std::fprintf(stderr, "%s\n", config.error().message.c_str());
      return 2;
    }
    config_ = *config;
    mode_ = std::get<cmd::Start>(script_.start->command).mode;
    if (int rc = start(config_, *script_.start); rc != 0) return rc;
    for (const Step& step : script_.steps) {
      const auto began = Clock::now();
      if (int rc = perform(step); rc != 0) return rc;
      if (options_.verbose) {
        const auto ms = std::chrono::duration_cast<milliseconds>(Clock::now() - began).count();
        std::printf("%s:%d: ok (%lld ms): %s\n", script_.file.c_str(), step.line, static_cast<long long>(ms),
                    step.text.c_str());
        std::fflush(stdout);
      }
      if (stopped_) break;
    }
    return 0;
  }

 private:
  // Problems the script holds that need no terminal to find: found before anything opens.
  int check_before_start() {
    const auto screens = known_screens();
    for (const Step& step : script_.steps) {
      if (const auto* e = std::get_if<cmd::ExpectScreen>(&step.command);
          e && std::find(screens.begin(), screens.end(), e->name) == screens.end()) {
        std::string all;
        for (const auto& n : screens) all += (all.empty() ? "" : ", ") + n;
        return script_error(step.line, "no screen is called \"" + e->name + "\" (" + all + ")");
      }
      if (const auto* c = std::get_if<cmd::Card>(&step.command); c && !sample_card_slot(c->name))
        return script_error(step.line, "no sample card is named \"" + c->name + "\" (" + sample_card_names() + ")");
      if (std::holds_alternative<cmd::Screenshot>(step.command) && options_.screenshot_dir) {
        std::error_code ec;
        std::filesystem::create_directories(*options_.screenshot_dir, ec);
        if (ec)
          return script_error(step.line, "cannot make the screenshot folder " + options_.screenshot_dir->string() +
                                             ": " + ec.message());
      }
    }
    return 0;
  }

  int script_error(int line, const std::string& message) {
    std::fprintf(stderr, "%s:%d: %s\n", script_.file.c_str(), line, message.c_str());
    return 2;
  }

  // A failed check: where, what was expected, and what the screen actually showed.
  int check_failed(const Step& step, const std::string& expected) {
    std::string screen = terminal_ ? std::string(core::screen_name(terminal_->state().screen)) : "(not started)";
    std::string text = terminal_ ? one_line(terminal_->renderer().probe().all_text()) : "(none)";
    if (terminal_ && terminal_->resident())
      text += "; resident window: " + one_line(terminal_->resident()->probe().all_text());
    std::fprintf(stderr, "%s:%d: %s: expected %s, screen was %s, visible text: %s\n", script_.file.c_str(), step.line,
                 step.text.c_str(), expected.c_str(), screen.c_str(), text.c_str());
    return 1;
  }

  // Opens the terminal in mode_ with the `start` line's size; `step` is the line that asked for it
  // (`start`, or a `restart`).
  int start(const std::filesystem::path& config, const Step& step) {
    const auto& st = std::get<cmd::Start>(script_.start->command);
    TerminalOptions o;
    o.config_file = config.string();
    o.mode = mode_;
    o.demo = true;  // simulated devices; the store is the scenario's own (config store.sqlite)
    o.windowed = true;
    o.visible = true;  // XTest input needs a mapped window
    o.width = st.width;
    o.height = st.height;
    auto t = Terminal::open(o);
    if (!t) return script_error(step.line, "start: " + t.error().message);
    terminal_ = std::move(*t);
    if (int rc = check_x_screen(step, st); rc != 0) return rc;
    auto ready = [this] {
      const auto& s = terminal_->state();
      for (base::DeviceKind k : base::kAllDeviceKinds)
        if (s.device(k).link != core::DeviceLink::Connected) return false;
      return s.store != core::StoreLink::Opening;
    };
    if (!pump_until(ready, kStartLimit))
      return check_failed(step, "the simulated devices connected and the store opened within " +
                                    std::to_string(kStartLimit.count() / 1000) + "s");
    pump_for(kAfterDeviceAction);
    if (options_.verbose)
      std::printf("%s:%d: ok: %s (sandbox %s)\n", script_.file.c_str(), step.line, step.text.c_str(),
                  sandbox_->dir().c_str());
    return 0;
  }

  // A script that places a second window beside the first says how large an X screen it needs.
  int check_x_screen(const Step& step, const cmd::Start& st) {
    if (st.screen_width == 0) return 0;
    const ui::ScreenRect screen = ui::DisplayWindow::primary_monitor();
    const int w = screen.width, h = screen.height;
    if (w >= st.screen_width && h >= st.screen_height) return 0;
    return script_error(step.line, "start: the X screen is " + std::to_string(w) + "x" + std::to_string(h) +
                                       ", the script needs screen=" + std::to_string(st.screen_width) + "x" +
                                       std::to_string(st.screen_height) + " (scripts/with-xvfb.sh --size WxH)");
  }

  // Turns of the real loop for `d`; false if the terminal stopped.
  bool pump_for(milliseconds d) {
    const auto until = Clock::now() + d;
    do {
      const double left = std::chrono::duration<double>(until - Clock::now()).count();
      if (!terminal_->step(std::clamp(left, 0.0, kStepWaitS))) {
        stopped_ = true;
        return false;
      }
    } while (Clock::now() < until);
    return true;
  }

  // Turns of the loop until `done` holds (checked after every turn) or `limit` passes.
  bool pump_until(const std::function<bool()>& done, milliseconds limit) {
    const auto until = Clock::now() + limit;
    for (;;) {
      if (!terminal_->step(0.0)) {
        stopped_ = true;
        return done();
      }
      if (done()) return true;
      if (Clock::now() >= until) return false;
      if (!terminal_->step(kStepWaitS)) {
        stopped_ = true;
        return done();
      }
      if (done()) return true;
    }
  }

  X11Input* input(const Step& step, int& rc) {
    if (!input_) {
      auto in = X11Input::open(terminal_->window().handle());
      if (!in) {
        rc = script_error(step.line, in.error().message);
        return nullptr;
      }
      input_ = std::move(*in);
    }
    return input_.get();
  }

  int tap(const Step& step, const cmd::Tap& c) {
    ResidentDisplay* resident = c.resident ? terminal_->resident() : nullptr;
    if (c.resident && !resident) return check_failed(step, "a resident-facing window (config counter.resident_screen)");
    const auto& probe = resident ? resident->probe() : terminal_->renderer().probe();
    std::optional<ui::DrawnItem> target;
    // As a person waits for a button still coming (a tab shown once the queue is read), up to 3 s.
    for (const auto until = Clock::now() + kTapWait; !target && Clock::now() < until && pump_for(milliseconds(20));) {
      for (const auto& item : probe.items())
        if (item.label == c.label && item.kind == ui::DrawnItem::Kind::Button) {
          target = item;
          break;
        }
      if (!target) target = probe.find(c.label);
    }
    if (!target) {
      std::string buttons;
      for (const auto& item : probe.items())
        if (item.kind == ui::DrawnItem::Kind::Button) buttons += (buttons.empty() ? "\"" : ", \"") + item.label + "\"";
      return check_failed(step, "a widget labelled \"" + c.label + "\" (buttons on screen: " +
                                    (buttons.empty() ? std::string("none") : buttons) + ")");
    }
    const float cx = target->x + target->w / 2, cy = target->y + target->h / 2;
    float win_w = 0, win_h = 0;
    if (resident)
      resident->window().logical_size(win_w, win_h);
    else
      terminal_->window().logical_size(win_w, win_h);
    GLFWwindow* in_window = resident ? resident->window().handle() : nullptr;  // nullptr: the terminal's
    if (cx < 0 || cy < 0 || cx >= win_w || cy >= win_h)
      return check_failed(step, "\"" + c.label + "\" inside the window (its centre is at " + std::to_string(cx) + ", " +
                                    std::to_string(cy) + ")");
    int rc = 0;
    X11Input* in = input(step, rc);
    if (!in) return rc;
    int screen_w = 0, screen_h = 0;
    if (!in->on_screen(cx, cy, screen_w, screen_h, in_window))
      return script_error(step.line, "tap \"" + c.label + "\": its centre is off the " + std::to_string(screen_w) + "x" +
                                         std::to_string(screen_h) +
                                         " X screen; run on a display as large as the window "
                                         "(scripts/with-xvfb.sh --size WxH)");
    if (options_.verbose)
      std::printf("%s:%d: tap at (%.0f, %.0f) on %s \"%s\" [%.0f,%.0f %.0fx%.0f]\n", script_.file.c_str(), step.line, cx,
                  cy, target->kind == ui::DrawnItem::Kind::Button ? "button" : "text", target->label.c_str(),
                  target->x, target->y, target->w, target->h);
    // A finger: onto the centre, down, up, each taken by the loop and drawn before the next.
    if (in->move_to(cx, cy, in_window)) settle_input(kMoveLimit);
    in->button(true);
    settle_input(kInputLimit);
    in->button(false);
    settle_input(kInputLimit);
    return 0;
  }

  // Turns of the loop until the input just sent was taken (or `wait` passed) and drawn — ImGui sees
  // a press and its release in frames of their own — and at least kPointerSettle passed.
  void settle_input(milliseconds wait) {
    const auto inputs = terminal_->inputs_taken();
    const auto start = Clock::now();
    pump_until([&] { return terminal_->inputs_taken() > inputs; }, wait);
    pump_until([&] { return terminal_->input_settled(); }, kInputLimit);
    const auto spent = std::chrono::duration_cast<milliseconds>(Clock::now() - start);
    if (spent < kPointerSettle) pump_for(kPointerSettle - spent);
  }

  int key(const Step& step, const cmd::Key& c) {
    int rc = 0;
    X11Input* in = input(step, rc);
    if (!in) return rc;
    auto press = [&](bool down) {
      if (c.named)
        in->named_key(*c.named, down);
      else
        in->function_key(c.function_key, down);
    };
    press(true);
    settle_input(kInputLimit);
    press(false);
    settle_input(kInputLimit);
    return 0;
  }

  int type(const Step& step, const cmd::Type& c) {
    int rc = 0;
    X11Input* in = input(step, rc);
    if (!in) return rc;
    // The loop runs after every character: GLFW reads each key while its keycode still means it.
    auto typed = in->type(c.text, [this] { pump_for(kKeySettle); });
    if (!typed) return script_error(step.line, "type: " + typed.error().message);
    pump_for(kPointerSettle);
    return 0;
  }

  int screenshot(const Step& step, const cmd::Screenshot& c) {
    if (!options_.screenshot_dir) return 0;
    pump_for(milliseconds(0));
    Terminal& t = *terminal_;
    if (c.resident) {
      if (!t.resident()) return check_failed(step, "a resident-facing window (config counter.resident_screen)");
      const auto file = *options_.screenshot_dir / (c.name + ".png");
      if (auto s = t.resident()->screenshot(t.state(), file); !s)
        return script_error(step.line, "screenshot: " + s.error().message);
      if (options_.verbose) std::printf("%s:%d: wrote %s\n", script_.file.c_str(), step.line, file.c_str());
      return 0;
    }
    // Draw the current state into the back buffer, read it, then show that same frame.
    for (auto& intent : t.render()) t.apply(intent);
    const auto file = *options_.screenshot_dir / (c.name + ".png");
    auto s = ui::write_window_png(t.window(), file);
    t.window().present();
    if (!s) return script_error(step.line, "screenshot: " + s.error().message);
    if (options_.verbose) std::printf("%s:%d: wrote %s\n", script_.file.c_str(), step.line, file.c_str());
    return 0;
  }

  // `expect pdf` / `expect printed` (app/scenario/paper_checks.h): the newest exported PDF (the
  // 公示名单 …) or the simulated printer's paper holds the text, waited for.
  int paper_check(const Step& step, const std::string& failed) {
    if (failed.empty()) return 0;
    std::fprintf(stderr, "%s:%d: %s: %s\n", script_.file.c_str(), step.line, step.text.c_str(), failed.c_str());
    return 1;
  }
  PumpUntil pump() {
    return [this](const std::function<bool()>& done, milliseconds limit) { return pump_until(done, limit); };
  }

  int perform(const Step& step) {
    Terminal& t = *terminal_;
    const Command& c = step.command;
    if (const auto* card = std::get_if<cmd::Card>(&c)) {
      t.apply(core::intent::DemoCard{*sample_card_slot(card->name)});
      pump_for(kAfterDeviceAction);
    } else if (std::holds_alternative<cmd::RemoveCard>(c)) {
      t.apply(core::intent::DemoCard{-1});
      pump_for(kAfterDeviceAction);
    } else if (const auto* scan = std::get_if<cmd::Scan>(&c)) {
      const bool raw = scan->kind == cmd::Scan::Kind::Raw;
      t.apply(core::intent::DemoScan{scan->kind != cmd::Scan::Kind::Forged, scan->text, raw});
      pump_for(kAfterDeviceAction);
    } else if (const auto* paper = std::get_if<cmd::Paper>(&c)) {
      t.apply(core::intent::DemoPaperOut{paper->out});
      pump_for(kAfterDeviceAction);
    } else if (const auto* tp = std::get_if<cmd::Tap>(&c)) {
      return tap(step, *tp);
    } else if (const auto* k = std::get_if<cmd::Key>(&c)) {
      return key(step, *k);
    } else if (const auto* ty = std::get_if<cmd::Type>(&c)) {
      return type(step, *ty);
    } else if (const auto* w = std::get_if<cmd::Wait>(&c)) {
      pump_for(milliseconds(w->ms));
    } else if (const auto* es = std::get_if<cmd::ExpectStopped>(&c)) {
      if (!pump_until([this] { return stopped_; }, milliseconds(es->within_ms)))
        return check_failed(step, "the terminal stopped within " + std::to_string(es->within_ms) + " ms");
      return 0;
    } else if (std::holds_alternative<cmd::Close>(c)) {
      if (auto sent = send_window_close(t.window().handle()); !sent) return script_error(step.line, sent.error().message);
      pump_for(kAfterDeviceAction);  // a window that accepted it has stopped by now
    } else if (const auto* st = std::get_if<cmd::Stall>(&c)) {
      std::this_thread::sleep_for(milliseconds(st->ms));  // on the UI thread, on purpose
    } else if (const auto* es = std::get_if<cmd::ExpectScreen>(&c)) {
      auto on_screen = [&] { return core::screen_name(t.state().screen) == es->name; };
      if (!pump_until(on_screen, milliseconds(es->within_ms)))
        return check_failed(step, "screen " + es->name + " within " + std::to_string(es->within_ms) + " ms");
    } else if (const auto* rw = std::get_if<cmd::ExpectResidentWindow>(&c)) {
      if ((t.resident() != nullptr) != rw->open)
        return check_failed(step, rw->open ? "a resident-facing window" : "no resident-facing window");
    } else if (const auto* et = std::get_if<cmd::ExpectText>(&c)) {
      if (et->resident && !t.resident())
        return check_failed(step, "a resident-facing window (config counter.resident_screen)");
      auto shown = [&] {
        const auto& probe = et->resident ? t.resident()->probe() : t.renderer().probe();
        const bool has = probe.all_text().find(et->text) != std::string::npos;
        return has != et->absent;
      };
      if (!pump_until(shown, milliseconds(et->within_ms)))
        return check_failed(step, std::string(et->absent ? "no text \"" : "text \"") + et->text + "\" within " +
                                      std::to_string(et->within_ms) + " ms");
    } else if (const auto* ep = std::get_if<cmd::ExpectPdf>(&c)) {
      return paper_check(step, check_pdf_holds(slip::export_folder(t.config()), ep->text, milliseconds(ep->within_ms), pump()));
    } else if (const auto* epr = std::get_if<cmd::ExpectPrinted>(&c)) {
      return paper_check(step, check_paper_holds([&t] { return slip::printed_text(t.demo_printout()); }, epr->text,
                                                 milliseconds(epr->within_ms), pump()));
    } else if (const auto* sc = std::get_if<cmd::Screenshot>(&c)) {
      return screenshot(step, *sc);
    } else if (const auto* rs = std::get_if<cmd::Restart>(&c)) {
      // As a crash would: no QuitRequested, no orderly hand-over; whatever the terminal keeps across
      // it must already be on disk. The sandbox (store, config, XDG folders) stays; a mode named
      // here is the one the terminal starts in (and restarts in afterwards).
      if (rs->mode) mode_ = rs->mode;
      input_.reset();
      terminal_.reset();
      return start(config_, step);
    } else if (std::holds_alternative<cmd::Quit>(c)) {
      t.apply(core::ev::QuitRequested{});
      pump_for(kAfterDeviceAction);
      stopped_ = true;
    }
    if (stopped_ && !std::holds_alternative<cmd::Quit>(c))
      return check_failed(step, "the terminal still running (it stopped)");
    return 0;
  }

  const Script& script_;
  RunOptions options_;
  // Destroyed in reverse: the input, then the terminal, then the sandbox holding its store.
  std::unique_ptr<Sandbox> sandbox_;
  std::unique_ptr<Terminal> terminal_;
  std::unique_ptr<X11Input> input_;
  std::filesystem::path config_;
  std::optional<core::Mode> mode_;  // the mode the terminal runs in; nullopt: the config's
  bool stopped_ = false;
};

}  // namespace

int run(const Script& script, const RunOptions& options) {
  // The terminal's own log lines would bury the one line that matters; --verbose keeps them.
  if (!options.verbose && !std::getenv("ONEWINDOW_LOG")) log::set_min_level(log::Level::Warn);
  Runner r(script, options);
  return r.run();
}

}  // namespace app::scenario
