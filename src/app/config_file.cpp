#include "app/config_file.h"

#include <cmath>
#include <cstdio>

#include <fstream>
#include <functional>
#include <map>
#include <sstream>
#include <toml++/toml.h>

#include "app/paths.h"
#include "devices/scanner/scanner_usb_rules.h"
#include "devices/usb/usb_registry.h"

namespace app {

namespace {

using core::Config;
using base::Error;

// Reads one section's keys; any key without a handler is an error.
class SectionReader {
 public:
  SectionReader(std::string_view source, std::string section, const toml::table& tbl)
      : source_(source), section_(std::move(section)), tbl_(tbl) {}

  template <class F>
  SectionReader& key(const std::string& name, F&& handler) {
    handlers_[name] = std::forward<F>(handler);
    return *this;
  }

  // Returns an empty string on success, else the error message.
  std::string run() {
    for (auto&& [k, node] : tbl_) {
      std::string name(k.str());
      auto it = handlers_.find(name);
      if (it == handlers_.end()) return where(name) + ": unknown key";
      std::string problem = it->second(node);
      if (!problem.empty()) return where(name) + ": " + problem;
    }
    return {};
  }

 private:
  std::string where(const std::string& key) const {
    return "config " + std::string(source_) + ": " + section_ + "." + key;
  }
  std::string_view source_;
  std::string section_;
  const toml::table& tbl_;
  std::map<std::string, std::function<std::string(const toml::node&)>> handlers_;
};

std::string read_string(const toml::node& n, std::string& out, bool allow_empty = false) {
  auto v = n.value<std::string>();
  if (!n.is_string() || !v) return "must be a string";
  if (!allow_empty && v->empty()) return "must not be empty";
  out = *v;
  return {};
}

std::string read_int(const toml::node& n, int& out, int lo, int hi) {
  if (!n.is_integer()) return "must be a whole number";
  const auto v = *n.value<int64_t>();
  if (v < lo || v > hi) return "must be between " + std::to_string(lo) + " and " + std::to_string(hi);
  out = static_cast<int>(v);
  return {};
}

std::string read_bool(const toml::node& n, bool& out) {
  if (!n.is_boolean()) return "must be true or false";
  out = *n.value<bool>();
  return {};
}

std::string read_float(const toml::node& n, float& out, double lo, double hi) {
  if (!n.is_number()) return "must be a number";
  const double v = *n.value<double>();
  // Written so that nan and inf fail too: every comparison with nan is false.
  if (!std::isfinite(v) || !(v >= lo && v <= hi)) {
    char range[64];
    std::snprintf(range, sizeof range, "must be a finite number between %g and %g", lo, hi);
    return std::string(range);
  }
  out = static_cast<float>(v);
  return {};
}

std::string read_hall(const toml::table& t, std::string_view src, Config& c) {
  return SectionReader(src, "hall", t)
      .key("code", [&](const toml::node& n) {
        std::string v;
        if (auto p = read_string(n, v); !p.empty()) return p;
        if (v.size() != 6 || v.find_first_not_of("0123456789") != std::string::npos)
          return std::string("must be a 6-digit administrative division code");
        c.hall.code = v;
        return std::string();
      })
      .key("name", [&](const toml::node& n) { return read_string(n, c.hall.name); })
      .key("phone", [&](const toml::node& n) { return read_string(n, c.hall.phone); })
      .key("address", [&](const toml::node& n) { return read_string(n, c.hall.address); })
      .run();
}

std::string read_terminal(const toml::table& t, std::string_view src, Config& c) {
  return SectionReader(src, "terminal", t)
      .key("number", [&](const toml::node& n) { return read_int(n, c.terminal.number, 1, 99); })
      .key("mode", [&](const toml::node& n) {
        std::string v;
        if (auto p = read_string(n, v); !p.empty()) return p;
        auto m = core::parse_mode(v);
        if (!m) return "must be kiosk, counter or backoffice (got \"" + v + "\")";
        c.terminal.mode = *m;
        return std::string();
      })
      .run();
}

std::string read_ui(const toml::table& t, std::string_view src, Config& c) {
  return SectionReader(src, "ui", t)
      .key("language", [&](const toml::node& n) {
        std::string v;
        if (auto p = read_string(n, v); !p.empty()) return p;
        auto l = core::parse_language(v);
        if (!l) return "must be zh-CN or en (got \"" + v + "\")";
        c.ui.language = *l;
        return std::string();
      })
      .key("fullscreen", [&](const toml::node& n) { return read_bool(n, c.ui.fullscreen); })
      .key("idle_timeout_s", [&](const toml::node& n) { return read_int(n, c.ui.idle_timeout_s, 5, 3600); })
      .key("rating_timeout_s", [&](const toml::node& n) { return read_int(n, c.ui.rating_timeout_s, 0, 120); })
      .key("scale", [&](const toml::node& n) { return read_float(n, c.ui.scale, 0.5, 3.0); })
      .run();
}

std::string read_store(const toml::table& t, std::string_view src, Config& c) {
  return SectionReader(src, "store", t)
      .key("sqlite", [&](const toml::node& n) { return read_string(n, c.store.sqlite_path, /*allow_empty=*/true); })
      .key("url", [&](const toml::node& n) {
        if (auto e = read_string(n, c.store.url, /*allow_empty=*/true); !e.empty()) return e;
        if (!c.store.url.empty() && c.store.url.find("://") != std::string::npos &&
            c.store.url.rfind("postgresql://", 0) != 0 && c.store.url.rfind("postgres://", 0) != 0)
          return std::string("must be a postgresql:// URI or a file path");
        return std::string();
      })
      .run();
}

// An array of strings, each checked by `check` (empty string = fine, else the problem).
template <class Check>
std::string read_string_list(const toml::node& n, std::vector<std::string>& out, Check check) {
  const toml::array* arr = n.as_array();
  if (!arr) return "must be an array of strings";
  std::vector<std::string> v;
  for (size_t i = 0; i < arr->size(); ++i) {
    auto str = arr->get(i)->value<std::string>();
    if (!arr->get(i)->is_string() || !str) return "[" + std::to_string(i) + "] must be a string";
    if (std::string p = check(*str); !p.empty()) return "[" + std::to_string(i) + "] " + p;
    v.push_back(*str);
  }
  out = std::move(v);
  return {};
}

std::string read_idcard(const toml::table& t, std::string_view src, Config& c) {
  return SectionReader(src, "idcard", t)
      .key("poll_ms", [&](const toml::node& n) { return read_int(n, c.idcard.poll_ms, 50, 5000); })
      .key("serial_path", [&](const toml::node& n) { return read_string(n, c.idcard.serial_path, true); })
      .key("usb_ids", [&](const toml::node& n) {
        return read_string_list(n, c.idcard.usb_ids, [](const std::string& s) {
          auto id = devices::usb::parse_usb_id(s);
          return id ? std::string() : id.error().message;
        });
      })
      .run();
}

std::string read_scanner(const toml::table& t, std::string_view src, Config& c) {
  return SectionReader(src, "scanner", t)
      .key("usb_ids", [&](const toml::node& n) {
        return read_string_list(n, c.scanner.usb_ids, [](const std::string& s) {
          auto b = devices::scanner::parse_scanner_binding(s);
          return b ? std::string() : b.error().message;
        });
      })
      .key("max_key_gap_ms", [&](const toml::node& n) { return read_int(n, c.scanner.max_key_gap_ms, 10, 2000); })
      .run();
}

std::string read_printer(const toml::table& t, std::string_view src, Config& c) {
  return SectionReader(src, "printer", t)
      .key("profile", [&](const toml::node& n) {
        std::string v;
        if (auto p = read_string(n, v); !p.empty()) return p;
        const auto file = paths::assets_dir() / "printers" / (v + ".toml");
        if (v.find('/') != std::string::npos || !std::filesystem::exists(file))
          return "names no printer profile in " + (paths::assets_dir() / "printers").string() + " (got \"" + v + "\")";
        c.printer.profile = v;
        return std::string();
      })
      .key("mode", [&](const toml::node& n) {
        std::string v;
        if (auto p = read_string(n, v, true); !p.empty()) return p;
        if (!v.empty() && v != "text" && v != "raster") return "must be text, raster or \"\" (got \"" + v + "\")";
        c.printer.mode = v;
        return std::string();
      })
      .run();
}

// "auto", "off" or "X,Y,WxH" (X and Y may be negative: a monitor left of or above the primary).
std::string read_resident_screen(const toml::node& n, Config::Counter::ResidentScreen& out) {
  using Place = Config::Counter::ResidentScreen::Place;
  std::string v;
  if (auto p = read_string(n, v); !p.empty()) return p;
  if (v == "auto" || v == "off") {
    out = {};
    out.place = v == "auto" ? Place::Auto : Place::Off;
    return {};
  }
  Config::Counter::ResidentScreen r;
  r.place = Place::At;
  char tail = 0;
  constexpr int kMinPx = 200, kMaxPx = 16384;
  if (std::sscanf(v.c_str(), "%d,%d,%dx%d%c", &r.x, &r.y, &r.width, &r.height, &tail) != 4 || r.width < kMinPx ||
      r.height < kMinPx || r.width > kMaxPx || r.height > kMaxPx)
    return "must be \"auto\", \"off\" or \"X,Y,WxH\" with a size of 200 to 16384 pixels, e.g. \"1920,0,1920x1080\" (got \"" +
           v + "\")";
  out = r;
  return {};
}

std::string read_counter(const toml::table& t, std::string_view src, Config& c) {
  return SectionReader(src, "counter", t)
      .key("lockout_minutes", [&](const toml::node& n) { return read_int(n, c.counter.lockout_minutes, 1, 1440); })
      .key("wrong_pins_before_lockout",
           [&](const toml::node& n) { return read_int(n, c.counter.wrong_pins_before_lockout, 1, 20); })
      .key("lock_after_idle_s", [&](const toml::node& n) { return read_int(n, c.counter.lock_after_idle_s, 10, 3600); })
      .key("export_dir", [&](const toml::node& n) { return read_string(n, c.counter.export_dir, true); })
      .key("resident_screen", [&](const toml::node& n) { return read_resident_screen(n, c.counter.resident_screen); })
      .run();
}

std::string read_backoffice(const toml::table& t, std::string_view src, Config& c) {
  return SectionReader(src, "backoffice", t)
      .key("refresh_s", [&](const toml::node& n) { return read_int(n, c.backoffice.refresh_s, 1, 600); })
      .key("lease_minutes", [&](const toml::node& n) { return read_int(n, c.backoffice.lease_minutes, 1, 1440); })
      .key("lock_after_idle_s",
           [&](const toml::node& n) { return read_int(n, c.backoffice.lock_after_idle_s, 10, 3600); })
      .run();
}

std::string read_kiosk(const toml::table& t, std::string_view src, Config& c) {
  return SectionReader(src, "kiosk", t)
      .key("review_notice_days", [&](const toml::node& n) { return read_int(n, c.kiosk.review_notice_days, 0, 366); })
      .run();
}

std::string read_voice(const toml::table& t, std::string_view src, Config& c) {
  return SectionReader(src, "voice", t)
      .key("enabled", [&](const toml::node& n) { return read_bool(n, c.voice.enabled); })
      .key("volume", [&](const toml::node& n) { return read_int(n, c.voice.volume, 0, 100); })
      .run();
}

std::string read_fonts(const toml::table& t, std::string_view src, Config& c) {
  return SectionReader(src, "fonts", t)
      .key("chain", [&](const toml::node& n) -> std::string {
        const toml::array* arr = n.as_array();
        if (!arr || arr->empty()) return "must be a non-empty array of { path = \"…\", face = N }";
        std::vector<core::FontFace> chain;
        for (size_t i = 0; i < arr->size(); ++i) {
          const toml::table* ft = arr->get(i)->as_table();
          if (!ft) return "[" + std::to_string(i) + "] must be a table { path = \"…\", face = N }";
          core::FontFace f;
          std::string p = SectionReader(src, "fonts.chain[" + std::to_string(i) + "]", *ft)
                              .key("path", [&](const toml::node& m) { return read_string(m, f.path); })
                              .key("face", [&](const toml::node& m) { return read_int(m, f.face, 0, 63); })
                              .run();
          if (!p.empty()) return "\n" + p;  // already names the key
          if (f.path.empty()) return "[" + std::to_string(i) + "].path is missing";
          chain.push_back(f);
        }
        c.fonts.chain = std::move(chain);
        return {};
      })
      .run();
}

}  // namespace

base::Result<Config> parse_config_text(std::string_view text, std::string_view source) {
  Config c;
  c.source = std::string(source);
  toml::table root;
  try {
    root = toml::parse(text, source);
  } catch (const toml::parse_error& e) {
    std::ostringstream m;
    m << "config " << source << ": line " << e.source().begin.line << ", column " << e.source().begin.column
      << ": " << e.description();
    return Error{m.str()};
  }
  using Reader = std::string (*)(const toml::table&, std::string_view, Config&);
  static const std::map<std::string, Reader> kSections = {
      {"hall", read_hall}, {"terminal", read_terminal}, {"ui", read_ui}, {"fonts", read_fonts}, {"store", read_store},
      {"printer", read_printer},
      {"idcard", read_idcard}, {"scanner", read_scanner}, {"counter", read_counter},
      {"backoffice", read_backoffice}, {"kiosk", read_kiosk}, {"voice", read_voice}};
  for (auto&& [k, node] : root) {
    std::string name(k.str());
    auto it = kSections.find(name);
    if (it == kSections.end()) return Error{"config " + std::string(source) + ": " + name + ": unknown key"};
    const toml::table* t = node.as_table();
    if (!t) return Error{"config " + std::string(source) + ": " + name + ": must be a table [" + name + "]"};
    std::string problem = it->second(*t, source, c);
    if (!problem.empty()) {
      // Nested readers prefix their own location; keep the innermost one.
      auto nl = problem.rfind('\n');
      return Error{nl == std::string::npos ? problem : problem.substr(nl + 1)};
    }
  }
  return c;
}

base::Result<Config> load_config_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return Error{"config " + file.string() + ": cannot be read (missing or no permission)"};
  std::stringstream ss;
  ss << in.rdbuf();
  return parse_config_text(ss.str(), file.string());
}

base::Result<Config> load_config(const std::string* explicit_file) {
  if (explicit_file) return load_config_file(*explicit_file);
  std::error_code ec;
  if (std::filesystem::exists(paths::system_config(), ec)) return load_config_file(paths::system_config());
  Config c;
  c.source = "built-in defaults";
  return c;
}

}  // namespace app
