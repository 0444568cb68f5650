#include "app/service_notify.h"

#include <systemd/sd-daemon.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "app/log.h"

namespace app {

namespace {
std::optional<long long> env_number(const char* name) {
  const char* v = std::getenv(name);
  if (!v || !*v) return std::nullopt;
  char* end = nullptr;
  const long long n = std::strtoll(v, &end, 10);
  if (end == v || *end != '\0' || n <= 0) return std::nullopt;
  return n;
}
}  // namespace

ServiceNotifier ServiceNotifier::from_environment() {
  const char* socket = std::getenv("NOTIFY_SOCKET");
  if (!socket || !*socket) return {};
  std::optional<std::chrono::microseconds> period;
  if (auto usec = env_number("WATCHDOG_USEC")) {
    const auto pid = env_number("WATCHDOG_PID");
    if (!pid || *pid == ::getpid() || *pid == ::getppid()) period = std::chrono::microseconds(*usec);
  }
  log::info("systemd", std::string("notify socket set; watchdog ") +
                           (period ? std::to_string(period->count() / 1000) + " ms" : std::string("off")));
  return ServiceNotifier(true, period);
}

void ServiceNotifier::send(const std::string& state) const {
  if (!notify_) return;
  if (const int r = sd_notify(0, state.c_str()); r < 0) log::warn("systemd", "sd_notify " + state + " failed: " + std::to_string(r));
}

void ServiceNotifier::ready() {
  if (ready_sent_ || !notify_) return;
  ready_sent_ = true;
  send("READY=1");
}

bool ServiceNotifier::feed(Clock::time_point now) {
  if (!notify_ || !period_) return false;
  if (last_feed_ && now - *last_feed_ < *period_ / 2) return false;
  last_feed_ = now;
  send("WATCHDOG=1");
  return true;
}

double ServiceNotifier::max_wait_s(double idle_s) const {
  if (!notify_ || !period_) return idle_s;
  return std::min(idle_s, std::chrono::duration<double>(*period_).count() / 4);
}

void mark_maintenance_exit() {
  const char* dir = std::getenv("RUNTIME_DIRECTORY");
  if (!dir || !*dir) return;
  const std::string marker = std::string(dir) + "/maintenance";
  if (FILE* f = std::fopen(marker.c_str(), "w")) {
    std::fclose(f);
    log::info("systemd", "maintenance exit: " + marker + " stops the automatic restart");
  } else {
    log::warn("systemd", "maintenance exit: cannot write " + marker + "; systemd will start the terminal again");
  }
}

}  // namespace app
