#pragma once
// An ID-card reader emulated under umockdev: a USB device 0400:c35a in a umockdev testbed whose
// usbfs ioctls are answered in-process. Bulk OUT bytes go to the SimulatedReader's protocol engine;
// its replies come back on bulk IN — in either frame style. Our own libusb code (UsbContext,
// UsbDeviceSource, UsbTransport) enumerates, opens and talks to it as to hardware.
//
// umockdev facts this relies on (shared/design/toolchain.md): the handler runs in the GLib main
// context it was attached from (pumped here on a thread of its own); REAPURB answers EAGAIN until
// an URB is done; `uevent remove` + remove_device reaches libusb's hot-plug callbacks.
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

#include "devices/idcard/simulator.h"
#include "devices/usb/usb_registry.h"

namespace test {

class UmockdevSamReader {
 public:
  static constexpr const char* kSysPath = "/sys/devices/usb1";
  static constexpr const char* kDevNode = "/dev/bus/usb/001/001";

  explicit UmockdevSamReader(devices::usb::FrameStyle style = devices::usb::FrameStyle::WholeFrame)
      : style_(style), sim_(std::make_shared<devices::idcard::SimulatedReader>()) {
    testbed_ = umockdev_testbed_new();
    handler_ = umockdev_ioctl_base_new();
    g_signal_connect(handler_, "handle-ioctl", G_CALLBACK(&UmockdevSamReader::on_ioctl), this);
    plug();
    pump_ = std::thread([this] {
      while (!stop_) g_main_context_iteration(nullptr, TRUE);
    });
  }

  ~UmockdevSamReader() {
    stop_ = true;
    g_main_context_wakeup(nullptr);
    pump_.join();
    for (auto* d : flying_) umockdev_ioctl_data_unref(d);
    for (auto* d : done_) umockdev_ioctl_data_unref(d);
    g_clear_object(&handler_);
    g_clear_object(&testbed_);
  }

  devices::idcard::SimulatedReader& simulator() { return *sim_; }

  // Cable in: attach the ioctl handler, then add the device (which sends the "add" uevent).
  void plug() {
    std::lock_guard lock(mutex_);
    host_ = sim_->open(std::chrono::milliseconds(0));
    unplugged_ = false;
    GError* err = nullptr;
    umockdev_testbed_attach_ioctl(testbed_, kDevNode, handler_, &err);
    if (err) g_clear_error(&err);
    umockdev_testbed_add_from_string(testbed_, device_description().c_str(), &err);
    if (err) g_clear_error(&err);
  }

  // Cable out: every later ioctl fails with ENODEV, and libusb hears the "remove" uevent.
  void unplug() {
    {
      std::lock_guard lock(mutex_);
      unplugged_ = true;
      if (host_) host_->close();
      host_.reset();
      sim_->unplug();
      sim_->plug();  // the simulator itself stays usable for the next plug()
    }
    umockdev_testbed_uevent(testbed_, kSysPath, "remove");
    umockdev_testbed_remove_device(testbed_, kSysPath);
    GError* err = nullptr;
    umockdev_testbed_detach_ioctl(testbed_, kDevNode, &err);
    if (err) g_clear_error(&err);
  }

  int out_transfers(std::uint8_t endpoint) {
    std::lock_guard lock(mutex_);
    return endpoint == 0x02 ? out_02_ : out_06_;
  }

 private:
  static std::string device_description() {
    // Device 0400:c35a, one configuration, one vendor-class interface with bulk OUT 02, IN 81,
    // OUT 06, IN 85 (64-byte packets); no string descriptors.
    const std::string descriptors =
        "12010002000000400004" "5ac3" "0001" "000000" "01"
        "09022e00010100" "8032"
        "090400000" "4ff000000"
        "07050202400000" "07058102400000" "07050602400000" "07058502400000";
    return std::string("P: /devices/usb1\n") + "N: bus/usb/001/001\n" + "E: SUBSYSTEM=usb\n" + "E: DRIVER=usb\n" +
           "E: BUSNUM=001\n" + "E: DEVNUM=001\n" + "E: DEVNAME=/dev/bus/usb/001/001\n" + "E: DEVTYPE=usb_device\n" +
           "E: PRODUCT=400/c35a/100\n" + "A: idVendor=0400\\n\n" + "A: idProduct=c35a\\n\n" +
           "A: bConfigurationValue=1\\n\n" + "A: busnum=1\\n\n" + "A: devnum=1\\n\n" + "A: speed=12\\n\n" +
           "H: descriptors=" + descriptors + "\n";
  }

  static gboolean on_ioctl(UMockdevIoctlBase*, UMockdevIoctlClient* client, gpointer self) {
    return static_cast<UmockdevSamReader*>(self)->handle(client);
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
        umockdev_ioctl_client_complete(client, 0, 0);
        return TRUE;
      }
      case USBDEVFS_CLAIMINTERFACE:
      case USBDEVFS_RELEASEINTERFACE:
      case USBDEVFS_CLEAR_HALT:
      case USBDEVFS_RESET:
        umockdev_ioctl_client_complete(client, unplugged_ ? -1 : 0, unplugged_ ? ENODEV : 0);
        return TRUE;
      case USBDEVFS_GETDRIVER:
      case USBDEVFS_IOCTL:  // kernel-driver query / detach: no driver is bound to this interface
        umockdev_ioctl_client_complete(client, -1, ENODATA);
        return TRUE;
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
          umockdev_ioctl_client_complete(client, 0, 0);
          return TRUE;
        }
        umockdev_ioctl_client_complete(client, -1, EINVAL);
        return TRUE;
      }
      default: return FALSE;
    }
  }

  gboolean submit(UMockdevIoctlClient* client, UMockdevIoctlData* arg) {
    if (unplugged_) {
      umockdev_ioctl_client_complete(client, -1, ENODEV);
      return TRUE;
    }
    UMockdevIoctlData* urb_data = umockdev_ioctl_data_resolve(arg, 0, sizeof(usbdevfs_urb), nullptr);
    auto* urb = reinterpret_cast<usbdevfs_urb*>(urb_data->data);
    UMockdevIoctlData* buffer =
        umockdev_ioctl_data_resolve(urb_data, G_STRUCT_OFFSET(usbdevfs_urb, buffer), urb->buffer_length, nullptr);
    if (urb->type != USBDEVFS_URB_TYPE_BULK) {
      umockdev_ioctl_data_unref(urb_data);
      return FALSE;
    }
    if ((urb->endpoint & 0x80) == 0) {
      // Host → reader: hand the bytes to the simulator; the URB is done at once.
      (urb->endpoint == 0x02 ? out_02_ : out_06_)++;
      if (host_ && buffer)
        (void)host_->write(std::span(static_cast<const std::uint8_t*>(buffer->data), urb->buffer_length),
                           std::chrono::milliseconds(10));
      urb->actual_length = urb->buffer_length;
      urb->status = 0;
      done_.push_back(urb_data);
    } else {
      flying_.push_back(urb_data);
    }
    umockdev_ioctl_client_complete(client, 0, 0);
    return TRUE;
  }

  // Bytes the reader has to send on `endpoint` right now (at most `room`).
  std::vector<std::uint8_t> take_reply(std::uint8_t endpoint, std::size_t room) {
    while (host_) {
      auto chunk = host_->read(4096, std::chrono::milliseconds(0));
      if (!chunk) break;
      replies_.insert(replies_.end(), chunk->begin(), chunk->end());
    }
    std::size_t n = 0;
    if (style_ == devices::usb::FrameStyle::WholeFrame) {
      if (endpoint == 0x81) n = std::min(room, replies_.size());
    } else if (endpoint == 0x81 && second_due_ == 0 && replies_.size() >= 7) {
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

  gboolean reap(UMockdevIoctlClient* client, UMockdevIoctlData* arg) {
    UMockdevIoctlData* ready = nullptr;
    if (!done_.empty()) {
      ready = done_.front();
      done_.pop_front();
    } else {
      for (auto it = flying_.begin(); it != flying_.end(); ++it) {
        auto* urb = reinterpret_cast<usbdevfs_urb*>((*it)->data);
        auto bytes = take_reply(urb->endpoint, static_cast<std::size_t>(urb->buffer_length));
        if (bytes.empty()) continue;
        std::memcpy(urb->buffer, bytes.data(), bytes.size());
        urb->actual_length = static_cast<int>(bytes.size());
        urb->status = 0;
        ready = *it;
        flying_.erase(it);
        break;
      }
    }
    if (!ready) {
      umockdev_ioctl_client_complete(client, -1, unplugged_ && flying_.empty() ? ENODEV : EAGAIN);
      return TRUE;
    }
    UMockdevIoctlData* ptr = umockdev_ioctl_data_resolve(arg, 0, sizeof(gpointer), nullptr);
    umockdev_ioctl_data_set_ptr(ptr, 0, ready);
    umockdev_ioctl_data_unref(ptr);
    umockdev_ioctl_data_unref(ready);
    umockdev_ioctl_client_complete(client, 0, 0);
    return TRUE;
  }

  devices::usb::FrameStyle style_;
  std::shared_ptr<devices::idcard::SimulatedReader> sim_;
  UMockdevTestbed* testbed_ = nullptr;
  UMockdevIoctlBase* handler_ = nullptr;
  std::atomic<bool> stop_{false};
  std::thread pump_;

  std::mutex mutex_;
  std::shared_ptr<devices::Transport> host_;  // our end of the simulator's link
  bool unplugged_ = false;
  std::list<UMockdevIoctlData*> flying_;  // IN URBs waiting for reply bytes
  std::deque<UMockdevIoctlData*> done_;   // URBs ready to be reaped
  std::deque<std::uint8_t> replies_;
  std::size_t second_due_ = 0;
  int out_02_ = 0, out_06_ = 0;
};

}  // namespace test
