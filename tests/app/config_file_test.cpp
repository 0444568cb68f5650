// Config: defaults built in, a TOML file overrides them, unknown keys and bad values name the key.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "app/config_file.h"
#include "core/backoffice/case_rules.h"

using namespace app;

namespace {
std::string error_of(std::string_view toml) {
  auto r = parse_config_text(toml, "test.toml");
  REQUIRE_FALSE(r.ok());
  return r.error().message;
}
}  // namespace

TEST_CASE("a full config overrides every default") {
  auto r = parse_config_text(R"(
[hall]
code = "320105"
name = "建邺区南苑街道便民服务中心"
phone = "025-86000000"
address = "南京市建邺区南苑街道1号"
[terminal]
number = 3
mode = "counter"
[ui]
language = "en"
fullscreen = false
idle_timeout_s = 45
scale = 1.25
[fonts]
chain = [ { path = "/a.ttc", face = 2 }, { path = "/b.ttf" } ]
)",
                             "test.toml");
  REQUIRE_MESSAGE(r.ok(), (r.ok() ? std::string() : r.error().message));
  const core::Config& c = *r;
  CHECK(c.hall.code == "320105");
  CHECK(c.hall.name == "建邺区南苑街道便民服务中心");
  CHECK(c.hall.address == "南京市建邺区南苑街道1号");
  CHECK(c.terminal.number == 3);
  CHECK(c.terminal.mode == core::Mode::Counter);
  CHECK(c.ui.language == core::Language::En);
  CHECK_FALSE(c.ui.fullscreen);
  CHECK(c.ui.idle_timeout_s == 45);
  CHECK(c.ui.scale == doctest::Approx(1.25));
  REQUIRE(c.fonts.chain.size() == 2);
  CHECK(c.fonts.chain[0].face == 2);
  CHECK(c.fonts.chain[1].path == "/b.ttf");
  CHECK(c.fonts.chain[1].face == 0);
}

TEST_CASE("an empty file keeps the defaults") {
  auto r = parse_config_text("", "empty.toml");
  REQUIRE(r.ok());
  CHECK(r->terminal.mode == core::Mode::Kiosk);
  CHECK(r->ui.idle_timeout_s == 30);
  CHECK(r->fonts.chain.at(0).face == 2);
}

TEST_CASE("unknown keys are errors naming file and key") {
  CHECK(error_of("[hall]\nnmae = \"x\"\n") == "config test.toml: hall.nmae: unknown key");
  CHECK(error_of("[printer_typo]\nx = 1\n") == "config test.toml: printer_typo: unknown key");
  CHECK(error_of("[fonts]\nchain = [ { path = \"/a\", size = 3 } ]\n") ==
        "config test.toml: fonts.chain[0].size: unknown key");
}

TEST_CASE("bad values are errors naming the key and what is allowed") {
  CHECK(error_of("[terminal]\nmode = \"lobby\"\n") ==
        "config test.toml: terminal.mode: must be kiosk, counter or backoffice (got \"lobby\")");
  CHECK(error_of("[terminal]\nnumber = \"1\"\n") == "config test.toml: terminal.number: must be a whole number");
  CHECK(error_of("[terminal]\nnumber = 100\n") == "config test.toml: terminal.number: must be between 1 and 99");
  CHECK(error_of("[hall]\ncode = \"3201\"\n") ==
        "config test.toml: hall.code: must be a 6-digit administrative division code");
  CHECK(error_of("[ui]\nlanguage = \"fr\"\n") == "config test.toml: ui.language: must be zh-CN or en (got \"fr\")");
  CHECK(error_of("hall = 3\n") == "config test.toml: hall: must be a table [hall]");
}

TEST_CASE("a syntax error gives the line") {
  const auto m = error_of("[hall]\nname = \n");
  CHECK(m.rfind("config test.toml: line 2", 0) == 0);
}

TEST_CASE("a missing config file is an error naming it") {
  auto r = load_config_file("/nonexistent/onewindow.toml");
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().message.find("/nonexistent/onewindow.toml") != std::string::npos);
}

TEST_CASE("the shipped example config is valid and equals the defaults") {
  auto r = load_config_file(std::string(ONEWINDOW_SOURCE_DIR) + "/assets/config/onewindow.example.toml");
  REQUIRE_MESSAGE(r.ok(), (r.ok() ? std::string() : r.error().message));
  core::Config d;
  CHECK(r->hall.code == d.hall.code);
  CHECK(r->hall.name == d.hall.name);
  CHECK(r->terminal.mode == d.terminal.mode);
  CHECK(r->ui.idle_timeout_s == d.ui.idle_timeout_s);
  CHECK(r->fonts.chain.at(0).path == d.fonts.chain.at(0).path);
}

TEST_CASE("device keys: reader polling, serial path, extra USB ids, scanner bindings") {
  auto r = parse_config_text(R"(
[idcard]
poll_ms = 200
serial_path = "/dev/ttyUSB0"
usb_ids = ["1234:abcd"]
[scanner]
usb_ids = ["05e0:1200:keyboard", "0c2e:0b61:hidpos"]
max_key_gap_ms = 150
)",
                             "test.toml");
  REQUIRE_MESSAGE(r.ok(), (r.ok() ? std::string() : r.error().message));
  CHECK(r->idcard.poll_ms == 200);
  CHECK(r->idcard.serial_path == "/dev/ttyUSB0");
  CHECK(r->idcard.usb_ids == std::vector<std::string>{"1234:abcd"});
  CHECK(r->scanner.usb_ids.size() == 2);
  CHECK(r->scanner.max_key_gap_ms == 150);
  CHECK(error_of("[idcard]\nusb_ids = [\"12345:1\"]\n").rfind("config test.toml: idcard.usb_ids: [0] ", 0) == 0);
  CHECK(error_of("[scanner]\nusb_ids = [\"05e0:1200:bluetooth\"]\n").rfind("config test.toml: scanner.usb_ids: [0] ", 0) == 0);
  CHECK(error_of("[idcard]\npoll_ms = 1\n") == "config test.toml: idcard.poll_ms: must be between 50 and 5000");
}

TEST_CASE("back-office keys: queue refresh, claim lease, idle lock, defaults and ranges") {
  core::Config d;
  CHECK(d.backoffice.refresh_s == 5);
  CHECK(d.backoffice.lease_minutes * 60 == core::kDefaultLeaseSeconds);
  CHECK(d.backoffice.lock_after_idle_s == 300);
  auto r = parse_config_text("[backoffice]\nrefresh_s = 2\nlease_minutes = 90\nlock_after_idle_s = 600\n", "test.toml");
  REQUIRE_MESSAGE(r.ok(), (r.ok() ? std::string() : r.error().message));
  CHECK(r->backoffice.refresh_s == 2);
  CHECK(r->backoffice.lease_minutes == 90);
  CHECK(r->backoffice.lock_after_idle_s == 600);
  auto example = load_config_file(std::string(ONEWINDOW_SOURCE_DIR) + "/assets/config/onewindow.example.toml");
  REQUIRE(example.ok());
  CHECK(example->backoffice.refresh_s == d.backoffice.refresh_s);
  CHECK(example->backoffice.lease_minutes == d.backoffice.lease_minutes);
  CHECK(example->backoffice.lock_after_idle_s == d.backoffice.lock_after_idle_s);
  CHECK(error_of("[backoffice]\nrefresh_s = 0\n") == "config test.toml: backoffice.refresh_s: must be between 1 and 600");
  CHECK(error_of("[backoffice]\nlease_minutes = 2000\n") ==
        "config test.toml: backoffice.lease_minutes: must be between 1 and 1440");
  CHECK(error_of("[backoffice]\nlease = 30\n") == "config test.toml: backoffice.lease: unknown key");
}

TEST_CASE("counter keys: lockout minutes, wrong PINs before lockout, idle lock, defaults and ranges") {
  core::Config d;
  CHECK(d.counter.lockout_minutes == 15);
  CHECK(d.counter.wrong_pins_before_lockout == 5);
  CHECK(d.counter.lock_after_idle_s == 300);
  auto r = parse_config_text("[counter]\nlockout_minutes = 30\nwrong_pins_before_lockout = 3\nlock_after_idle_s = 120\n",
                             "test.toml");
  REQUIRE_MESSAGE(r.ok(), (r.ok() ? std::string() : r.error().message));
  CHECK(r->counter.lockout_minutes == 30);
  CHECK(r->counter.wrong_pins_before_lockout == 3);
  CHECK(r->counter.lock_after_idle_s == 120);
  auto example = load_config_file(std::string(ONEWINDOW_SOURCE_DIR) + "/assets/config/onewindow.example.toml");
  REQUIRE(example.ok());
  CHECK(example->counter.lockout_minutes == d.counter.lockout_minutes);
  CHECK(example->counter.wrong_pins_before_lockout == d.counter.wrong_pins_before_lockout);
  CHECK(example->counter.lock_after_idle_s == d.counter.lock_after_idle_s);
  CHECK(error_of("[counter]\nlockout_minutes = 0\n") == "config test.toml: counter.lockout_minutes: must be between 1 and 1440");
  CHECK(error_of("[counter]\nwrong_pins_before_lockout = \"5\"\n") ==
        "config test.toml: counter.wrong_pins_before_lockout: must be a whole number");
  CHECK(error_of("[counter]\nlock_after_idle = 300\n") == "config test.toml: counter.lock_after_idle: unknown key");
}

TEST_CASE("counter.resident_screen: auto by default, off, or a window at X,Y of WxH, and nothing else") {
  using Place = core::Config::Counter::ResidentScreen::Place;
  CHECK(core::Config{}.counter.resident_screen.place == Place::Auto);
  auto example = load_config_file(std::string(ONEWINDOW_SOURCE_DIR) + "/assets/config/onewindow.example.toml");
  REQUIRE(example.ok());
  CHECK(example->counter.resident_screen.place == Place::Auto);
  auto off = parse_config_text("[counter]\nresident_screen = \"off\"\n", "test.toml");
  REQUIRE(off.ok());
  CHECK(off->counter.resident_screen.place == Place::Off);
  auto at = parse_config_text("[counter]\nresident_screen = \"-1280,40,1280x800\"\n", "test.toml");
  REQUIRE(at.ok());
  CHECK(at->counter.resident_screen.place == Place::At);
  CHECK(at->counter.resident_screen.x == -1280);
  CHECK(at->counter.resident_screen.y == 40);
  CHECK(at->counter.resident_screen.width == 1280);
  CHECK(at->counter.resident_screen.height == 800);
  const std::string why = "must be \"auto\", \"off\" or \"X,Y,WxH\" with a size of 200 to 16384 pixels, e.g. "
                          "\"1920,0,1920x1080\"";
  CHECK(error_of("[counter]\nresident_screen = \"1280x800\"\n") ==
        "config test.toml: counter.resident_screen: " + why + " (got \"1280x800\")");
  CHECK(error_of("[counter]\nresident_screen = \"0,0,100x800\"\n") ==
        "config test.toml: counter.resident_screen: " + why + " (got \"0,0,100x800\")");
  CHECK(error_of("[counter]\nresident_screen = \"0,0,1280x800 \"\n") ==
        "config test.toml: counter.resident_screen: " + why + " (got \"0,0,1280x800 \")");
  CHECK(error_of("[counter]\nresident_screen = true\n") == "config test.toml: counter.resident_screen: must be a string");
}
