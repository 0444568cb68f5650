#pragma once
// An ID-card reader emulated under umockdev (umockdev_usb_device.h): USB device 0400:c35a with one
// vendor-class interface, bulk OUT 0x02 / IN 0x81 and OUT 0x06 / IN 0x85. Bulk OUT bytes go to the
// SimulatedReader's protocol engine; its replies come back on bulk IN — in either frame style.
#include <algorithm>
#include <deque>
#include <memory>

#include "devices/idcard/simulator.h"
#include "devices/usb/umockdev_usb_device.h"
#include "devices/usb/usb_registry.h"

namespace test {

class UmockdevSamReader final : EmulatedEndpoints {
 public:
  explicit UmockdevSamReader(devices::usb::FrameStyle style = devices::usb::FrameStyle::WholeFrame)
      : style_(style), sim_(std::make_shared<devices::idcard::SimulatedReader>()), usb_(*this, spec()) {}

  devices::idcard::SimulatedReader& simulator() { return *sim_; }
  void plug() { usb_.plug(); }
  void unplug() { usb_.unplug(); }
  int out_transfers(std::uint8_t endpoint) { return usb_.urbs_submitted(endpoint); }

 private:
  static UsbDeviceSpec spec() {
    // One configuration, one vendor-class interface with bulk OUT 02, IN 81, OUT 06, IN 85
    // (64-byte packets); no string descriptors.
    return {0x0400, 0xc35a,
            "12010002000000400004" "5ac3" "0001" "000000" "01"
            "09022e00010100" "8032"
            "090400000" "4ff000000"
            "07050202400000" "07058102400000" "07050602400000" "07058502400000"};
  }

  Urb check(const usbdevfs_urb& urb) const override {
    return urb.type == USBDEVFS_URB_TYPE_BULK ? Urb::Accept : Urb::Ignore;
  }

  void cable_in() override { host_ = sim_->open(std::chrono::milliseconds(0)); }

  void cable_out() override {
    if (host_) host_->close();
    host_.reset();
    sim_->unplug();
    sim_->plug();  // the simulator itself stays usable for the next plug()
  }

  void received(std::uint8_t, std::span<const std::uint8_t> bytes) override {
    if (host_) (void)host_->write(bytes, std::chrono::milliseconds(10));
  }

  std::vector<std::uint8_t> to_send(std::uint8_t endpoint, std::size_t room) override {
    while (host_) {
      auto chunk = host_->read(4096, std::chrono::milliseconds(0));
      if (!chunk) break;
      replies_.insert(replies_.end(), chunk->begin(), chunk->end());
    }
    std::size_t n = 0;
    if (style_ == devices::usb::FrameStyle::WholeFrame) {
      if (endpoint == 0x81) n = std::min(room, replies_.size());
    } else if (endpoint == 0x81 && second_due_ == 0 && replies_.size() >= 7) {
      // Split style: preamble and length on IN 0x81, the rest of the frame on IN 0x85.
      n = 7;
      second_due_ = (std::size_t{replies_[5]} << 8) | replies_[6];
    } else if (endpoint == 0x85 && second_due_ > 0) {
      n = std::min({room, replies_.size(), second_due_});
      second_due_ -= n;
    }
    std::vector<std::uint8_t> out(replies_.begin(), replies_.begin() + static_cast<std::ptrdiff_t>(n));
    replies_.erase(replies_.begin(), replies_.begin() + static_cast<std::ptrdiff_t>(n));
    return out;
  }

  devices::usb::FrameStyle style_;
  std::shared_ptr<devices::idcard::SimulatedReader> sim_;
  std::shared_ptr<devices::Transport> host_;  // our end of the simulator's link
  std::deque<std::uint8_t> replies_;
  std::size_t second_due_ = 0;
  UmockdevUsbDevice usb_;  // last: destroyed first, so its ioctl thread stops before the rest goes
};

}  // namespace test
