#include "app/scenario/sandbox.h"

#include <cstdlib>
#include <fstream>
#include <map>
#include <toml++/toml.h>
#include <vector>

#include "app/catalog_file.h"
#include "app/clock_service.h"
#include "app/demo_data.h"
#include "app/paths.h"
#include "core/domain/civil_time.h"
#include "core/language.h"
#include "core/domain/roster.h"
#include "store/roster_import.h"
#include "store/schema.h"
#include "store/staff_table.h"

namespace app::scenario {

namespace {

std::string toml_string(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

std::string at_line(const Script& s, int line, const std::string& message) {
  return s.file + ":" + std::to_string(line) + ": " + message;
}

// The value a `config hall.code = …` line gives, so generated data belong to the configured hall.
std::string configured_hall_code(const Script& s) {
  std::string code = DemoDataOptions{}.hall_code;
  for (const auto& step : s.setup)
    if (const auto* c = std::get_if<cmd::Config>(&step.command); c && c->section == "hall" && c->key == "code") {
      auto t = toml::parse("v = " + c->value);
      if (auto v = t["v"].value<std::string>()) code = *v;
    }
  return code;
}

base::Status fill_demo(store::Database& db, const cmd::DataDemo& d, const std::string& hall_code) {
  auto assets = load_catalog_assets(paths::assets_dir());
  if (!assets) return assets.error();
  DemoDataOptions o;
  o.seed = static_cast<std::uint64_t>(d.seed);
  o.residents = d.residents;
  o.months = d.months;
  o.hall_code = hall_code;
  auto report = generate_demo_data(db, o, assets->catalog, assets->holidays);
  if (!report) return report.error();
  return base::ok();
}

// One `data roster` block; a bad row is reported at its script line.
base::Status fill_roster(store::Database& db, const cmd::DataRoster& r, const Script& s) {
  auto parsed = core::parse_roster(r.csv);
  if (!parsed.ok()) {
    std::string all;
    for (const auto& p : parsed.problems) {
      if (!all.empty()) all += "\n";
      core::RosterProblem at = p;
      at.line = r.first_line + p.line - 1;  // the CSV's line 1 is the block's first line
      all += core::describe(at, s.file);
    }
    return base::Error{all};
  }
  auto report = store::import_roster(db, parsed.roster);
  if (!report) return base::Error{at_line(s, r.first_line, "roster: " + report.error().message)};
  return base::ok();
}

}  // namespace

base::Result<std::unique_ptr<Sandbox>> Sandbox::create() {
  std::error_code ec;
  std::filesystem::path base = std::filesystem::temp_directory_path(ec);
  if (ec) base = "/tmp";
  std::string templ = (base / "onewindow-scenario-XXXXXX").string();
  if (!mkdtemp(templ.data())) return base::Error{"cannot make a temporary folder under " + base.string()};
  auto box = std::unique_ptr<Sandbox>(new Sandbox(templ));
  for (const char* var : {"XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"}) {
    std::string name(var);
    auto sub = box->dir_ / name.substr(4, name.size() - 9);  // CACHE, CONFIG, DATA, STATE
    std::filesystem::create_directories(sub, ec);
    if (ec) return base::Error{"cannot make " + sub.string() + ": " + ec.message()};
    setenv(var, sub.c_str(), 1);
  }
  return box;
}

Sandbox::~Sandbox() {
  std::error_code ec;
  std::filesystem::remove_all(dir_, ec);
}

base::Result<std::filesystem::path> Sandbox::prepare(const Script& script) {
  const auto store_file = dir_ / "store.db";
  // Every script sees the same day whatever the date it runs on: due dates, 公示 periods and 年审
  // months would otherwise pass as the calendar moves on (docs/scenarios.md, "The clock").
  pin_local_clock(kScenarioClockStart);
  std::filesystem::path sqlite = store_file;
  bool unavailable = false;
  std::optional<store::Database> db;
  for (const auto& step : script.setup) {
    const Command& c = step.command;
    if (std::holds_alternative<cmd::StoreUnavailable>(c)) {
      // A folder where the store file should be: SQLite cannot open it, as with a broken disk.
      sqlite = dir_ / "store-is-a-folder";
      std::error_code ec;
      std::filesystem::create_directories(sqlite, ec);
      unavailable = true;
      continue;
    }
    if (std::holds_alternative<cmd::Config>(c) || std::holds_alternative<cmd::Staff>(c)) continue;
    if (!db) {
      auto opened = store::open_store(store_file);
      if (!opened) return base::Error{at_line(script, step.line, "store: " + opened.error().message)};
      db.emplace(std::move(*opened));
    }
    if (const auto* d = std::get_if<cmd::DataDemo>(&c)) {
      if (auto s = fill_demo(*db, *d, configured_hall_code(script)); !s)
        return base::Error{at_line(script, step.line, "demo data: " + s.error().message)};
    } else if (const auto* r = std::get_if<cmd::DataRoster>(&c)) {
      if (auto s = fill_roster(*db, *r, script); !s) return s.error();
    }
  }
  if (!unavailable && !db) {
    // No data line: an empty store, opened (and migrated) before the terminal so it finds it ready.
    auto opened = store::open_store(store_file);
    if (!opened) return base::Error{"store: " + opened.error().message};
    db.emplace(std::move(*opened));
  }
  // Staff accounts after the data, wherever their lines stand among the setup lines.
  for (const auto& step : script.setup) {
    const auto* st = std::get_if<cmd::Staff>(&step.command);
    if (!st) continue;
    if (unavailable) return base::Error{at_line(script, step.line, "staff: the store is unavailable (`store unavailable`)")};
    store::StaffTable staff(*db);
    auto added = staff.add(st->member, st->pin);
    if (!added) return base::Error{at_line(script, step.line, "staff: " + added.error().message)};
    if (!*added) {
      // The number is taken (demo data has staff too): the script's account replaces it.
      auto saved = staff.save(st->member);
      auto pin = saved ? staff.set_pin(st->member.staff_no, st->pin) : base::Result<bool>(saved.error());
      if (!pin) return base::Error{at_line(script, step.line, "staff: " + pin.error().message)};
    }
  }
  db.reset();  // closed before the terminal opens it

  // The config: the scenario's own settings, then every `config` line (a line wins over a default).
  std::map<std::string, std::vector<std::pair<std::string, std::string>>> sections;
  auto set = [&sections](const std::string& section, const std::string& key, const std::string& value) {
    auto& keys = sections[section];
    for (auto& kv : keys)
      if (kv.first == key) {
        kv.second = value;
        return;
      }
    keys.emplace_back(key, value);
  };
  set("store", "sqlite", toml_string(sqlite.string()));
  set("ui", "fullscreen", "false");
  for (const auto& step : script.setup)
    if (const auto* c = std::get_if<cmd::Config>(&step.command)) set(c->section, c->key, c->value);
  if (script.start) {  // `start language=…` is the last word on the language
    const auto& st = std::get<cmd::Start>(script.start->command);
    if (st.language) set("ui", "language", toml_string(std::string(core::language_tag(*st.language))));
  }

  const auto config = dir_ / "onewindow.toml";
  std::ofstream out(config, std::ios::binary);
  out << "# written by `onewindow scenario` for " << script.file << "\n";
  for (const auto& [section, keys] : sections) {
    out << "\n[" << section << "]\n";
    for (const auto& [k, v] : keys) out << k << " = " << v << "\n";
  }
  out.close();
  if (!out) return base::Error{"cannot write " + config.string()};
  return config;
}

}  // namespace app::scenario
