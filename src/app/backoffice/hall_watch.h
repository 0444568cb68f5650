#pragma once
// Listens to the hall store (PostgreSQL) for changes to the queue — a counter's push, another
// desk's claim or decision — and says so, on its own thread, within a second (issue 19). A store
// that is away is tried again with a growing pause (1 s to 30 s) and, once back, reported as a
// change: whatever happened meanwhile was not heard. A SQLite store has no such notices; the back
// office polls it instead (a HallWatch is only made for a postgresql:// store).
#include <chrono>
#include <functional>
#include <string>
#include <thread>

namespace app {

class HallWatch {
 public:
  // `changed` runs on the watch's thread, at most once per `min_gap` (a burst of claims is one
  // call); it must only post an event.
  HallWatch(std::string uri, std::function<void()> changed,
            std::chrono::milliseconds min_gap = std::chrono::milliseconds(300));
  ~HallWatch();  // stops listening and joins
  HallWatch(const HallWatch&) = delete;
  HallWatch& operator=(const HallWatch&) = delete;

 private:
  void run(std::stop_token stop);
  std::string uri_;
  std::function<void()> changed_;
  std::chrono::milliseconds min_gap_;
  std::jthread thread_;
};

}  // namespace app
