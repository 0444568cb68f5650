#pragma once
// A scenario script: what `onewindow scenario FILE` does to the real terminal, one line at a time.
// The format (docs/scenarios.md has examples):
//
//   # a comment; blank lines are ignored; a '#' inside "quotes" is text
//   data demo [seed=N] [residents=N] [months=N]   generated store (default seed=1 residents=200 months=3)
//   data roster                                   the CSV lines that follow, up to a line `end`, are
//   <CSV lines>                                   imported as `onewindow roster import` would (taken
//   end                                           verbatim); several blocks fill one store in order
//   data none                                     an empty store (also the default)
//   store unavailable                             the store path cannot be opened
//   config SECTION.KEY = VALUE                    a TOML value written into the scenario's config
//   staff NO name=NAME pin=PIN [role=counter|reviewer|approver|admin] [disabled]
//                                                 a staff account in the scenario's store
//   start [kiosk|counter|backoffice] [size=WxH] [screen=WxH] [language=zh-CN|en]
//                                                 screen=: the X screen the script needs (ctest's Xvfb
//                                                 size; default the window size) for a second window
//   card NAME | card "NAME"                       place the sample card with that name
//   remove card
//   scan genuine NUMBER | scan forged NUMBER | scan raw "TEXT"
//   paper out | paper in
//   tap "LABEL"                                   a real mouse click on the widget with that label
//   tap resident "LABEL"                          the same on the counter's resident-facing window
//   key F1 … F12 | key Enter|Tab|BackSpace|Escape a real key press
//   type "TEXT"                                   real key presses typing TEXT (any Unicode) into the
//                                                 widget with the keyboard
//   wait 2s | wait 500ms
//   expect screen NAME [within 3s]                default: within 5s
//   expect text "TEXT" [within 3s]                a substring of the frame's visible text
//   expect no text "TEXT" [within 3s]
//   expect resident [no] text "TEXT" [within 3s]  the same in the counter's resident-facing window
//   expect [no] resident window                   whether the counter opened that window
//   expect pdf "TEXT" [within 3s]                 the newest PDF in the export folder holds TEXT
//                                                 (its text read back by pdftotext, blanks ignored)
//   expect printed "TEXT" [within 3s]             the simulated printer's paper holds TEXT (its
//                                                 ESC/POS text decoded, blanks and line breaks ignored)
//   screenshot NAME                               NAME.png into --screenshot-dir
//   screenshot resident NAME                      the resident-facing window, as NAME.png
//   restart [kiosk|counter|backoffice]            the terminal is dropped as a crash would drop it (no
//                                                 quit, nothing saved on the way out) and started again
//                                                 on the same store, config and folders — in the mode
//                                                 named, else in the mode it ran in
//   quit
//
// Setup lines (data, store, config, staff) come before `start`; everything else after it. Strings are in
// double quotes when they hold spaces or '#'; \" and \\ escape inside them.
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/language.h"
#include "core/mode.h"
#include "base/result.h"
#include "core/domain/staff_member.h"

namespace app::scenario {

inline constexpr int kDefaultWithinMs = 5000;

// Keys `key NAME` presses besides F1 … F12.
enum class NamedKey { Enter, Tab, BackSpace, Escape };

namespace cmd {
struct DataDemo {
  long seed = 1;
  int residents = 200;
  int months = 3;
};
struct DataRoster {
  std::string csv;      // the lines between `data roster` and `end`, each ending in '\n'
  int first_line = 0;   // the script line of the first CSV line (roster errors point there)
};
struct DataNone {};
struct StoreUnavailable {};
struct Config {
  std::string section, key;  // key may itself be dotted
  std::string value;         // TOML value text, as written
};
struct Start {
  std::optional<core::Mode> mode;
  int width = 1920, height = 1080;
  int screen_width = 0, screen_height = 0;  // screen=WxH; 0: the window's size
  std::optional<core::Language> language;
};
struct Card {
  std::string name;
};
struct RemoveCard {};
struct Scan {
  enum class Kind { Genuine, Forged, Raw } kind;
  std::string text;  // the acceptance number, or the raw code
};
struct Paper {
  bool out = true;
};
struct Tap {
  std::string label;
  bool resident = false;  // `tap resident "LABEL"`: on the counter's resident-facing window
};
struct Key {
  int function_key = 0;            // 1 for F1 …; 0 for a named key
  std::optional<NamedKey> named;   // Enter, Tab, BackSpace, Escape
};
struct Type {
  std::string text;  // UTF-8
};
struct Staff {
  core::StaffMember member;  // active unless `disabled`
  std::string pin;
};
struct Wait {
  int ms = 0;
};
// The UI thread stops for `ms` (no frame, no event, no watchdog): how a hung UI looks from outside.
struct Stall {
  int ms = 0;
};
struct ExpectScreen {
  std::string name;
  int within_ms = kDefaultWithinMs;
};
struct ExpectText {
  std::string text;
  bool absent = false;  // `expect no text`
  int within_ms = kDefaultWithinMs;
  bool resident = false;  // in the counter's resident-facing window
};
struct ExpectResidentWindow {
  bool open = true;  // `expect resident window`; false: `expect no resident window`
};
struct ExpectPdf {
  std::string text;
  int within_ms = kDefaultWithinMs;
};
// The words the simulated printer printed since the terminal started hold `text`.
struct ExpectPrinted {
  std::string text;
  int within_ms = kDefaultWithinMs;
};
struct Screenshot {
  std::string name;
  bool resident = false;  // the resident-facing window instead of the terminal's
};
struct Quit {};
// The terminal ends by itself (the maintenance exit): its loop stops within the time.
struct ExpectStopped {
  int within_ms = kDefaultWithinMs;
};
// A window manager's close (the close button, Alt+F4): WM_DELETE_WINDOW to the window.
struct Close {};
struct Restart {
  std::optional<core::Mode> mode;  // nullopt: the mode the terminal ran in
};
}  // namespace cmd

using Command = std::variant<cmd::DataDemo, cmd::DataRoster, cmd::DataNone, cmd::StoreUnavailable, cmd::Config,
                             cmd::Start, cmd::Card, cmd::RemoveCard, cmd::Scan, cmd::Paper, cmd::Tap, cmd::Key,
                             cmd::Wait, cmd::ExpectScreen, cmd::ExpectText, cmd::ExpectPdf, cmd::Screenshot, cmd::Quit, cmd::Restart,
                             cmd::Type, cmd::Staff, cmd::Stall, cmd::Close, cmd::ExpectStopped,
                             cmd::ExpectResidentWindow, cmd::ExpectPrinted>;

struct Step {
  int line = 0;      // 1-based line in the script
  std::string text;  // the line as written, without comment or surrounding blanks
  Command command;
};

struct Script {
  std::string file;
  std::vector<Step> setup;  // before `start`
  std::optional<Step> start;
  std::vector<Step> steps;  // after `start`
};

// The whole script, or the first problem as "FILE:LINE: message".
base::Result<Script> parse_script(std::string_view text, const std::string& file);

}  // namespace app::scenario
