#include "app/hall/hall_sync_worker.h"

#include <algorithm>

#include "app/hall/hall_outbox.h"
#include "app/log.h"
#include "app/store_target.h"
#include "store/database.h"
#include "store/hall_staff.h"
#include "store/hall_sync.h"

namespace app::hall {
namespace {

core::HallLink link_of(store::HallTrouble t) {
  switch (t) {
    case store::HallTrouble::None: return core::HallLink::Connected;
    case store::HallTrouble::Unreachable: return core::HallLink::Unreachable;
    case store::HallTrouble::Refused: return core::HallLink::Refused;
  }
  return core::HallLink::Unreachable;
}

}  // namespace

void HallSyncWorker::start(const std::string& local, const std::string& hall_url) {
  std::lock_guard lk(mu_);
  if (thread_.joinable() || stop_) return;
  thread_ = std::thread([this, local, hall_url] { run(local, hall_url); });
}

void HallSyncWorker::nudge() {
  {
    std::lock_guard lk(mu_);
    nudged_ = true;
  }
  cv_.notify_one();
}

void HallSyncWorker::stop() {
  {
    std::lock_guard lk(mu_);
    stop_ = true;
  }
  cv_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void HallSyncWorker::report(long pending, core::HallLink link) {
  const std::pair<long, core::HallLink> now{pending, link};
  if (reported_ == now) return;
  reported_ = now;
  q_.post(core::ev::HallSyncReported{pending, link});
}

void HallSyncWorker::run(std::string local_name, std::string hall_url) {
  using clock = std::chrono::steady_clock;
  std::unique_ptr<store::Database> local;
  std::unique_ptr<store::Database> hall;
  core::HallLink link = core::HallLink::Checking;
  auto retry_in = kFirstRetry;
  auto next_push = clock::now();
  auto next_check = clock::now();
  auto next_staff_pull = clock::now();
  std::string last_problem;
  for (;;) {
    if (!local) {
      // The store worker opens (and may create) the same file; this connection only waits for it.
      auto db = open_store_target(local_name.empty() ? std::nullopt : std::optional<std::string>(local_name),
                                  StoreUse::MayCreate);
      if (db) {
        local = std::make_unique<store::Database>(std::move(*db));
      } else if (db.error().message != last_problem) {
        last_problem = db.error().message;
        log::error("hall", "local store: " + last_problem);
      }
    }
    if (local) {
      auto pending = store::count_unsynced(*local);
      // Slip prints and ratings recorded after their application's push wait too.
      auto anything = store::has_anything_to_push(*local);
      if (!pending || !anything) {
        log::error("hall", "outbox: " + (!pending ? pending.error() : anything.error()).message);
      } else if (*anything && clock::now() >= next_push) {
        const store::HallSyncOutcome out = push_once(*local, hall, hall_url);
        link = link_of(out.trouble);
        if (out.trouble == store::HallTrouble::None) {
          if (out.pushed > 0 || out.already_there > 0 || out.prints_pushed > 0 || out.ratings_pushed > 0)
            log::info("hall", "pushed " + std::to_string(out.pushed) + ", already in the hall " +
                                  std::to_string(out.already_there) + ", slip prints " +
                                  std::to_string(out.prints_pushed) + ", ratings " +
                                  std::to_string(out.ratings_pushed));
          retry_in = kFirstRetry;
          last_problem.clear();
        } else {
          if (out.message != last_problem) log::warn("hall", out.message);  // not every retry
          last_problem = out.message;
          next_push = clock::now() + retry_in;
          retry_in = std::min(retry_in * 2, kLongestRetry);
        }
        next_check = clock::now() + kHallCheckEvery;
        report(out.pending, link);
      } else {
        if (*pending == 0 && clock::now() >= next_check) {
          std::string why;
          const store::HallTrouble t = check_hall(hall, hall_url, why);
          link = link_of(t);
          if (t != store::HallTrouble::None && why != last_problem) log::warn("hall", why);
          last_problem = t == store::HallTrouble::None ? "" : why;
          next_check = clock::now() + kHallCheckEvery;
        }
        report(*pending, link);
      }
    }
    // Staff are managed in the hall store: copy them whenever it answers (at most every check).
    if (local && hall && link == core::HallLink::Connected && clock::now() >= next_staff_pull) {
      if (auto pulled = store::pull_staff(*hall, *local); !pulled) {
        log::warn("hall", "staff from the hall store: " + pulled.error().message);
      } else if (*pulled > 0) {
        log::info("hall", "staff from the hall store: " + std::to_string(*pulled) + " added or changed");
      }
      next_staff_pull = clock::now() + kHallCheckEvery;
    }
    std::unique_lock lk(mu_);
    cv_.wait_for(lk, kPollEvery, [this] { return stop_ || nudged_; });
    if (stop_) break;
    if (nudged_) {
      nudged_ = false;
      // A failing hall store keeps its back-off; new applications just wait in the outbox.
      if (link == core::HallLink::Connected || link == core::HallLink::Checking) next_push = std::min(next_push, clock::now());
    }
  }
}

}  // namespace app::hall
