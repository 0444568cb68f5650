// The kiosk at county scale (issue 8): from a card read completing (the reader's decoded record
// handed to the app, i.e. ev::CardPresented) to the resident's status frame presented, on a store
// with 1,000,000 payment rows; then idle CPU on the welcome screen and on a status screen nobody
// touches. Runs the real Terminal (window, fonts, store worker, simulated devices) under $DISPLAY.
//
//   scripts/with-xvfb.sh build/bench/kiosk_bench [residents=50000] [months=24] [reads=200] [idle_s=10]
//
// The generated store is kept in $ONEWINDOW_BENCH_DATA (default build/bench-data) and reused.
#include <sqlite3.h>
#include <time.h>

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
#include "app/terminal.h"
#include "bench_store.h"
#include "store/schema.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

double cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

[[noreturn]] void fail(const std::string& what) {
  std::fprintf(stderr, "kiosk_bench: %s\n", what.c_str());
  std::exit(1);
}

fs::path make_store(int residents, int months) {
  fs::path file = bench::data_dir() / ("kiosk-" + std::to_string(residents) + "x" + std::to_string(months) + ".db");
  if (fs::exists(file)) return file;
  const fs::path tmp = file.string() + ".generating";
  const auto t0 = Clock::now();
  const auto r = bench::generate_recipients(tmp, residents, months);
  std::printf("generated %ld residents, %ld payments in %.1f s\n", r.residents, r.payments,
              std::chrono::duration<double>(Clock::now() - t0).count());
  fs::rename(tmp, file);
  return file;
}

struct Person {
  std::string id, birth, name;
};

std::vector<Person> random_people(const fs::path& db_file, int n) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(db_file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) fail("cannot open " + db_file.string());
  sqlite3_stmt* st = nullptr;
  sqlite3_prepare_v2(db, "SELECT id_number, birth, name FROM residents ORDER BY random() LIMIT ?1", -1, &st, nullptr);
  sqlite3_bind_int(st, 1, n);
  std::vector<Person> out;
  while (sqlite3_step(st) == SQLITE_ROW)
    out.push_back({reinterpret_cast<const char*>(sqlite3_column_text(st, 0)),
                   reinterpret_cast<const char*>(sqlite3_column_text(st, 1)),
                   reinterpret_cast<const char*>(sqlite3_column_text(st, 2))});
  sqlite3_finalize(st);
  long payments = 0;
  sqlite3_prepare_v2(db, "SELECT count(*) FROM payments", -1, &st, nullptr);
  if (sqlite3_step(st) == SQLITE_ROW) payments = sqlite3_column_int64(st, 0);
  sqlite3_finalize(st);
  sqlite3_close(db);
  std::printf("store %s: %ld payment rows\n", db_file.c_str(), payments);
  return out;
}

double percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  return v[static_cast<std::size_t>(p * static_cast<double>(v.size() - 1))];
}

// Runs the real loop for `seconds` with nobody touching it; returns CPU % of one core.
double idle_cpu(app::Terminal& t, double seconds) {
  const auto end = Clock::now() + std::chrono::duration<double>(seconds);
  const double c0 = cpu_seconds();
  const auto w0 = Clock::now();
  while (Clock::now() < end) t.step(std::chrono::duration<double>(end - Clock::now()).count());
  return 100.0 * (cpu_seconds() - c0) / std::chrono::duration<double>(Clock::now() - w0).count();
}

}  // namespace

int main(int argc, char** argv) {
  const int residents = argc > 1 ? std::atoi(argv[1]) : 50000;
  const int months = argc > 2 ? std::atoi(argv[2]) : 24;  // ≈ 1,050,000 payment rows at 50,000
  const int reads = argc > 3 ? std::atoi(argv[3]) : 200;
  const double idle_s = argc > 4 ? std::atof(argv[4]) : 10.0;
  const fs::path db = fs::absolute(make_store(residents, months));
  const auto people = random_people(db, reads);

  // A private home: the hall key and logs of this run go nowhere else.
  const fs::path home = fs::temp_directory_path() / ("onewindow-kiosk-bench-" + std::to_string(::getpid()));
  fs::create_directories(home);
  for (const char* v : {"XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"})
    setenv(v, home.c_str(), 1);
  const fs::path config = home / "bench.toml";
  std::ofstream(config) << "[store]\nsqlite = \"" << db.string() << "\"\n[ui]\nfullscreen = false\nidle_timeout_s = 3600\n";

  app::TerminalOptions o;
  o.config_file = config.string();
  o.demo = true;  // simulated devices; the configured store wins over the demo store
  o.windowed = true;
  o.width = 1920;
  o.height = 1080;
  auto opened = app::Terminal::open(o);
  if (!opened) fail(opened.error().message);
  app::Terminal& t = **opened;
  const auto ready_by = Clock::now() + std::chrono::seconds(30);
  while (t.state().store == core::StoreLink::Opening && Clock::now() < ready_by) t.step(0.05);
  if (t.state().store != core::StoreLink::Ready) fail("store did not open");
  for (int i = 0; i < 20; ++i) t.step(0.01);  // devices report in, first frames drawn

  std::printf("idle CPU, welcome screen, %.0f s: %.2f %%\n", idle_s, idle_cpu(t, idle_s));

  std::vector<double> ms, answer_ms, frame_ms, frame_no_rebuild_ms, ms_new_chars, ms_known_chars;
  int rebuilds = 0;
  const ui::AtlasStats atlas0 = t.fonts().stats();
  for (const auto& p : people) {
    base::IdCardRecord card;
    card.name = p.name;  // the card carries the name the store has
    card.id_number = p.id;
    card.birth = p.birth;
    card.id_number_valid = true;
    // The reader announces the card (正在读卡, drawn ~1 s before the read ends on hardware) …
    t.queue().post(core::ev::CardReading{});
    while (!(t.state().screen == core::ScreenId::CardReading && t.presented())) t.step(0.05);
    // … and the clock starts when the read completes.
    const int builds0 = t.fonts().stats().builds;
    const std::size_t added0 = t.fonts().stats().added;
    const auto t0 = Clock::now();
    t.queue().post(core::ev::CardPresented{card});
    bool answered = false;
    while (!(t.state().screen == core::ScreenId::ResidentStatus && t.presented())) {
      if (Clock::now() - t0 > std::chrono::seconds(5)) fail("no status screen for " + p.id);
      const auto s0 = Clock::now();
      const auto frames0 = t.renderer().frames();
      t.step(0.05);
      if (std::getenv("KIOSK_BENCH_TRACE"))
        std::fprintf(stderr, "step %.2f ms atlas builds %d (last %.1f ms, %zu glyphs) frames+%llu screen %s\n",
                     std::chrono::duration<double, std::milli>(Clock::now() - s0).count(), t.fonts().stats().builds, t.fonts().stats().build_ms, t.fonts().stats().glyphs,
                     static_cast<unsigned long long>(t.renderer().frames() - frames0),
                     std::string(core::screen_name(t.state().screen)).c_str());
      if (!answered && t.state().screen == core::ScreenId::ResidentStatus) {
        answered = true;
        answer_ms.push_back(std::chrono::duration<double, std::milli>(t.last_frame_started_at() - t0).count());
      }
    }
    ms.push_back(std::chrono::duration<double, std::milli>(t.last_presented_at() - t0).count());
    const double frame = std::chrono::duration<double, std::milli>(t.last_presented_at() - t.last_frame_started_at()).count();
    frame_ms.push_back(frame);
    if (t.fonts().stats().builds != builds0) ++rebuilds;
    else frame_no_rebuild_ms.push_back(frame);
    const bool new_chars = t.fonts().stats().builds != builds0 || t.fonts().stats().added != added0;
    (new_chars ? ms_new_chars : ms_known_chars).push_back(ms.back());
    if (&p != &people.back()) {
      t.apply(core::intent::EndVisit{});
      while (!t.presented()) t.step(0.0);
    }
  }
  std::printf("card read -> status frame presented, %zu reads: p50 %.2f ms  p99 %.2f ms  max %.2f ms\n", ms.size(),
              percentile(ms, 0.5), percentile(ms, 0.99), *std::max_element(ms.begin(), ms.end()));
  std::printf("  of which until the answer was applied and drawing began: p50 %.2f ms  p99 %.2f ms\n",
              percentile(answer_ms, 0.5), percentile(answer_ms, 0.99));
  std::printf("  the status frame itself (draw + present): p50 %.2f ms  p99 %.2f ms; without an atlas rebuild "
              "p50 %.2f ms p99 %.2f ms; %d of %zu reads met new characters (atlas rebuilt)\n",
              percentile(frame_ms, 0.5), percentile(frame_ms, 0.99),
              frame_no_rebuild_ms.empty() ? 0.0 : percentile(frame_no_rebuild_ms, 0.5),
              frame_no_rebuild_ms.empty() ? 0.0 : percentile(frame_no_rebuild_ms, 0.99), rebuilds, ms.size());
  {
    const ui::AtlasStats& a = t.fonts().stats();
    auto p50 = [](const std::vector<double>& v) { return v.empty() ? 0.0 : percentile(v, 0.5); };
    auto p99 = [](const std::vector<double>& v) { return v.empty() ? 0.0 : percentile(v, 0.99); };
    std::printf("  reads that met new characters: %zu, p50 %.2f ms  p99 %.2f ms; the others: %zu, p50 %.2f ms  p99 %.2f ms\n",
                ms_new_chars.size(), p50(ms_new_chars), p99(ms_new_chars), ms_known_chars.size(), p50(ms_known_chars),
                p99(ms_known_chars));
    std::printf("  atlas: %zu glyphs added without a rebuild (%zu prepared while the store looked up), %d rebuilt for "
                "room on the card path, %d rebuilt on the card path in all, %d repacked between visits; texture %dx%d, %zu glyphs\n",
                a.added - atlas0.added, a.added_prepared - atlas0.added_prepared, a.builds_for_room - atlas0.builds_for_room,
                rebuilds, a.builds - atlas0.builds - rebuilds, a.texture_width, a.texture_height, a.glyphs);
  }
  {
    // Where a status frame's time goes: building and drawing it, then handing it to the display.
    std::vector<double> draw, present;
    for (int i = 0; i < 30; ++i) {
      auto a = Clock::now();
      t.render();
      auto b = Clock::now();
      t.window().present();
      auto c = Clock::now();
      draw.push_back(std::chrono::duration<double, std::milli>(b - a).count());
      present.push_back(std::chrono::duration<double, std::milli>(c - b).count());
    }
    std::printf("  a status frame redrawn 30 times: build+draw p50 %.2f ms, present (swap) p50 %.2f ms\n",
                percentile(draw, 0.5), percentile(present, 0.5));
  }
  std::printf("idle CPU, status screen, %.0f s: %.2f %%\n", idle_s, idle_cpu(t, idle_s));
  std::error_code ec;
  fs::remove_all(home, ec);
  return 0;
}
