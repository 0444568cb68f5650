#include "devices/memory_transport.h"

#include <algorithm>

namespace devices {

namespace detail {
struct MemoryLink {
  std::mutex mutex;
  std::condition_variable cv;
  std::deque<std::uint8_t> inbox[2];
  std::function<void()> on_delivered[2];
  bool closed = false;
};
}  // namespace detail

MemoryTransport::MemoryTransport(std::shared_ptr<detail::MemoryLink> link, int side, std::string name)
    : link_(std::move(link)), side_(side), name_(std::move(name)) {}

IoStatus MemoryTransport::write(std::span<const std::uint8_t> bytes, std::chrono::milliseconds) {
  std::function<void()> hook;
  {
    std::lock_guard lock(link_->mutex);
    if (link_->closed) return disconnected_error(name_ + ": link closed");
    auto& peer = link_->inbox[1 - side_];
    peer.insert(peer.end(), bytes.begin(), bytes.end());
    hook = link_->on_delivered[1 - side_];
  }
  link_->cv.notify_all();
  if (hook) hook();
  return io_ok();
}

IoResult<Bytes> MemoryTransport::read(std::size_t max_bytes, std::chrono::milliseconds timeout) {
  std::unique_lock lock(link_->mutex);
  auto& mine = link_->inbox[side_];
  link_->cv.wait_for(lock, timeout, [&] { return link_->closed || !mine.empty(); });
  if (link_->closed) return disconnected_error(name_ + ": link closed");
  if (mine.empty()) return timeout_error(name_ + ": nothing after " + std::to_string(timeout.count()) + " ms");
  const std::size_t n = std::min(max_bytes == 0 ? mine.size() : max_bytes, mine.size());
  Bytes out(mine.begin(), mine.begin() + static_cast<std::ptrdiff_t>(n));
  mine.erase(mine.begin(), mine.begin() + static_cast<std::ptrdiff_t>(n));
  return out;
}

void MemoryTransport::discard_input() {
  std::lock_guard lock(link_->mutex);
  link_->inbox[side_].clear();
}

bool MemoryTransport::connected() const {
  std::lock_guard lock(link_->mutex);
  return !link_->closed;
}

void MemoryTransport::close() {
  {
    std::lock_guard lock(link_->mutex);
    link_->closed = true;
  }
  link_->cv.notify_all();
}

std::string MemoryTransport::describe() const { return name_; }

void MemoryTransport::set_on_delivered(std::function<void()> hook) {
  std::lock_guard lock(link_->mutex);
  link_->on_delivered[side_] = std::move(hook);
}

MemoryTransportPair make_memory_transport_pair(std::string name) {
  auto link = std::make_shared<detail::MemoryLink>();
  return {std::make_shared<MemoryTransport>(link, 0, name + " (host end)"),
          std::make_shared<MemoryTransport>(link, 1, name + " (device end)")};
}

}  // namespace devices
