#pragma once
// One thread for slow work that is not the store's — key files and MACs, slip rendering, catalog
// files — run in order off the UI thread, so the store worker does store work only. Results come
// back as events, posted by the jobs themselves.
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace app {

class JobWorker {
 public:
  using Job = std::function<void()>;

  JobWorker();
  ~JobWorker();
  JobWorker(const JobWorker&) = delete;
  JobWorker& operator=(const JobWorker&) = delete;

  void post(Job job);
  // Runs the jobs already queued, then stops; later posts are dropped.
  void stop();

 private:
  void run();

  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<Job> jobs_;
  bool stop_ = false;
  std::thread thread_;
};

}  // namespace app
