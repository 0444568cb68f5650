#include <doctest/doctest.h>

#include <thread>

#include "devices/memory_transport.h"

using namespace std::chrono_literals;

TEST_CASE("memory transport carries bytes from one end to the other") {
  auto pair = devices::make_memory_transport_pair();
  const std::uint8_t bytes[] = {1, 2, 3, 4};
  REQUIRE(pair.host->write(bytes, 10ms).ok());
  auto first = pair.device->read(3, 10ms);
  REQUIRE(first.ok());
  CHECK(*first == devices::Bytes{1, 2, 3});
  auto rest = pair.device->read(100, 10ms);
  REQUIRE(rest.ok());
  CHECK(*rest == devices::Bytes{4});
}

TEST_CASE("memory transport read times out with the timeout kind") {
  auto pair = devices::make_memory_transport_pair();
  auto r = pair.host->read(10, 5ms);
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().kind == devices::IoErrorKind::Timeout);
}

TEST_CASE("closing a memory transport wakes a blocked reader with disconnected") {
  auto pair = devices::make_memory_transport_pair();
  std::thread closer([&] {
    std::this_thread::sleep_for(20ms);
    pair.device->close();
  });
  auto r = pair.host->read(10, 5s);
  closer.join();
  REQUIRE_FALSE(r.ok());
  CHECK(r.error().kind == devices::IoErrorKind::Disconnected);
  CHECK_FALSE(pair.host->connected());
  const std::uint8_t b[] = {1};
  CHECK(pair.host->write(b, 1ms).error().kind == devices::IoErrorKind::Disconnected);
}
