#pragma once
// An in-memory, thread-safe pair of connected transports: bytes written to one end are read from
// the other. Simulators speak the device side over one end while a driver uses the other; tests
// can cut the link (unplug) and observe both sides fail with Disconnected.
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>

#include "devices/transport.h"

namespace devices {

namespace detail {
struct MemoryLink;  // the shared state of one pair
}

class MemoryTransport final : public Transport {
 public:
  IoStatus write(std::span<const std::uint8_t> bytes, std::chrono::milliseconds timeout) override;
  IoResult<Bytes> read(std::size_t max_bytes, std::chrono::milliseconds timeout) override;
  void discard_input() override;
  bool connected() const override;
  void close() override;  // cuts the link for both ends
  std::string describe() const override;

  // Called (on the writer's thread) after bytes written by the peer have been queued for this end:
  // lets a benchmark timestamp the moment the last byte of a response reached the transport.
  void set_on_delivered(std::function<void()> hook);

  MemoryTransport(std::shared_ptr<detail::MemoryLink> link, int side, std::string name);

 private:
  std::shared_ptr<detail::MemoryLink> link_;
  int side_;  // 0 or 1: index of this end's inbox in the link
  std::string name_;
};

struct MemoryTransportPair {
  std::shared_ptr<MemoryTransport> host;    // the driver's end
  std::shared_ptr<MemoryTransport> device;  // the simulator's end
};

MemoryTransportPair make_memory_transport_pair(std::string name = "memory");

}  // namespace devices
