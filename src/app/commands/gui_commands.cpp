// `onewindow run` (the terminal itself) and `onewindow screenshot`.
#include <cstdio>
#include <filesystem>
#include <string>

#include "app/commands/arg_parser.h"
#include "app/commands/command.h"
#include "app/crash_report.h"
#include "app/demo_card_holders.h"
#include "app/demo_data.h"
#include "app/log.h"
#include "app/terminal.h"
#include "devices/idcard/sample_cards.h"
#include "app/file_write.h"
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

// The screens `screenshot` reaches by itself (the other counter screens need a signed-in person and
// a form, the back office's case a claim: the scenarios take their pictures).
constexpr core::ScreenId kScreenshotScreens[] = {
    core::ScreenId::Welcome,       core::ScreenId::CardReading,  core::ScreenId::ResidentStatus,
    core::ScreenId::UnknownPerson, core::ScreenId::SlipProgress, core::ScreenId::KioskMessage,
    core::ScreenId::KioskGuide,    core::ScreenId::KioskGuideItem,
    core::ScreenId::KioskRating,
    core::ScreenId::CounterSignIn, core::ScreenId::BackofficeSignIn, core::ScreenId::BackofficeHome,
    core::ScreenId::BackofficeReviews, core::ScreenId::BackofficeDiscovery, core::ScreenId::BackofficeStatistics};

std::optional<core::ScreenId> screenshot_screen(const std::string& name) {
  const auto id = core::screen_by_name(name);
  if (!id) return std::nullopt;
  for (auto s : kScreenshotScreens)
    if (s == *id) return id;
  return std::nullopt;
}

std::string screenshot_screen_names() {
  std::string out;
  for (auto s : kScreenshotScreens) {
    if (!out.empty()) out += ", ";
    out += core::screen_name(s);
  }
  return out;
}

// Applies events until `done` holds or `limit` passes (store answers arrive from the worker thread).
template <class Done>
void settle(Terminal& t, Done done, std::chrono::milliseconds limit) {
  const auto until = std::chrono::steady_clock::now() + limit;
  t.apply_pending();
  while (!done() && std::chrono::steady_clock::now() < until)
    if (auto e = t.queue().wait_pop(std::chrono::milliseconds(20))) t.apply(*e);
}

// Reaches a kiosk screen through the events a person (and the store) would cause.
void walk_to(Terminal& t, const std::string& screen, bool large) {
  const auto& cards = devices::idcard::sample_cards();
  const auto is = [&t](core::ScreenId id) { return [&t, id] { return t.state().screen == id; }; };
  const auto ready = [&t] { return t.state().store != core::StoreLink::Opening; };
  if (screen != "welcome" && screen != "card-reading") settle(t, ready, std::chrono::seconds(30));
  if (screen == "card-reading") t.apply(core::ev::CardReading{});
  if (screen == "resident-status") {
    t.apply(core::ev::CardPresented{cards[0]});
    settle(t, is(core::ScreenId::ResidentStatus), std::chrono::seconds(5));
  }
  if (screen == "unknown-person") {
    t.apply(core::ev::CardPresented{cards[1]});
    settle(t, is(core::ScreenId::UnknownPerson), std::chrono::seconds(5));
  }
  if (screen == "slip-progress") {
    t.apply(core::ev::SlipVerified{kDemoHolderSlipNo});
    settle(t, [&t] { return t.state().kiosk.progress.has_value(); }, std::chrono::seconds(5));
  }
  if (screen == "kiosk-message") {
    t.apply(core::ev::StoreUnavailable{"screenshot: the store is down"});
    t.apply(core::ev::CardPresented{cards[0]});
  }
  if (screen == "kiosk-guide" || screen == "kiosk-guide-item") {
    // 办事指南 pressed on the welcome screen; the item shown is the catalog's first.
    t.apply(core::intent::OpenGuide{});
    settle(t, [&t] { return t.state().guide_catalog != nullptr || t.state().screen != core::ScreenId::KioskGuide; },
           std::chrono::seconds(10));
    if (screen == "kiosk-guide-item" && t.state().guide_catalog && !t.state().guide_catalog->items.empty())
      t.apply(core::intent::OpenGuideItem{t.state().guide_catalog->items.front().code});
  }
  if (screen == "kiosk-rating") {  // a visit ended by the resident: the 好差评 panel
    t.apply(core::ev::CardPresented{cards[0]});
    settle(t, is(core::ScreenId::ResidentStatus), std::chrono::seconds(5));
    t.apply(core::intent::EndVisit{});
  }
  if (large) t.apply(core::intent::ToggleLargeText{});
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
  std::error_code ec;
  std::filesystem::create_directories(crash::report_file().parent_path(), ec);  // the report's folder
  auto t = Terminal::open(o);
  if (!t) return usage_error(t.error().message);
  crash::take_previous(crash::report_file(), (*t)->catalog(), (*t)->config().ui.language);
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
  const bool large = p.flag("--large");
  std::vector<std::string> rest;
  std::string err;
  if (!p.finish(rest, err)) return usage_error(err);
  if (!rest.empty()) return usage_error("screenshot takes no positional arguments (got \"" + rest[0] + "\")");
  if (!screen) return usage_error("screenshot needs --screen NAME (" + screenshot_screen_names() + ")");
  if (!out) return usage_error("screenshot needs --out FILE.png");
  if (size && !parse_size(*size, o.width, o.height)) return usage_error("--size must be WxH, e.g. 1920x1080");
  const auto screen_id = screenshot_screen(*screen);
  if (!screen_id) return usage_error("unknown screen \"" + *screen + "\" (" + screenshot_screen_names() + ")");
  const auto screen_mode = std::optional<core::Mode>(core::mode_of(*screen_id));
  if (mode) {
    auto m = core::parse_mode(*mode);
    if (!m) return usage_error("--mode must be kiosk, counter or backoffice (got \"" + *mode + "\")");
    if (*m != *screen_mode) return usage_error("screen \"" + *screen + "\" is not part of --mode " + *mode);
  }
  o.mode = screen_mode;
  const bool desk_screen = *screen_id == core::ScreenId::BackofficeHome || *screen_id == core::ScreenId::BackofficeReviews ||
                           *screen_id == core::ScreenId::BackofficeDiscovery ||
                           *screen_id == core::ScreenId::BackofficeStatistics;
  if (desk_screen && !o.demo)
    return usage_error("screen " + *screen + " needs --demo (the demo reviewer B01 signs in)");

  auto t = Terminal::open(o);
  if (!t) return usage_error(t.error().message);
  Terminal& term = **t;
  if (o.demo)
    term.await_devices(std::chrono::seconds(2));  // simulated devices report in
  else
    term.apply_pending();
  // Screens past the first are reached through the same events a person would cause.
  if (*screen_mode == core::Mode::Kiosk) walk_to(term, *screen, large);
  // A counter in a hall shows its outbox and the hall store's state once the sync worker reported.
  if (term.state().hall_sync.enabled)
    settle(term, [&term] { return term.state().hall_sync.link != core::HallLink::Checking; }, std::chrono::seconds(10));
  if (desk_screen) {
    // The queue shows only to a signed-in reviewer: the demo's (B01) signs in as a person would.
    settle(term, [&term] { return term.state().store != core::StoreLink::Opening; }, std::chrono::seconds(30));
    term.apply(core::intent::EditSignIn{"B01", kDemoStaffPin});
    term.apply(core::intent::SubmitSignIn{});
    settle(term, [&term] { return term.state().backoffice.queue.has_value(); }, std::chrono::seconds(30));
    // The 年审 and 主动发现 tabs beside the queue, pressed as a person would.
    if (*screen_id == core::ScreenId::BackofficeReviews) {
      term.apply(core::intent::ShowTab{core::intent::DynamicTab::Reviews});
      settle(term, [&term] { return term.state().backoffice.reviews.due.has_value(); }, std::chrono::seconds(30));
    } else if (*screen_id == core::ScreenId::BackofficeDiscovery) {
      term.apply(core::intent::ShowTab{core::intent::DynamicTab::Discovery});
      settle(term, [&term] { return term.state().backoffice.discovery.entries.has_value(); }, std::chrono::seconds(30));
    }
  }
  if (*screen_id == core::ScreenId::BackofficeStatistics) {
    term.apply(core::intent::OpenStatistics{});
    settle(term, [&term] { return term.state().backoffice.statistics.report.has_value(); }, std::chrono::seconds(30));
  }
  term.render();
  int w = 0, h = 0;
  term.window().framebuffer_size(w, h);
  // Beside the target and renamed when complete: a failed write leaves no 0-byte PNG.
  auto written = write_through_temporary(*out, [&](const std::string& tmp) { return ui::write_window_png(term.window(), tmp); });
  if (!written) return usage_error(written.error().message);
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
