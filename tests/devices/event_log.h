#pragma once
// Collects what a device driver reports (a std::variant of its events) from the driver thread, so a
// test can wait for them: test::EventLog<devices::idcard::IdCardReaderEvent> events; pass
// std::ref(events) as the driver's callback.
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <variant>
#include <vector>

namespace test {

template <class Event>
class EventLog {
 public:
  void operator()(const Event& e) {
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
  std::vector<Event> events_;
};

}  // namespace test
