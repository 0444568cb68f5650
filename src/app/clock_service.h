#pragma once
// Posts a ClockTicked event at every whole second (local time). The UI thread stays asleep in
// between; a tick that changes nothing visible causes no redraw.
#include <condition_variable>
#include <mutex>
#include <thread>

#include "core/domain/civil_time.h"
#include "core/event_queue.h"

namespace app {

core::CivilTime local_now();

// Makes local_now() start from `start` and run on from there, for this process. Scenarios pin the
// clock to the day their demo data were generated for, so a due date does not pass as the calendar
// moves on and the same script sees the same screens on any day.
void pin_local_clock(const core::CivilTime& start);
void unpin_local_clock();

class ClockService {
 public:
  explicit ClockService(core::EventQueue& q) : q_(q) {}
  ~ClockService() { stop(); }
  void start();
  void stop();

 private:
  core::EventQueue& q_;
  std::thread thread_;
  std::mutex mu_;
  std::condition_variable cv_;
  bool stop_ = false;
};

}  // namespace app
