#pragma once
// A QR scanner emulated under umockdev (umockdev_usb_device.h), bound to usbhid, in one of two modes:
// - keyboard wedge: USB device 05e0:1200, HID boot keyboard interface (class 3/1/1), interrupt IN
//   endpoint 0x81 with 8-byte packets;
// - HID POS: USB device 1234:5678 (bound by a config rule), HID interface (class 3/0/0), interrupt
//   IN 0x81 with 64-byte packets.
// Its reports come from a SimulatedScanner, one per interrupt transfer. The testbed also records
// the kernel-driver detach and re-attach requests libusb makes.
#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "devices/scanner/simulator.h"
#include "devices/usb/umockdev_usb_device.h"

namespace test {

class UmockdevHidScanner final : EmulatedEndpoints {
 public:
  static constexpr std::uint8_t kInterruptIn = 0x81;

  explicit UmockdevHidScanner(devices::scanner::ScannerInterface mode = devices::scanner::ScannerInterface::BootKeyboard)
      : mode_(mode), sim_(std::make_shared<devices::scanner::SimulatedScanner>(mode)), usb_(*this, spec(mode)) {}

  // The scanner's side: scans go through here (its host end is read by the ioctl handler).
  devices::scanner::SimulatedScanner& simulator() { return *sim_; }
  void plug() { usb_.plug(); }
  void unplug() { usb_.unplug(); }
  // "detach 0", "attach 0": kernel-driver requests in the order libusb made them.
  std::vector<std::string> driver_requests() { return usb_.driver_requests(); }
  int interrupt_urbs() { return usb_.urbs_submitted(kInterruptIn); }

 private:
  static UsbDeviceSpec spec(devices::scanner::ScannerInterface mode) {
    // One configuration with one interface: HID (03), boot keyboard (01/01) or plain (00/00), a HID
    // class descriptor, interrupt IN 0x81 with 8- or 64-byte packets every 10 ms.
    const bool pos = mode == devices::scanner::ScannerInterface::HidPos;
    std::string descriptors = std::string("1201000200000040") + (pos ? "34127856" : "e0050012") +
                              "0001" "000000" "01"
                              "0902220001010080" "32" +
                              (pos ? "090400000103000000" : "090400000103010100") +
                              "09211101000122" "3f00" + (pos ? "0705810340000a" : "0705810308000a");
    return {static_cast<std::uint16_t>(pos ? 0x1234 : 0x05e0), static_cast<std::uint16_t>(pos ? 0x5678 : 0x1200),
            std::move(descriptors), "usbhid"};
  }

  std::size_t report_size() const { return mode_ == devices::scanner::ScannerInterface::HidPos ? 64 : 8; }

  Urb check(const usbdevfs_urb& urb) const override {
    // The scanner has no other endpoint.
    return urb.type == USBDEVFS_URB_TYPE_INTERRUPT && urb.endpoint == kInterruptIn ? Urb::Accept : Urb::Refuse;
  }

  void cable_in() override {
    sim_->plug();
    host_ = sim_->open(std::chrono::milliseconds(0));
  }

  void cable_out() override {
    sim_->unplug();
    host_.reset();
  }

  void received(std::uint8_t, std::span<const std::uint8_t>) override {}

  // One report per interrupt transfer, as a HID device sends them.
  std::vector<std::uint8_t> to_send(std::uint8_t, std::size_t room) override {
    if (!host_) return {};
    auto report = host_->read(std::min(room, report_size()), std::chrono::milliseconds(0));
    if (!report) return {};
    return std::move(*report);
  }

  devices::scanner::ScannerInterface mode_;
  std::shared_ptr<devices::scanner::SimulatedScanner> sim_;
  std::shared_ptr<devices::Transport> host_;  // the simulator's link, read by the ioctl handler
  UmockdevUsbDevice usb_;  // last: destroyed first, so its ioctl thread stops before the rest goes
};

}  // namespace test
