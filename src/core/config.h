#pragma once
// The terminal's configuration as plain data. Defaults are built in; a TOML file overrides them
// (parsed in src/app/config_file.cpp).
#include <string>
#include <vector>

#include "core/language.h"
#include "core/mode.h"

namespace core {

struct FontFace {
  std::string path;
  int face = 0;  // index inside a .ttc collection
};

struct Config {
  struct Hall {
    std::string code = "320102";
    std::string name = "玄武区锁金村街道便民服务中心";
    std::string phone = "025-84000000";
    std::string address = "南京市玄武区龙蟠路8号";  // on the 一次性告知单 and the kiosk's 办事指南 ("" leaves it out)
  } hall;
  struct Terminal {
    int number = 1;
    Mode mode = Mode::Kiosk;
  } terminal;
  struct Ui {
    Language language = Language::ZhCN;
    bool fullscreen = true;
    int idle_timeout_s = 30;
    float scale = 1.0f;  // multiplies every size in the theme
    int rating_timeout_s = 8;  // the kiosk's 好差评 after a visit is skipped after this long (0: not offered)
  } ui;
  struct Store {
    std::string sqlite_path;  // empty: $XDG_DATA_HOME/onewindow/onewindow.db
    // [store] url: the hall's PostgreSQL store (postgresql://…) or a SQLite file; wins over sqlite.
    std::string url;
    // What the terminal opens: url if set, else sqlite_path (empty: the default file).
    const std::string& location() const { return url.empty() ? sqlite_path : url; }
    // url names a PostgreSQL hall store. A counter then works local-first: it commits to its own
    // SQLite file (sqlite_path, or the default file) and pushes to the hall through its outbox.
    bool has_hall() const { return url.rfind("postgresql://", 0) == 0 || url.rfind("postgres://", 0) == 0; }
  } store;
  struct IdCard {
    int poll_ms = 300;             // find-card polling period
    std::string serial_path;       // a reader behind a USB-serial bridge (115200 8N1); empty: USB
    std::vector<std::string> usb_ids;  // extra "VID:PID" of SAM readers (vendor class, bulk)
  } idcard;
  struct Scanner {
    std::vector<std::string> usb_ids;  // "VID:PID[:keyboard|hidpos|serial]", bound as scanners
    int max_key_gap_ms = 100;          // a code with a longer pause between keys is cut off
  } scanner;
  struct Printer {
    std::string profile = "generic-80";  // a file in assets/printers/ (paper width, fonts, QR)
    std::string mode;                    // "text", "raster"; empty: what the profile suits
  } printer;
  struct Counter {
    int lockout_minutes = 15;           // how long an account stays locked after too many wrong PINs
    int wrong_pins_before_lockout = 5;  // the wrong PIN that locks the account
    int lock_after_idle_s = 300;        // the counter screen locks itself after this long untouched
    std::string export_dir;             // where 导出台账 writes; empty: <data dir>/exports
    // The resident-facing screen (窗口外屏), `resident_screen`: "auto" — full screen on a second
    // monitor when there is one, else none; "off"; or "X,Y,WxH" — a window of that size there.
    struct ResidentScreen {
      enum class Place { Auto, Off, At } place = Place::Auto;
      int x = 0, y = 0, width = 0, height = 0;  // Place::At
    } resident_screen;
  } counter;
  struct Backoffice {
    int refresh_s = 5;            // the queue is read again this often while someone is signed in
    int lease_minutes = 30;       // a claim holds its case this long (core::kDefaultLeaseSeconds)
    int lock_after_idle_s = 300;  // the back-office screen locks itself after this long untouched
  } backoffice;
  struct Kiosk {
    // 「您的低保将于X月年审」 shows this many days ahead of a benefit's next review (0: never).
    int review_notice_days = 60;
  } kiosk;
  struct Voice {
    // Spoken prompts at the kiosk (espeak-ng, Mandarin voice cmn): on where the kiosk has speakers.
    bool enabled = false;
    int volume = 100;  // 0..100 % of espeak-ng's normal loudness
  } voice;
  struct Fonts {
    // The first face is the primary; later faces fill in characters it lacks.
    std::vector<FontFace> chain = {{"/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2}};
  } fonts;
  std::string source;  // where it came from: a file path, or "built-in defaults"
};

}  // namespace core
