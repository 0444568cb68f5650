#pragma once
// Resident memory of this process, for the benchmarks and the debug log.
namespace app {
long current_rss_kb();
long peak_rss_kb();
}  // namespace app
