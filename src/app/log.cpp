#include "app/log.h"

#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <string>

namespace app::log {

namespace {
Level initial_level() {
  const char* env = std::getenv("ONEWINDOW_LOG");
  if (!env) return Level::Info;
  std::string v = env;
  if (v == "debug") return Level::Debug;
  if (v == "warn") return Level::Warn;
  if (v == "error") return Level::Error;
  return Level::Info;
}
Level g_min = initial_level();
std::mutex g_mu;
const char* name(Level l) {
  switch (l) {
    case Level::Debug: return "debug";
    case Level::Info: return "info";
    case Level::Warn: return "warn";
    case Level::Error: return "error";
  }
  return "info";
}
// The crash report's "last log lines": a ring of fixed slots, filled under g_mu.
constexpr std::size_t kRecentLines = 32, kRecentBytes = 300;
std::array<std::array<char, kRecentBytes>, kRecentLines> g_recent{};
std::size_t g_recent_next = 0;
}  // namespace

void set_min_level(Level l) { g_min = l; }

bool enabled(Level l) { return l >= g_min; }

void write(Level l, std::string_view component, std::string_view message) {
  if (!enabled(l)) return;
  std::lock_guard lk(g_mu);
  std::fprintf(stderr, "onewindow %s [%.*s] %.*s\n", name(l), static_cast<int>(component.size()),
               component.data(), static_cast<int>(message.size()), message.data());
  auto& slot = g_recent[g_recent_next++ % kRecentLines];
  const int n = std::snprintf(slot.data(), slot.size(), "onewindow %s [%.*s] %.*s\n", name(l),
                              static_cast<int>(component.size()), component.data(),
                              static_cast<int>(message.size()), message.data());
  if (n >= static_cast<int>(slot.size())) slot[slot.size() - 2] = '\n';  // a cut line still ends its line
}

void write_recent(int fd) {
  for (std::size_t i = 0; i < kRecentLines; ++i) {
    const auto& slot = g_recent[(g_recent_next + i) % kRecentLines];
    std::size_t n = 0;
    while (n < slot.size() && slot[n] != '\0') ++n;
    if (n > 0 && ::write(fd, slot.data(), n) < 0) return;
  }
}

}  // namespace app::log
