#include "devices/scanner/simulator.h"

#include <thread>

namespace devices::scanner {

SimulatedScanner::SimulatedScanner(ScannerInterface interface) : interface_(interface) {}

SimulatedScanner::~SimulatedScanner() {
  std::lock_guard lock(mutex_);
  if (host_end_) host_end_->close();
}

std::shared_ptr<devices::Transport> SimulatedScanner::open(std::chrono::milliseconds wait) {
  std::unique_lock lock(mutex_);
  const bool ready = changed_.wait_for(lock, wait, [&] {
    return cancelled_ || (plugged_ && (!host_end_ || !host_end_->connected()));
  });
  if (cancelled_) {
    cancelled_ = false;  // one cancel wakes one waiting open(), as with the USB source
    return nullptr;
  }
  if (!ready) return nullptr;
  auto pair = devices::make_memory_transport_pair("simulated scanner");
  host_end_ = pair.host;
  device_end_ = pair.device;
  changed_.notify_all();
  return pair.host;
}

void SimulatedScanner::cancel() {
  {
    std::lock_guard lock(mutex_);
    cancelled_ = true;
  }
  changed_.notify_all();
}

base::Status SimulatedScanner::scan(const SimulatedScan& s) {
  auto reports = scan_reports(interface_, s);
  if (!reports) return reports.error();
  std::shared_ptr<devices::MemoryTransport> device;
  {
    std::lock_guard lock(mutex_);
    if (!plugged_) return base::Error{"simulated scanner is unplugged"};
    if (!device_end_ || !device_end_->connected()) return base::Error{"no driver has opened the simulated scanner"};
    device = device_end_;
  }
  const auto start = std::chrono::steady_clock::now();
  for (const auto& r : *reports) {
    std::this_thread::sleep_until(start + r.at);
    if (auto w = device->write(r.bytes, std::chrono::milliseconds(100)); !w) return w.error().to_error();
  }
  return base::ok();
}

void SimulatedScanner::unplug() {
  std::shared_ptr<devices::MemoryTransport> host;
  {
    std::lock_guard lock(mutex_);
    plugged_ = false;
    host = host_end_;
  }
  if (host) host->close();
  changed_.notify_all();
}

void SimulatedScanner::plug() {
  {
    std::lock_guard lock(mutex_);
    plugged_ = true;
  }
  changed_.notify_all();
}

bool SimulatedScanner::plugged() const {
  std::lock_guard lock(mutex_);
  return plugged_;
}

bool SimulatedScanner::wait_until_open(std::chrono::milliseconds wait) const {
  std::unique_lock lock(mutex_);
  return changed_.wait_for(lock, wait, [&] { return plugged_ && host_end_ && host_end_->connected(); });
}

}  // namespace devices::scanner
