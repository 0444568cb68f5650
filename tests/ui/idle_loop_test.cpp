// The interactive loop sleeps while nothing changes: an idle kiosk renders (almost) no frames.
#include <chrono>
#include <thread>

#include "ui_test_support.h"

using namespace uitest;

TEST_CASE("an idle kiosk draws its first frame and then sleeps until something changes") {
  auto t = open_terminal(core::Mode::Kiosk);
  auto& q = t->queue();
  std::thread poster([&q] {
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    // A device report changes the strip: exactly one more frame.
    q.post(core::ev::DeviceLinkChanged{base::DeviceKind::Printer,
                                       {core::DeviceLink::Disconnected, core::DeviceOrigin::Simulated}});
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    q.post(core::ev::QuitRequested{});
  });
  const auto t0 = std::chrono::steady_clock::now();
  const int status = t->run();
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  poster.join();
  CHECK(status == 0);
  CHECK(secs >= 1.9);
  CHECK(secs < 4.0);  // woken by the quit event, not by a time-out
  // First frame (+ up to 2 settling frames for the initial input/refresh notification), one for the
  // printer change, one for quit. A busy loop would have drawn hundreds.
  CHECK(t->renderer().frames() <= 7);
  CHECK(t->renderer().frames() >= 2);
  CHECK(t->state().device(base::DeviceKind::Printer).link == core::DeviceLink::Disconnected);
}
