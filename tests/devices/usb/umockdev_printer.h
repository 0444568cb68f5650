#pragma once
// A receipt printer emulated under umockdev (umockdev_usb_device.h): USB 0416:5011 with one
// printer-class interface (class 7, subclass 1, protocol 2: bidirectional) and bulk OUT 0x01 /
// IN 0x82. Bulk OUT bytes go to a devices::printer::SimulatedPrinter and its status replies come
// back on bulk IN, so the PrinterDriver talks to it as to hardware.
#include <algorithm>
#include <deque>
#include <memory>
#include <vector>

#include "devices/printer/simulator.h"
#include "devices/usb/umockdev_usb_device.h"

namespace test {

class UmockdevPrinter final : EmulatedEndpoints {
 public:
  static constexpr std::uint8_t kInEndpoint = 0x82;

  UmockdevPrinter() : sim_(std::make_shared<devices::printer::SimulatedPrinter>()), usb_(*this, spec()) {}

  devices::printer::SimulatedPrinter& simulator() { return *sim_; }
  void plug() { usb_.plug(); }
  void unplug() { usb_.unplug(); }

  // Every byte the host sent on bulk OUT, in order.
  std::vector<std::uint8_t> received() {
    return usb_.locked([&] { return received_; });
  }

 private:
  static UsbDeviceSpec spec() {
    return {0x0416, 0x5011,
            "12010002000000401604" "1150" "0001" "000000" "01"
            "09022000010100" "8032"
            "090400000207010200"
            "07050102400000" "07058202400000"};
  }

  Urb check(const usbdevfs_urb& urb) const override {
    return urb.type == USBDEVFS_URB_TYPE_BULK ? Urb::Accept : Urb::Ignore;
  }

  void cable_in() override { host_ = sim_->open(std::chrono::milliseconds(0)); }

  void cable_out() override {
    if (host_) host_->close();
    host_.reset();
  }

  void received(std::uint8_t, std::span<const std::uint8_t> bytes) override {
    received_.insert(received_.end(), bytes.begin(), bytes.end());
    if (host_) (void)host_->write(bytes, std::chrono::milliseconds(10));
  }

  std::vector<std::uint8_t> to_send(std::uint8_t endpoint, std::size_t room) override {
    while (host_) {
      auto chunk = host_->read(4096, std::chrono::milliseconds(0));
      if (!chunk) break;
      replies_.insert(replies_.end(), chunk->begin(), chunk->end());
    }
    const std::size_t n = endpoint == kInEndpoint ? std::min(room, replies_.size()) : 0;
    std::vector<std::uint8_t> out(replies_.begin(), replies_.begin() + static_cast<std::ptrdiff_t>(n));
    replies_.erase(replies_.begin(), replies_.begin() + static_cast<std::ptrdiff_t>(n));
    return out;
  }

  std::shared_ptr<devices::printer::SimulatedPrinter> sim_;
  std::shared_ptr<devices::Transport> host_;  // our end of the simulator's link
  std::deque<std::uint8_t> replies_;
  std::vector<std::uint8_t> received_;
  UmockdevUsbDevice usb_;  // last: destroyed first, so its ioctl thread stops before the rest goes
};

}  // namespace test
