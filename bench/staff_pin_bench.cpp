// Counter sign-in cost: one Argon2id PIN hash and verification (libsodium INTERACTIVE limits:
// 2 passes, 64 MiB) and a whole StaffTable::sign_in() on a real store file. Plain lines on stdout.
//
//   build/bench/staff_pin_bench [iterations]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "store/schema.h"
#include "store/staff_pins.h"
#include "store/staff_table.h"

namespace {

using Clock = std::chrono::steady_clock;

struct Stats {
  double p50_ms, max_ms;
};

template <class F>
Stats time_ms(int n, F&& f) {
  std::vector<double> ms;
  for (int i = 0; i < n; ++i) {
    const auto t0 = Clock::now();
    f();
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
  }
  std::sort(ms.begin(), ms.end());
  return {ms[ms.size() / 2], ms.back()};
}

}  // namespace

int main(int argc, char** argv) {
  const int n = argc > 1 ? std::max(1, std::atoi(argv[1])) : 20;
  auto hash = store::hash_pin("20261123");
  if (!hash) return std::fprintf(stderr, "%s\n", hash.error().message.c_str()), 1;
  bool all_right = true;
  auto h = time_ms(n, [&] { (void)store::hash_pin("20261123"); });
  auto v = time_ms(n, [&] { all_right = store::pin_matches("20261123", *hash) && all_right; });
  auto w = time_ms(n, [&] { all_right = !store::pin_matches("20261124", *hash) && all_right; });

  const auto file = std::filesystem::temp_directory_path() / "onewindow-staff-pin-bench.db";
  std::filesystem::remove(file);
  auto db = store::open_store(file);
  if (!db) return std::fprintf(stderr, "%s\n", db.error().message.c_str()), 1;
  store::StaffTable staff(*db);
  if (!staff.add(core::StaffMember{"A07", "李娜", core::StaffRole::Counter, true}, "20261123").value()) return 1;
  core::Config::Counter rules;
  const core::CivilTime now{2026, 11, 23, 9, 0, 0, 1};
  auto s = time_ms(n, [&] {
    auto r = staff.sign_in("A07", "20261123", now, rules);
    all_right = r.ok() && std::holds_alternative<core::sign_in::SignedIn>(*r) && all_right;
  });
  std::filesystem::remove(file);
  std::printf("staff_pin_bench: %d iterations each%s\n", n, all_right ? "" : " (UNEXPECTED RESULTS)");
  std::printf("hash_pin (Argon2id, 64 MiB, 2 passes): p50 %.1f ms, max %.1f ms\n", h.p50_ms, h.max_ms);
  std::printf("pin_matches right PIN:                 p50 %.1f ms, max %.1f ms\n", v.p50_ms, v.max_ms);
  std::printf("pin_matches wrong PIN:                 p50 %.1f ms, max %.1f ms\n", w.p50_ms, w.max_ms);
  std::printf("StaffTable::sign_in (store file):      p50 %.1f ms, max %.1f ms\n", s.p50_ms, s.max_ms);
  return all_right ? 0 : 1;
}
