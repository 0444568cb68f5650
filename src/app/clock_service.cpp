#include "app/clock_service.h"

#include <chrono>
#include <ctime>

namespace app {

core::CivilTime local_now() {
  const std::time_t t = std::time(nullptr);
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
