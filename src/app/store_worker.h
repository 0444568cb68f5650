#pragma once
// One thread that owns the terminal's store connection (an SQLite connection is used by one thread
// only) and runs store work in order, off the UI thread. Results come back as events.
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "core/event_queue.h"

namespace store {
class Database;
}

namespace app {

class StoreWorker {
 public:
  using Task = std::function<void(store::Database&)>;

  explicit StoreWorker(core::EventQueue& q);
  ~StoreWorker();
  StoreWorker(const StoreWorker&) = delete;
  StoreWorker& operator=(const StoreWorker&) = delete;

  // Opens the demo store (generated once into the cache folder) or the configured store (a SQLite
  // file or a postgresql:// URI, [store] url), then posts StoreReady or StoreUnavailable. A hall
  // store (PostgreSQL) that cannot be reached is tried again every kReopenHallStore until it
  // opens, so a terminal started while the server is down recovers by itself (StoreReady).
  void open(bool demo, const std::string& sqlite_path);
  static constexpr std::chrono::seconds kReopenHallStore{5};
  // Runs a task with the open database; tasks queued before the store is ready wait for it, and are
  // dropped (with the store reported unavailable) if it never opens.
  void post(Task task);
  void stop();

 private:
  void run();

  core::EventQueue& q_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<std::function<void()>> jobs_;
  std::unique_ptr<store::Database> db_;
  // A hall store that failed to open: when to try again (guarded by mu_).
  std::optional<std::chrono::steady_clock::time_point> reopen_at_;
  std::string reopen_location_;
  bool stop_ = false;
  std::thread thread_;
};

}  // namespace app
