#pragma once
// Deterministic synthetic county data for the demo mode, the screenshots and the benchmarks: the
// same options give the same bytes in every table. Names include rare characters (䶮, 𠀾), ID
// numbers are valid, benefits follow the proportions township reports show (about 4 % rural 低保,
// 0.35 % 特困, 2.5 % disability subsidies, 高龄津贴 for most people over 80), payments are monthly,
// and applications exist in every status of the life cycle.
#include <cstdint>
#include <filesystem>
#include <string>

#include "base/result.h"
#include "core/domain/service_item.h"
#include "core/domain/working_days.h"
#include "store/database.h"

namespace app {

struct DemoDataOptions {
  int residents = 1000;
  int months = 12;          // payment months up to the month before `today`
  std::uint64_t seed = 1;
  std::string hall_code = "320102";
  std::string today = "2026-11-23";  // fixed, so the data do not depend on the system clock
  // Benchmarks: every resident holds a benefit (instead of the township mix).
  bool everyone_a_recipient = false;
  int applications_per_1000 = 10;  // besides one in every status
};

struct DemoDataReport {
  long residents = 0, households = 0, benefits = 0, payments = 0, applications = 0;
};

// Fills an empty store, or one holding only imported rosters (an error if it already holds
// households or applications). The catalog gives materials and
// promised days; the calendar the due dates.
base::Result<DemoDataReport> generate_demo_data(store::Database& db, const DemoDataOptions& options,
                                                const core::ServiceCatalog& catalog,
                                                const core::HolidayCalendar& calendar);

// The store behind `--demo` (architecture.md): generated once into `file` (normally
// demo_store_file(paths::cache_dir())) with these fixed options, via a temporary file renamed into
// place so a crash never leaves a half-filled demo store, and reused afterwards.
inline constexpr int kDemoResidents = 2000;
inline constexpr int kDemoMonths = 12;
inline constexpr std::uint64_t kDemoSeed = 20261123;
// Raise when the demo data generated for the same schema changes (new demo rows a screen needs).
inline constexpr int kDemoEdition = 4;
// The cached demo store's name carries the schema version and the demo edition: a build never opens
// a demo store made by a newer or older build (which it would refuse, or show without the rows it
// needs); each makes its own once.
std::filesystem::path demo_store_file(const std::filesystem::path& cache_dir);
// The demo store's counter staff A01 and A02 sign in with this PIN (i18n "counter.demo_hint" says so
// on the demo's sign-in screen). Only the generated demo store has it.
inline constexpr const char* kDemoStaffPin = "123456";
base::Result<std::filesystem::path> ensure_demo_store(const std::filesystem::path& assets_dir,
                                                      const std::filesystem::path& file);

}  // namespace app
