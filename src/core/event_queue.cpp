#include "core/event_queue.h"

namespace core {

void EventQueue::set_waker(Waker w) {
  std::lock_guard lk(mu_);
  waker_ = std::move(w);
}

void EventQueue::post(Event e) {
  Waker w;
  {
    std::lock_guard lk(mu_);
    q_.push_back(std::move(e));
    w = waker_;
  }
  cv_.notify_one();
  if (w) w();
}

std::vector<Event> EventQueue::drain() {
  std::lock_guard lk(mu_);
  std::vector<Event> out(std::make_move_iterator(q_.begin()), std::make_move_iterator(q_.end()));
  q_.clear();
  return out;
}

std::optional<Event> EventQueue::wait_pop(std::chrono::milliseconds timeout) {
  std::unique_lock lk(mu_);
  if (!cv_.wait_for(lk, timeout, [this] { return !q_.empty(); })) return std::nullopt;
  Event e = std::move(q_.front());
  q_.pop_front();
  return e;
}

bool EventQueue::empty() const {
  std::lock_guard lk(mu_);
  return q_.empty();
}

}  // namespace core
