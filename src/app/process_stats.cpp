#include "app/process_stats.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace app {

namespace {
long status_field(const char* name) {
  FILE* f = std::fopen("/proc/self/status", "r");
  if (!f) return -1;
  char line[256];
  long v = -1;
  const size_t n = std::strlen(name);
  while (std::fgets(line, sizeof line, f))
    if (std::strncmp(line, name, n) == 0) v = std::atol(line + n);
  std::fclose(f);
  return v;
}
}  // namespace

long current_rss_kb() { return status_field("VmRSS:"); }
long peak_rss_kb() { return status_field("VmHWM:"); }

}  // namespace app
