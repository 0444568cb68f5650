#pragma once
// systemd's service notification (sd_notify, libsystemd) for the onewindow@ unit (Type=notify,
// WatchdogSec=): READY=1 once the first frame is on the screen, WATCHDOG=1 from the UI thread's
// frame loop, so a UI that stops drawing stops feeding and systemd restarts it. Outside systemd
// (no NOTIFY_SOCKET) every call does nothing.
#include <chrono>
#include <optional>
#include <string>

namespace app {

class ServiceNotifier {
 public:
  using Clock = std::chrono::steady_clock;

  // From NOTIFY_SOCKET and WATCHDOG_USEC. The unit starts onewindow inside cage, so WATCHDOG_PID
  // names cage, our parent: the period is ours when WATCHDOG_PID is unset, us or our parent.
  static ServiceNotifier from_environment();
  ServiceNotifier() = default;
  ServiceNotifier(bool notify, std::optional<std::chrono::microseconds> watchdog)
      : notify_(notify), period_(watchdog) {}

  bool active() const { return notify_; }
  std::optional<std::chrono::microseconds> watchdog_period() const { return period_; }

  // READY=1 the first time; nothing after.
  void ready();
  // A turn of the frame loop at `now`: WATCHDOG=1 when half the period has passed since the last
  // one (so an idle loop sends at most two a period). True when it sent.
  bool feed(Clock::time_point now);
  // The longest the frame loop may sleep and still feed in time: a quarter of the period (the loop
  // may wake just before half a period, then sleep this long), or `idle_s` without a watchdog.
  double max_wait_s(double idle_s) const;

  // Sends one state line (READY=1, WATCHDOG=1, STOPPING=1, STATUS=…) when active.
  void send(const std::string& state) const;

 private:
  bool notify_ = false;
  std::optional<std::chrono::microseconds> period_;
  bool ready_sent_ = false;
  std::optional<Clock::time_point> last_feed_;
};

// The maintenance exit under the onewindow@ unit: a marker file in $RUNTIME_DIRECTORY on which the
// unit's ExecCondition stops the automatic restart (the folder, marker and all, goes when the unit
// stops, so the next `systemctl start` runs again). Outside systemd it does nothing.
void mark_maintenance_exit();

}  // namespace app
