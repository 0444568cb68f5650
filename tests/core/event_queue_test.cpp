#include <doctest/doctest.h>

#include <atomic>
#include <thread>

#include "core/event_queue.h"

using namespace core;

TEST_CASE("events posted from other threads arrive in order and wake the UI") {
  EventQueue q;
  std::atomic<int> wakes{0};
  q.set_waker([&] { ++wakes; });
  std::thread t([&] {
    for (int m = 0; m < 50; ++m) q.post(ev::ClockTicked{CivilTime{2026, 1, 1, 0, m, 0, 4}});
  });
  t.join();
  auto got = q.drain();
  REQUIRE(got.size() == 50);
  for (int m = 0; m < 50; ++m) CHECK(got[static_cast<size_t>(m)].get<ev::ClockTicked>().now.minute == m);
  CHECK(wakes == 50);
  CHECK(q.empty());
}

TEST_CASE("wait_pop returns nothing after its timeout and an event when one comes") {
  EventQueue q;
  CHECK_FALSE(q.wait_pop(std::chrono::milliseconds(10)).has_value());
  std::thread t([&] { q.post(ev::QuitRequested{}); });
  auto e = q.wait_pop(std::chrono::milliseconds(2000));
  t.join();
  REQUIRE(e.has_value());
  CHECK(e->holds<ev::QuitRequested>());
}
