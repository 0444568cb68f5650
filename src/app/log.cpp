#include "app/log.h"

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
}  // namespace

void set_min_level(Level l) { g_min = l; }

bool enabled(Level l) { return l >= g_min; }

void write(Level l, std::string_view component, std::string_view message) {
  if (!enabled(l)) return;
  std::lock_guard lk(g_mu);
  std::fprintf(stderr, "onewindow %s [%.*s] %.*s\n", name(l), static_cast<int>(component.size()),
               component.data(), static_cast<int>(message.size()), message.data());
}

}  // namespace app::log
