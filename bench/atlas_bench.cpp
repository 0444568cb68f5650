// The font atlas after many visits of residents with random names (issue 17): every name brings
// characters the atlas has not seen (2–3 characters drawn uniformly from the 20,902 of U+4E00–U+9FA5,
// one name in 20 with a CJK Extension A or B character), through the real kiosk path: card read,
// store look-up, status frame, 返回首页. Prints, every few hundred visits, the atlas texture size,
// its glyphs, repacks and evictions, and the process RSS; and the card-to-frame latency of reads
// that met new characters. Runs the real Terminal under $DISPLAY.
//
//   scripts/with-xvfb.sh build/bench/atlas_bench [visits=1000]
//
// Its store (1,000 residents with those names) is kept in $ONEWINDOW_BENCH_DATA (default
// build/bench-data) and reused.
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "app/catalog_file.h"
#include "app/demo_data.h"
#include "app/paths.h"
#include "app/process_stats.h"
#include "app/terminal.h"
#include "bench_store.h"
#include "base/utf8.h"
#include "store/schema.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

[[noreturn]] void fail(const std::string& what) {
  std::fprintf(stderr, "atlas_bench: %s\n", what.c_str());
  std::exit(1);
}

constexpr int kResidents = 1000;

std::string random_name(std::mt19937_64& rng) {
  std::uniform_int_distribution<int> len(2, 3), common(0x4E00, 0x9FA5), ext_a(0x3400, 0x4DB5), ext_b(0x20000, 0x2A6D6),
      odds(0, 19);
  std::string out;
  const int n = len(rng);
  for (int i = 0; i < n; ++i) {
    char32_t cp = static_cast<char32_t>(common(rng));
    if (i == n - 1 && odds(rng) == 0) cp = static_cast<char32_t>(odds(rng) % 2 ? ext_a(rng) : ext_b(rng));
    base::append_utf8(out, cp);
  }
  return out;
}

fs::path make_store() {
  fs::path file = bench::data_dir() / ("atlas-random-names-" + std::to_string(kResidents) + ".db");
  if (fs::exists(file)) return file;
  const fs::path tmp = file.string() + ".generating";
  bench::generate_recipients(tmp, kResidents, 2);
  // The generator draws names from short lists; give every resident a random name instead.
  sqlite3* db = nullptr;
  if (sqlite3_open(tmp.c_str(), &db) != SQLITE_OK) fail("cannot open " + tmp.string());
  std::mt19937_64 rng(17);
  sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db, "UPDATE residents SET name = ?1 WHERE id = ?2", -1, &st, nullptr);
  for (int id = 1; id <= kResidents; ++id) {
    const std::string name = random_name(rng);
    sqlite3_bind_text(st, 1, name.c_str(), -1, SQLITE_TRANSIENT);
    sqlite3_bind_int(st, 2, id);
    sqlite3_step(st);
    sqlite3_reset(st);
  }
  sqlite3_finalize(st);
  sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  fs::rename(tmp, file);
  return file;
}

struct Person {
  std::string id, birth, name;
};

std::vector<Person> people_of(const fs::path& db_file) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(db_file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) fail("cannot open " + db_file.string());
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db, "SELECT id_number, birth, name FROM residents ORDER BY id", -1, &st, nullptr);
  std::vector<Person> out;
  while (sqlite3_step(st) == SQLITE_ROW)
    out.push_back({reinterpret_cast<const char*>(sqlite3_column_text(st, 0)),
                   reinterpret_cast<const char*>(sqlite3_column_text(st, 1)),
                   reinterpret_cast<const char*>(sqlite3_column_text(st, 2))});
  sqlite3_finalize(st);
  sqlite3_close(db);
  return out;
}

double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[static_cast<std::size_t>(p * static_cast<double>(v.size() - 1))];
}

void report(app::Terminal& t, int visits) {
  const ui::AtlasStats& a = t.fonts().stats();
  const double tex_mb = static_cast<double>(a.texture_width) * a.texture_height * 4 / (1024.0 * 1024.0);
  std::printf("after %4d visits: atlas texture %dx%d RGBA (%.1f MB), %zu glyphs, %zu added without a rebuild, "
              "%d builds, %zu evicted; RSS %.1f MB (peak %.1f MB)\n",
              visits, a.texture_width, a.texture_height, tex_mb, a.glyphs, a.added, a.builds, a.evicted,
              static_cast<double>(app::current_rss_kb()) / 1024.0, static_cast<double>(app::peak_rss_kb()) / 1024.0);
  std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
  const int visits = argc > 1 ? std::atoi(argv[1]) : 1000;
  const fs::path db = fs::absolute(make_store());
  const auto people = people_of(db);
  if (people.empty()) fail("no residents in " + db.string());

  const fs::path home = fs::temp_directory_path() / ("onewindow-atlas-bench-" + std::to_string(::getpid()));
  fs::create_directories(home);
  for (const char* v : {"XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"}) setenv(v, home.c_str(), 1);
  const fs::path config = home / "bench.toml";
  std::ofstream(config) << "[store]\nsqlite = \"" << db.string() << "\"\n[ui]\nfullscreen = false\nidle_timeout_s = 3600\n";

  app::TerminalOptions o;
  o.config_file = config.string();
  o.demo = true;
  o.windowed = true;
  o.width = 1920;
  o.height = 1080;
  auto opened = app::Terminal::open(o);
  if (!opened) fail(opened.error().message);
  app::Terminal& t = **opened;
  const auto ready_by = Clock::now() + std::chrono::seconds(30);
  while (t.state().store == core::StoreLink::Opening && Clock::now() < ready_by) t.step(0.05);
  if (t.state().store != core::StoreLink::Ready) fail("store did not open");
  for (int i = 0; i < 20; ++i) t.step(0.01);
  report(t, 0);

  std::vector<double> ms_new, ms_known;
  int card_path_builds = 0;
  for (int v = 0; v < visits; ++v) {
    const Person& p = people[static_cast<std::size_t>(v) % people.size()];
    base::IdCardRecord card;
    card.name = p.name;
    card.id_number = p.id;
    card.birth = p.birth;
    card.id_number_valid = true;
    t.queue().post(core::ev::CardReading{});
    while (!(t.state().screen == core::ScreenId::CardReading && t.presented())) t.step(0.05);
    const int builds0 = t.fonts().stats().builds;
    const std::size_t added0 = t.fonts().stats().added;
    const auto t0 = Clock::now();
    t.queue().post(core::ev::CardPresented{card});
    while (!(t.state().screen == core::ScreenId::ResidentStatus && t.presented())) {
      if (Clock::now() - t0 > std::chrono::seconds(5)) fail("no status screen for " + p.id);
      t.step(0.05);
    }
    const double ms = std::chrono::duration<double, std::milli>(t.last_presented_at() - t0).count();
    card_path_builds += t.fonts().stats().builds != builds0;
    (t.fonts().stats().builds != builds0 || t.fonts().stats().added != added0 ? ms_new : ms_known).push_back(ms);
    t.apply(core::intent::EndVisit{});
    while (!t.presented()) t.step(0.0);
    t.step(0.0);  // the quiet moment on the welcome screen (a repack happens here when one is due)
    if ((v + 1) % 250 == 0 || v + 1 == visits) report(t, v + 1);
  }
  std::printf("card read -> status frame presented: reads that met new characters %zu, p50 %.2f ms p99 %.2f ms; "
              "the others %zu, p50 %.2f ms p99 %.2f ms; atlas rebuilt on the card path %d times\n",
              ms_new.size(), percentile(ms_new, 0.5), percentile(ms_new, 0.99), ms_known.size(), percentile(ms_known, 0.5),
              percentile(ms_known, 0.99), card_path_builds);
  std::error_code ec;
  fs::remove_all(home, ec);
  return 0;
}
