#pragma once
// Collects IdCardReaderEvents from the driver thread so a test can wait for them.
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <vector>

#include "devices/idcard/events.h"

namespace test {

class ReaderEventLog {
 public:
  void operator()(const devices::idcard::IdCardReaderEvent& e) {
    {
      std::lock_guard lock(m_);
      events_.push_back(e);
    }
    cv_.notify_all();
  }
  // Waits until `n` events of type T have arrived.
  template <class T>
  bool wait_count(std::size_t n, std::chrono::milliseconds timeout = std::chrono::seconds(3)) {
    std::unique_lock lock(m_);
    return cv_.wait_for(lock, timeout, [&] { return count_locked<T>() >= n; });
  }
  template <class T>
  std::size_t count() {
    std::lock_guard lock(m_);
    return count_locked<T>();
  }
  template <class T>
  T last() {
    std::lock_guard lock(m_);
    for (auto it = events_.rbegin(); it != events_.rend(); ++it)
      if (auto p = std::get_if<T>(&*it)) return *p;
    return T{};
  }

 private:
  template <class T>
  std::size_t count_locked() const {
    std::size_t n = 0;
    for (const auto& e : events_) n += std::holds_alternative<T>(e) ? 1 : 0;
    return n;
  }
  std::mutex m_;
  std::condition_variable cv_;
  std::vector<devices::idcard::IdCardReaderEvent> events_;
};

}  // namespace test
