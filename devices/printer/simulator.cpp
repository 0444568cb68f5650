#include "devices/printer/simulator.h"

#include <algorithm>

#include "devices/memory_transport.h"

namespace devices::printer {

namespace {
constexpr std::size_t kReadChunk = 4096;
constexpr auto kReadSlice = std::chrono::milliseconds(50);
}  // namespace

SimulatedPrinter::~SimulatedPrinter() { join_server(); }

void SimulatedPrinter::join_server() {
  std::shared_ptr<devices::Transport> device_end;
  {
    std::lock_guard lock(mutex_);
    device_end = device_end_;
  }
  if (device_end) device_end->close();
  if (server_.joinable()) server_.join();
}

std::shared_ptr<devices::Transport> SimulatedPrinter::open(std::chrono::milliseconds wait) {
  {
    std::unique_lock lock(mutex_);
    changed_.wait_for(lock, wait, [&] { return plugged_ || cancelled_; });
    if (!plugged_ || cancelled_) {
      cancelled_ = false;
      return nullptr;
    }
    if (host_end_ && host_end_->connected()) return host_end_;
  }
  join_server();  // the previous link, if any, is closed: let its thread end
  auto pair = devices::make_memory_transport_pair("simulated printer");
  std::lock_guard lock(mutex_);
  host_end_ = pair.host;
  device_end_ = pair.device;
  server_ = std::thread([this, d = device_end_] { serve(d); });
  return host_end_;
}

void SimulatedPrinter::cancel() {
  std::lock_guard lock(mutex_);
  cancelled_ = true;
  changed_.notify_all();
}

void SimulatedPrinter::set_condition(const PrinterCondition& c) {
  std::lock_guard lock(mutex_);
  printer_.set_condition(c);
}

void SimulatedPrinter::run_out_of_paper_after(std::optional<std::size_t> bytes) {
  std::lock_guard lock(mutex_);
  printer_.run_out_of_paper_after(bytes);
}

void SimulatedPrinter::unplug() {
  std::lock_guard lock(mutex_);
  plugged_ = false;
  if (device_end_) device_end_->close();
}

void SimulatedPrinter::unplug_after(std::size_t bytes) {
  std::lock_guard lock(mutex_);
  unplug_after_ = bytes;
}

void SimulatedPrinter::plug() {
  std::lock_guard lock(mutex_);
  plugged_ = true;
  changed_.notify_all();
}

void SimulatedPrinter::serve(std::shared_ptr<devices::Transport> link) {
  while (link->connected()) {
    auto got = link->read(kReadChunk, kReadSlice);
    if (!got) {
      if (got.error().kind == devices::IoErrorKind::Disconnected) return;
      continue;
    }
    Bytes replies;
    {
      std::lock_guard lock(mutex_);
      if (unplug_after_) {
        const std::size_t take = std::min(*unplug_after_, got->size());
        *unplug_after_ -= take;
        replies = printer_.receive(std::span(got->data(), take));
        if (*unplug_after_ == 0) {
          unplug_after_.reset();
          plugged_ = false;
          link->close();
          return;
        }
      } else {
        replies = printer_.receive(*got);
      }
    }
    if (!replies.empty()) (void)link->write(replies, kReadSlice);
  }
}

}  // namespace devices::printer
