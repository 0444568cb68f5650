#include "app/clock_service.h"

#include <atomic>
#include <chrono>
#include <ctime>

namespace app {

namespace {
std::atomic<long long> g_offset_s{0};  // added to the system clock; 0 unless a scenario pinned it
}

void pin_local_clock(const core::CivilTime& start) {
  std::tm tm{};
  tm.tm_year = start.year - 1900;
  tm.tm_mon = start.month - 1;
  tm.tm_mday = start.day;
  tm.tm_hour = start.hour;
  tm.tm_min = start.minute;
  tm.tm_sec = start.second;
  tm.tm_isdst = -1;
  g_offset_s = static_cast<long long>(std::mktime(&tm)) - static_cast<long long>(std::time(nullptr));
}

void unpin_local_clock() { g_offset_s = 0; }

core::CivilTime local_now() {
  const std::time_t t = std::time(nullptr) + static_cast<std::time_t>(g_offset_s.load());
  std::tm tm{};
  localtime_r(&t, &tm);
  return core::CivilTime{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, tm.tm_wday};
}

void ClockService::start() {
  if (thread_.joinable()) return;
  stop_ = false;
  thread_ = std::thread([this] {
    using namespace std::chrono;
    std::unique_lock lk(mu_);
    while (!stop_) {
      // Sleep to just past the next whole second.
      const auto now = system_clock::now();
      const auto next = time_point_cast<seconds>(now) + seconds(1) + milliseconds(5);
      if (cv_.wait_until(lk, next, [this] { return stop_; })) break;
      lk.unlock();
      q_.post(core::ev::ClockTicked{local_now()});
      lk.lock();
    }
  });
}

void ClockService::stop() {
  {
    std::lock_guard lk(mu_);
    stop_ = true;
  }
  cv_.notify_all();
  if (thread_.joinable()) thread_.join();
}

}  // namespace app
