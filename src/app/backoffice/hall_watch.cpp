#include "app/backoffice/hall_watch.h"

#include <algorithm>

#include "app/log.h"
#include "store/pg/hall_changes.h"
#include "store/pg/session.h"

namespace app {
namespace {

using Clock = std::chrono::steady_clock;
// How long one wait on the connection lasts: the longest a stop waits for the thread.
constexpr int kSliceMs = 200;

// Sleeps `total` in slices, returning early (false) when asked to stop.
bool pause(std::stop_token stop, std::chrono::milliseconds total) {
  const auto until = Clock::now() + total;
  while (!stop.stop_requested()) {
    const auto left = until - Clock::now();
    if (left <= Clock::duration::zero()) return true;
    std::this_thread::sleep_for(std::min<Clock::duration>(left, std::chrono::milliseconds(kSliceMs)));
  }
  return false;
}

}  // namespace

HallWatch::HallWatch(std::string uri, std::function<void()> changed, std::chrono::milliseconds min_gap)
    : uri_(std::move(uri)), changed_(std::move(changed)), min_gap_(min_gap) {
  thread_ = std::jthread([this](std::stop_token stop) { run(stop); });
}

HallWatch::~HallWatch() {
  thread_.request_stop();
  if (thread_.joinable()) thread_.join();
}

void HallWatch::run(std::stop_token stop) {
  bool heard_before = false;  // listened at least once: a reconnect is reported as a change
  bool complained = false;    // one log line per outage, not one per try
  std::chrono::milliseconds backoff(1000);
  while (!stop.stop_requested()) {
    auto session = store::pg::Session::connect(uri_);
    base::Status listening = session ? session.value()->listen(store::pg::kHallChangesChannel)
                                     : base::Status(session.error());
    if (!listening) {
      if (!complained) log::warn("hall-watch", listening.error().message + " (trying again)");
      complained = true;
      if (!pause(stop, backoff)) return;
      backoff = std::min(backoff * 2, std::chrono::milliseconds(30000));
      continue;
    }
    if (complained) log::info("hall-watch", "listening to the hall store again");
    complained = false;
    backoff = std::chrono::milliseconds(1000);
    auto last_call = Clock::now() - min_gap_;
    bool pending = heard_before;  // back after an outage: read afresh
    heard_before = true;
    while (!stop.stop_requested()) {
      if (pending && Clock::now() - last_call >= min_gap_) {
        changed_();
        last_call = Clock::now();
        pending = false;
      }
      int wait_ms = kSliceMs;
      if (pending) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(min_gap_ - (Clock::now() - last_call));
        wait_ms = static_cast<int>(std::clamp<long long>(left.count(), 0, kSliceMs));
      }
      auto heard = session.value()->await_notifications(wait_ms);
      if (!heard) {
        log::warn("hall-watch", heard.error().message + " (trying again)");
        complained = true;
        break;
      }
      if (heard.value() > 0) pending = true;
    }
  }
}

}  // namespace app
