// `onewindow run` (the terminal itself) and `onewindow screenshot`.
#include <cstdio>
#include <string>

#include "app/commands/arg_parser.h"
#include "app/commands/command.h"
#include "app/log.h"
#include "app/terminal.h"
#include "devices/idcard/sample_cards.h"
#include "ui/png_writer.h"

namespace app {

namespace {

bool parse_size(const std::string& s, int& w, int& h) {
  int a = 0, b = 0;
  char x = 0;
  if (std::sscanf(s.c_str(), "%d%c%d", &a, &x, &b) != 3 || (x != 'x' && x != 'X')) return false;
  if (a < 320 || b < 240 || a > 7680 || b > 4320) return false;
  w = a;
  h = b;
  return true;
}

// The mode a named screen belongs to.
std::optional<core::Mode> mode_of_screen(const std::string& name) {
  if (name == "welcome" || name == "card-read" || name == "slip-scanned") return core::Mode::Kiosk;
  if (name == "counter-home") return core::Mode::Counter;
  if (name == "backoffice-home") return core::Mode::Backoffice;
  return std::nullopt;
}

}  // namespace

int run_gui(Args args) {
  ArgParser p(args);
  TerminalOptions o;
  if (auto m = p.option("--mode")) {
    o.mode = core::parse_mode(*m);
    if (!o.mode) return usage_error("--mode must be kiosk, counter or backoffice (got \"" + *m + "\")");
  }
  o.config_file = p.option("--config");
  o.demo = p.flag("--demo");
  o.windowed = p.flag("--windowed");
  std::vector<std::string> rest;
  std::string err;
  if (!p.finish(rest, err)) return usage_error(err);
  if (!rest.empty()) return usage_error("run takes no positional arguments (got \"" + rest[0] + "\")");
  auto t = Terminal::open(o);
  if (!t) return usage_error(t.error().message);
  return (*t)->run();
}

int run_screenshot(Args args) {
  ArgParser p(args);
  TerminalOptions o;
  o.visible = false;
  o.windowed = true;
  o.start_clock = false;
  auto screen = p.option("--screen");
  auto out = p.option("--out");
  auto mode = p.option("--mode");
  auto size = p.option("--size");
  o.config_file = p.option("--config");
  o.demo = p.flag("--demo");
  std::vector<std::string> rest;
  std::string err;
  if (!p.finish(rest, err)) return usage_error(err);
  if (!rest.empty()) return usage_error("screenshot takes no positional arguments (got \"" + rest[0] + "\")");
  if (!screen) return usage_error("screenshot needs --screen NAME (welcome, card-read, slip-scanned, counter-home, backoffice-home)");
  if (!out) return usage_error("screenshot needs --out FILE.png");
  if (size && !parse_size(*size, o.width, o.height)) return usage_error("--size must be WxH, e.g. 1920x1080");
  auto screen_mode = mode_of_screen(*screen);
  if (!screen_mode) return usage_error("unknown screen \"" + *screen + "\" (welcome, card-read, slip-scanned, counter-home, backoffice-home)");
  if (mode) {
    auto m = core::parse_mode(*mode);
    if (!m) return usage_error("--mode must be kiosk, counter or backoffice (got \"" + *mode + "\")");
    if (*m != *screen_mode) return usage_error("screen \"" + *screen + "\" is not part of --mode " + *mode);
  }
  o.mode = screen_mode;

  auto t = Terminal::open(o);
  if (!t) return usage_error(t.error().message);
  Terminal& term = **t;
  if (o.demo)
    term.await_devices(std::chrono::seconds(2));  // simulated devices report in
  else
    term.apply_pending();
  // Screens past the first are reached through the same events a person would cause.
  if (*screen == "card-read") term.apply(core::ev::CardPresented{devices::idcard::sample_cards()[0]});
  if (*screen == "slip-scanned") term.apply(core::ev::SlipVerified{"320102-01-20261120-0001"});
  term.render();
  int w = 0, h = 0;
  term.window().framebuffer_size(w, h);
  auto& win = term.window();
  auto rows = [&win](int y0, int n, std::uint8_t* rgba) { win.read_rows(y0, n, rgba); };
  if (auto s = ui::write_png_rows(*out, w, h, rows); !s) return usage_error(s.error().message);
  const auto& st = term.fonts().stats();
  log::info("screenshot", *out + ": " + std::to_string(w) + "x" + std::to_string(h) + ", atlas " +
                              std::to_string(st.glyphs) + " glyphs " + std::to_string(st.texture_width) + "x" +
                              std::to_string(st.texture_height) + " in " + std::to_string(st.build_ms) + " ms");
  return kExitOk;
}

int run_version(Args args) {
  if (!args.empty()) return usage_error("version takes no arguments");
  std::printf("onewindow %s\n", ONEWINDOW_VERSION);
  return kExitOk;
}

}  // namespace app
