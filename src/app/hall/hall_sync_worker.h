#pragma once
// The running counter's outbox pusher (local-first intake): a thread of its own with its own
// connection to the counter's SQLite file and one to the hall store, so a slow or dead hall store
// never holds up the store worker (intake, sign-in) or the UI. Every kPollEvery it counts the
// outbox; when something waits and the back-off allows, it pushes (app/hall/hall_outbox.h);
// with nothing waiting it checks that the hall store answers. Failed pushes back off from
// kFirstRetry doubling to kLongestRetry. It posts HallSyncReported whenever the count or the
// hall's state changes (and only then, so an idle counter draws nothing).
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "core/event_queue.h"
#include "core/hall_link.h"

namespace store {
class Database;
}

namespace app::hall {

class HallSyncWorker {
 public:
  static constexpr std::chrono::seconds kPollEvery{2};
  static constexpr std::chrono::seconds kFirstRetry{2};
  static constexpr std::chrono::seconds kLongestRetry{60};
  static constexpr std::chrono::seconds kHallCheckEvery{15};

  explicit HallSyncWorker(core::EventQueue& q) : q_(q) {}
  ~HallSyncWorker() { stop(); }
  HallSyncWorker(const HallSyncWorker&) = delete;
  HallSyncWorker& operator=(const HallSyncWorker&) = delete;

  // `local`: the counter's SQLite file (empty: the default file); `hall_url`: the hall store.
  void start(const std::string& local, const std::string& hall_url);
  // Push soon (an application was just committed) instead of at the next poll.
  void nudge();
  void stop();

 private:
  void run(std::string local, std::string hall_url);
  void report(long pending, core::HallLink link);

  core::EventQueue& q_;
  std::mutex mu_;
  std::condition_variable cv_;
  bool stop_ = false;
  bool nudged_ = false;
  std::optional<std::pair<long, core::HallLink>> reported_;
  std::thread thread_;
};

}  // namespace app::hall
