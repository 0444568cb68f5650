// The systemd watchdog as the onewindow@ unit sees it: the real program under Xvfb, with
// NOTIFY_SOCKET pointed at a datagram socket of the test, sends READY=1 after its first frame and
// WATCHDOG=1 regularly from the UI thread; a UI thread stalled on purpose (scenario `stall`) stops
// feeding for as long as it stalls. And the feeding rule itself, with a clock the test holds.
#include <doctest/doctest.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <future>
#include <string>
#include <vector>

#include "app/command_run.h"
#include "app/service_notify.h"

namespace {

using namespace std::chrono;
using Clock = steady_clock;

struct Datagram {
  Clock::time_point at;
  std::string text;
};

// A notify socket in a fresh folder, removed with it.
class NotifySocket {
 public:
  NotifySocket() {
    dir_ = std::filesystem::temp_directory_path() / ("onewindow-notify-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
    path_ = (dir_ / "notify").string();
    fd_ = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    REQUIRE(fd_ >= 0);
    sockaddr_un a{};
    a.sun_family = AF_UNIX;
    REQUIRE(path_.size() < sizeof a.sun_path);
    path_.copy(a.sun_path, path_.size());
    REQUIRE(::bind(fd_, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0);
    timeval tv{0, 100'000};  // receive returns every 100 ms so the loop sees the program end
    ::setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  }
  ~NotifySocket() {
    ::close(fd_);
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  const std::string& path() const { return path_; }
  // Every datagram until `done` is ready.
  std::vector<Datagram> collect(std::future<cli_test::Run>& done) {
    std::vector<Datagram> got;
    char buf[512];
    while (done.wait_for(0s) != std::future_status::ready) {
      const ssize_t n = ::recv(fd_, buf, sizeof buf, 0);
      if (n > 0) got.push_back({Clock::now(), std::string(buf, static_cast<size_t>(n))});
    }
    return got;
  }

 private:
  std::filesystem::path dir_;
  std::string path_;
  int fd_ = -1;
};

}  // namespace

TEST_CASE("watchdog: READY=1 after the first frame, WATCHDOG=1 while the UI turns, none while it stalls") {
  NotifySocket sock;
  constexpr auto kPeriod = 400ms;  // WATCHDOG_USEC: feeding every 200 ms at most
  // Only onewindow gets the socket: Xvfb, too, says READY=1 to a NOTIFY_SOCKET it inherits.
  const std::string cmd = ONEWINDOW_SOURCE_DIR "/scripts/with-xvfb.sh env NOTIFY_SOCKET=" + sock.path() +
                          " WATCHDOG_USEC=" + std::to_string(duration_cast<microseconds>(kPeriod).count()) +
                          " " ONEWINDOW_BINARY " scenario " ONEWINDOW_TEST_DATA "/scenarios/watchdog_stall.scn";
  auto done = std::async(std::launch::async, [&] { return cli_test::run_command(cmd); });
  const auto got = sock.collect(done);
  const auto run = done.get();
  INFO(run.err);
  REQUIRE(run.exit_code == 0);

  REQUIRE(!got.empty());
  CHECK(got.front().text == "READY=1");
  CHECK(std::count_if(got.begin(), got.end(), [](const Datagram& d) { return d.text == "READY=1"; }) == 1);
  std::vector<Clock::time_point> feeds;
  for (const auto& d : got)
    if (d.text == "WATCHDOG=1") feeds.push_back(d.at);
  // 1.5 s before the stall and 1.5 s after it, one feed per 200 ms at most: several.
  REQUIRE(feeds.size() >= 6);
  std::vector<milliseconds> gaps;
  for (size_t i = 1; i < feeds.size(); ++i) gaps.push_back(duration_cast<milliseconds>(feeds[i] - feeds[i - 1]));
  std::sort(gaps.begin(), gaps.end());
  // The stall (2 s) is the one gap longer than the period: systemd would have restarted the UI.
  CHECK(gaps.back() >= 1900ms);
  // Every other gap is far shorter than the stall (a loaded machine may delay a turn of the loop a
  // little past the 400 ms), and none is shorter than half the period: no feeding in a tight loop.
  CHECK(gaps[gaps.size() - 2] < 1000ms);
  CHECK(gaps.front() >= kPeriod / 2 - 50ms);
}

TEST_CASE("watchdog: fed at most every half period, the loop never sleeps past a quarter") {
  const app::ServiceNotifier off;
  CHECK_FALSE(off.active());
  CHECK(off.max_wait_s(10.0) == doctest::Approx(10.0));

  ::unsetenv("NOTIFY_SOCKET");  // sd_notify then sends nothing: the rule is what is tested here
  app::ServiceNotifier n(/*notify=*/true, microseconds(30s));
  const app::ServiceNotifier::Clock::time_point t0{};
  CHECK(n.feed(t0));
  CHECK_FALSE(n.feed(t0 + 1s));
  CHECK_FALSE(n.feed(t0 + 14s));
  CHECK(n.feed(t0 + 15s));
  CHECK_FALSE(n.feed(t0 + 29s));
  // The kiosk idles 10 s at most and the clock wakes it each second: the cap is 7.5 s, never more.
  CHECK(n.max_wait_s(10.0) == doctest::Approx(7.5));
  CHECK(n.max_wait_s(1.0) == doctest::Approx(1.0));
  // No watchdog (Type=notify without WatchdogSec): no feeding, no cap.
  app::ServiceNotifier ready_only(true, std::nullopt);
  CHECK_FALSE(ready_only.feed(t0));
  CHECK(ready_only.max_wait_s(10.0) == doctest::Approx(10.0));
}
