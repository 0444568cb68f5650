#pragma once
// A QR scanner emulated under umockdev, bound to usbhid, in one of two modes:
// - keyboard wedge: USB device 05e0:1200, HID boot keyboard interface (class 3/1/1), interrupt IN
//   endpoint 0x81 with 8-byte packets;
// - HID POS: USB device 1234:5678 (bound by a config rule), HID interface (class 3/0/0), interrupt
//   IN 0x81 with 64-byte packets.
// Its reports come from a SimulatedScanner; usbfs ioctls are answered in-process, so our own
// libusb code (UsbContext, UsbDeviceSource, UsbTransport) and the scanner driver run as on hardware.
// It also records the kernel-driver detach and re-attach requests libusb makes.
#include <umockdev.h>

#include <linux/ioctl.h>
#include <linux/usbdevice_fs.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <deque>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "devices/scanner/simulator.h"

namespace test {

class UmockdevHidScanner {
 public:
  static constexpr const char* kSysPath = "/sys/devices/usb1";
  static constexpr const char* kDevNode = "/dev/bus/usb/001/001";
  static constexpr std::uint8_t kInterruptIn = 0x81;

  explicit UmockdevHidScanner(devices::scanner::ScannerInterface mode = devices::scanner::ScannerInterface::BootKeyboard)
      : mode_(mode), sim_(std::make_shared<devices::scanner::SimulatedScanner>(mode)) {
    testbed_ = umockdev_testbed_new();
    handler_ = umockdev_ioctl_base_new();
    g_signal_connect(handler_, "handle-ioctl", G_CALLBACK(&UmockdevHidScanner::on_ioctl), this);
    plug();
    pump_ = std::thread([this] {
      while (!stop_) g_main_context_iteration(nullptr, TRUE);
    });
  }

  ~UmockdevHidScanner() {
    stop_ = true;
    g_main_context_wakeup(nullptr);
    pump_.join();
    for (auto* d : flying_) umockdev_ioctl_data_unref(d);
    for (auto* d : done_) umockdev_ioctl_data_unref(d);
    g_clear_object(&handler_);
    g_clear_object(&testbed_);
  }

  // The scanner's side: scans go through here (its host end is read by the ioctl handler).
  devices::scanner::SimulatedScanner& simulator() { return *sim_; }

  void plug() {
    std::lock_guard lock(mutex_);
    sim_->plug();
    host_ = sim_->open(std::chrono::milliseconds(0));
    unplugged_ = false;
    GError* err = nullptr;
    umockdev_testbed_attach_ioctl(testbed_, kDevNode, handler_, &err);
    if (err) g_clear_error(&err);
    umockdev_testbed_add_from_string(testbed_, device_description().c_str(), &err);
    if (err) g_clear_error(&err);
  }

  void unplug() {
    {
      std::lock_guard lock(mutex_);
      unplugged_ = true;
      sim_->unplug();
      host_.reset();
    }
    umockdev_testbed_uevent(testbed_, kSysPath, "remove");
    umockdev_testbed_remove_device(testbed_, kSysPath);
    GError* err = nullptr;
    umockdev_testbed_detach_ioctl(testbed_, kDevNode, &err);
    if (err) g_clear_error(&err);
  }

  // "detach 0", "attach 0": kernel-driver requests in the order libusb made them.
  std::vector<std::string> driver_requests() {
    std::lock_guard lock(mutex_);
    return driver_requests_;
  }
  int interrupt_urbs() {
    std::lock_guard lock(mutex_);
    return interrupt_urbs_;
  }

 private:
  std::size_t report_size() const { return mode_ == devices::scanner::ScannerInterface::HidPos ? 64 : 8; }

  std::string device_description() const {
    // One configuration with one interface: HID (03), boot keyboard (01/01) or plain (00/00), a HID
    // class descriptor, interrupt IN 0x81 with 8- or 64-byte packets every 10 ms.
    const bool pos = mode_ == devices::scanner::ScannerInterface::HidPos;
    const std::string descriptors = std::string("1201000200000040") + (pos ? "34127856" : "e0050012") +
                                    "0001" "000000" "01"
                                    "0902220001010080" "32" +
                                    (pos ? "090400000103000000" : "090400000103010100") +
                                    "09211101000122" "3f00" + (pos ? "0705810340000a" : "0705810308000a");
    const std::string product = pos ? "1234/5678/100" : "5e0/1200/100";
    return std::string("P: /devices/usb1\n") + "N: bus/usb/001/001\n" + "E: SUBSYSTEM=usb\n" + "E: DRIVER=usb\n" +
           "E: BUSNUM=001\n" + "E: DEVNUM=001\n" + "E: DEVNAME=/dev/bus/usb/001/001\n" + "E: DEVTYPE=usb_device\n" +
           "E: PRODUCT=" + product + "\n" + "A: idVendor=" + (pos ? "1234" : "05e0") + "\\n\n" +
           "A: idProduct=" + (pos ? "5678" : "1200") + "\\n\n" +
           "A: bConfigurationValue=1\\n\n" + "A: busnum=1\\n\n" + "A: devnum=1\\n\n" + "A: speed=12\\n\n" +
           "H: descriptors=" + descriptors + "\n";
  }

  static gboolean on_ioctl(UMockdevIoctlBase*, UMockdevIoctlClient* client, gpointer self) {
    return static_cast<UmockdevHidScanner*>(self)->handle(client);
  }

  void complete(UMockdevIoctlClient* client, bool ok, int error) {
    umockdev_ioctl_client_complete(client, ok ? 0 : -1, ok ? 0 : error);
  }

  gboolean handle(UMockdevIoctlClient* client) {
    std::lock_guard lock(mutex_);
    const unsigned long request = umockdev_ioctl_client_get_request(client);
    UMockdevIoctlData* arg = umockdev_ioctl_client_get_arg(client);
    switch (request) {
      case USBDEVFS_GET_CAPABILITIES: {
        UMockdevIoctlData* d = umockdev_ioctl_data_resolve(arg, 0, sizeof(guint32), nullptr);
        *reinterpret_cast<guint32*>(d->data) = USBDEVFS_CAP_BULK_CONTINUATION | USBDEVFS_CAP_NO_PACKET_SIZE_LIM |
                                               USBDEVFS_CAP_REAP_AFTER_DISCONNECT | USBDEVFS_CAP_ZERO_PACKET;
        umockdev_ioctl_data_unref(d);
        complete(client, true, 0);
        return TRUE;
      }
      case USBDEVFS_CLAIMINTERFACE:
      case USBDEVFS_RELEASEINTERFACE:
      case USBDEVFS_CLEAR_HALT:
      case USBDEVFS_RESET:
        complete(client, !unplugged_, ENODEV);
        return TRUE;
      case USBDEVFS_GETDRIVER: {  // usbhid owns interface 0 until someone detaches it
        UMockdevIoctlData* d = umockdev_ioctl_data_resolve(arg, 0, sizeof(usbdevfs_getdriver), nullptr);
        auto* g = reinterpret_cast<usbdevfs_getdriver*>(d->data);
        const bool bound = g->interface == 0 && !detached_;
        if (bound) std::strcpy(g->driver, "usbhid");
        umockdev_ioctl_data_unref(d);
        complete(client, bound, ENODATA);
        return TRUE;
      }
      case USBDEVFS_DISCONNECT_CLAIM: {  // detach the kernel driver and claim, in one go
        UMockdevIoctlData* d = umockdev_ioctl_data_resolve(arg, 0, sizeof(usbdevfs_disconnect_claim), nullptr);
        const auto* dc = reinterpret_cast<usbdevfs_disconnect_claim*>(d->data);
        driver_requests_.push_back("detach " + std::to_string(dc->interface));
        detached_ = true;
        umockdev_ioctl_data_unref(d);
        complete(client, !unplugged_, ENODEV);
        return TRUE;
      }
      case USBDEVFS_IOCTL: {  // USBDEVFS_DISCONNECT / USBDEVFS_CONNECT for one interface
        UMockdevIoctlData* d = umockdev_ioctl_data_resolve(arg, 0, sizeof(usbdevfs_ioctl), nullptr);
        const auto* io = reinterpret_cast<usbdevfs_ioctl*>(d->data);
        const bool connect = io->ioctl_code == static_cast<int>(USBDEVFS_CONNECT);
        driver_requests_.push_back(std::string(connect ? "attach " : "detach ") + std::to_string(io->ifno));
        detached_ = !connect;
        umockdev_ioctl_data_unref(d);
        complete(client, !unplugged_, ENODEV);
        return TRUE;
      }
      case USBDEVFS_SUBMITURB: return submit(client, arg);
      case USBDEVFS_REAPURB:
      case USBDEVFS_REAPURBNDELAY: return reap(client, arg);
      case USBDEVFS_DISCARDURB: {
        const auto addr = *reinterpret_cast<gulong*>(arg->data);
        for (auto it = flying_.begin(); it != flying_.end(); ++it) {
          if ((*it)->client_addr != addr) continue;
          reinterpret_cast<usbdevfs_urb*>((*it)->data)->status = -ENOENT;
          done_.push_back(*it);
          flying_.erase(it);
          complete(client, true, 0);
          return TRUE;
        }
        complete(client, false, EINVAL);
        return TRUE;
      }
      default: return FALSE;
    }
  }

  gboolean submit(UMockdevIoctlClient* client, UMockdevIoctlData* arg) {
    if (unplugged_) {
      complete(client, false, ENODEV);
      return TRUE;
    }
    UMockdevIoctlData* urb_data = umockdev_ioctl_data_resolve(arg, 0, sizeof(usbdevfs_urb), nullptr);
    auto* urb = reinterpret_cast<usbdevfs_urb*>(urb_data->data);
    UMockdevIoctlData* buffer =
        umockdev_ioctl_data_resolve(urb_data, G_STRUCT_OFFSET(usbdevfs_urb, buffer), urb->buffer_length, nullptr);
    (void)buffer;
    if (urb->type != USBDEVFS_URB_TYPE_INTERRUPT || urb->endpoint != kInterruptIn) {
      umockdev_ioctl_data_unref(urb_data);
      complete(client, false, EINVAL);  // the scanner has no other endpoint
      return TRUE;
    }
    ++interrupt_urbs_;
    flying_.push_back(urb_data);
    complete(client, true, 0);
    return TRUE;
  }

  gboolean reap(UMockdevIoctlClient* client, UMockdevIoctlData* arg) {
    UMockdevIoctlData* ready = nullptr;
    if (!done_.empty()) {
      ready = done_.front();
      done_.pop_front();
    } else if (!flying_.empty() && host_) {
      // One report per interrupt transfer, as a HID device sends them.
      auto* urb = reinterpret_cast<usbdevfs_urb*>(flying_.front()->data);
      auto report = host_->read(std::min(static_cast<std::size_t>(urb->buffer_length), report_size()),
                                std::chrono::milliseconds(0));
      if (report) {
        std::memcpy(urb->buffer, report->data(), report->size());
        urb->actual_length = static_cast<int>(report->size());
        urb->status = 0;
        ready = flying_.front();
        flying_.pop_front();
      }
    }
    if (!ready) {
      complete(client, false, unplugged_ && flying_.empty() ? ENODEV : EAGAIN);
      return TRUE;
    }
    UMockdevIoctlData* ptr = umockdev_ioctl_data_resolve(arg, 0, sizeof(gpointer), nullptr);
    umockdev_ioctl_data_set_ptr(ptr, 0, ready);
    umockdev_ioctl_data_unref(ptr);
    umockdev_ioctl_data_unref(ready);
    complete(client, true, 0);
    return TRUE;
  }

  devices::scanner::ScannerInterface mode_;
  std::shared_ptr<devices::scanner::SimulatedScanner> sim_;
  UMockdevTestbed* testbed_ = nullptr;
  UMockdevIoctlBase* handler_ = nullptr;
  std::atomic<bool> stop_{false};
  std::thread pump_;

  std::mutex mutex_;
  std::shared_ptr<devices::Transport> host_;  // the simulator's link, read by the ioctl handler
  bool unplugged_ = false;
  bool detached_ = false;
  std::list<UMockdevIoctlData*> flying_;  // interrupt IN URBs waiting for a report
  std::deque<UMockdevIoctlData*> done_;   // URBs ready to be reaped
  std::vector<std::string> driver_requests_;
  int interrupt_urbs_ = 0;
};

}  // namespace test
