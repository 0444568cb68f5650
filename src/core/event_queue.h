#pragma once
// The one queue that crosses threads: device threads, timers and workers post; the UI thread
// drains. Posting calls the waker (glfwPostEmptyEvent in the app) so a sleeping UI loop wakes.
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <vector>

#include "core/event.h"

namespace core {

class EventQueue {
 public:
  using Waker = std::function<void()>;

  void set_waker(Waker w);
  void post(Event e);
  std::vector<Event> drain();
  // Blocks until an event arrives or the timeout passes (for headless runs and tests).
  std::optional<Event> wait_pop(std::chrono::milliseconds timeout);
  bool empty() const;

 private:
  mutable std::mutex mu_;
  std::condition_variable cv_;
  std::deque<Event> q_;
  Waker waker_;
};

}  // namespace core
