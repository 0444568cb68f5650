#include "app/store_worker.h"

#include "app/store_target.h"

#include <chrono>

#include "app/demo_data.h"
#include "app/log.h"
#include "app/paths.h"
#include "store/pg/session.h"
#include "store/schema.h"

namespace app {

StoreWorker::StoreWorker(core::EventQueue& q) : q_(q), thread_([this] { run(); }) {}

StoreWorker::~StoreWorker() { stop(); }

void StoreWorker::open(bool demo, const std::string& sqlite_path) {
  std::lock_guard lk(mu_);
  jobs_.push_back([this, demo, sqlite_path] {
    // A configured store file wins, also with simulated devices (scenarios bring their own store).
    const bool demo_store = demo && sqlite_path.empty();
    std::filesystem::path file = demo_store ? demo_store_file(paths::cache_dir())
                                            : (sqlite_path.empty() ? paths::default_db() : std::filesystem::path(sqlite_path));
    if (demo_store) {
      // Generated once with a fixed seed, then reused: never the real store.
      auto made = ensure_demo_store(paths::assets_dir(), file);
      if (!made) {
        log::error("store", "demo store " + file.string() + ": " + made.error().message);
        q_.post(core::ev::StoreUnavailable{made.error().message});
        return;
      }
    }
    // The terminal makes its own configured store, but only in a folder that exists: a mistyped
    // [store] path is an error on screen and in the log, not a new empty store somewhere else.
    // A PostgreSQL URI is never logged with its password.
    const std::string shown = store::pg::redacted(file.string());
    auto db = demo_store ? store::open_store(file)
                         : open_store_target(sqlite_path.empty() ? std::nullopt : std::optional<std::string>(sqlite_path),
                                             StoreUse::MayCreate);
    if (!db) {
      log::error("store", shown + ": " + db.error().message);
      q_.post(core::ev::StoreUnavailable{db.error().message});
      if (store::pg::is_uri(file.string())) {
        std::lock_guard relock(mu_);
        reopen_at_ = std::chrono::steady_clock::now() + kReopenHallStore;
        reopen_location_ = file.string();
      }
      return;
    }
    db_ = std::make_unique<store::Database>(std::move(*db));
    log::info("store", "open: " + shown);
    q_.post(core::ev::StoreReady{shown});
  });
  cv_.notify_one();
}

void StoreWorker::post(Task task) {
  std::lock_guard lk(mu_);
  jobs_.push_back([this, task = std::move(task)] {
    if (!db_) {
      q_.post(core::ev::StoreUnavailable{"the store is not open"});
      return;
    }
    task(*db_);
  });
  cv_.notify_one();
}

namespace {
constexpr std::chrono::seconds kIdleCheckpointAfter{1};
}  // namespace

void StoreWorker::run() {
  for (;;) {
    std::function<void()> job;
    {
      std::unique_lock lk(mu_);
      // After a second with nothing to do, copy the WAL back into the database (never inside a
      // kiosk look-up); then sleep until work comes, so an idle terminal stays idle.
      // A hall store that could not be opened is tried again when its time comes (each failed
      // attempt posts StoreUnavailable again; work that arrives meanwhile runs first).
      while (reopen_at_ && !stop_ && jobs_.empty()) {
        if (cv_.wait_until(lk, *reopen_at_, [this] { return stop_ || !jobs_.empty(); })) break;
        const std::string location = reopen_location_;
        reopen_at_.reset();
        lk.unlock();
        open(false, location);
        lk.lock();
      }
      if (!cv_.wait_for(lk, kIdleCheckpointAfter, [this] { return stop_ || !jobs_.empty(); })) {
        if (db_ && db_->wal_frames() > 0) {
          lk.unlock();
          auto report = db_->checkpoint_when_idle();
          if (!report) log::warn("store", "idle checkpoint: " + report.error().message);
          lk.lock();
        }
        cv_.wait(lk, [this] { return stop_ || !jobs_.empty(); });
      }
      if (stop_ && jobs_.empty()) break;
      job = std::move(jobs_.front());
      jobs_.pop_front();
    }
    job();
  }
  db_.reset();
}

void StoreWorker::stop() {
  {
    std::lock_guard lk(mu_);
    if (stop_) return;
    stop_ = true;
  }
  cv_.notify_all();
  if (thread_.joinable()) thread_.join();
}

}  // namespace app
