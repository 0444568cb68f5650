#pragma once
// The stores the GUI benches generate once and reuse: in $ONEWINDOW_BENCH_DATA (default
// build/bench-data), every resident a recipient.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "app/catalog_file.h"
#include "app/demo_data.h"
#include "app/paths.h"
#include "store/schema.h"

namespace bench {

[[noreturn]] inline void store_failed(const std::string& what) {
  std::fprintf(stderr, "bench store: %s\n", what.c_str());
  std::exit(1);
}

inline std::filesystem::path data_dir() {
  const char* dir = std::getenv("ONEWINDOW_BENCH_DATA");
  std::filesystem::path base = dir ? std::filesystem::path(dir) : std::filesystem::path("build/bench-data");
  std::filesystem::create_directories(base);
  return base;
}

// Generates the demo store into `tmp` (made anew), checkpointed so the file alone holds it; the
// caller renames it into place when it is finished with it.
inline app::DemoDataReport generate_recipients(const std::filesystem::path& tmp, int residents, int months) {
  auto assets = app::load_catalog_assets(app::paths::assets_dir());
  if (!assets) store_failed(assets.error().message);
  std::filesystem::remove(tmp);
  auto db = store::open_store(tmp);
  if (!db) store_failed(db.error().message);
  app::DemoDataOptions o;
  o.residents = residents;
  o.months = months;
  o.everyone_a_recipient = true;
  auto r = app::generate_demo_data(*db, o, assets->catalog, assets->holidays);
  if (!r) store_failed(r.error().message);
  if (auto s = db->exec("PRAGMA wal_checkpoint(TRUNCATE)"); !s) store_failed(s.error().message);
  return *r;
}

}  // namespace bench
