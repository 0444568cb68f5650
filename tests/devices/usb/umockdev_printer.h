#pragma once
// A receipt printer emulated under umockdev: USB 0416:5011 with one printer-class interface
// (class 7, subclass 1, protocol 2: bidirectional) and bulk OUT 0x01 / IN 0x82. Bulk OUT bytes go
// to a devices::printer::SimulatedPrinter (the virtual printer) and its status replies come back on bulk IN,
// so our libusb code (UsbContext, UsbDeviceSource, UsbTransport) and the PrinterDriver talk to it as
// to hardware. The ioctl handling follows umockdev_sam_reader.h.
#include <umockdev.h>

#include <linux/ioctl.h>
#include <linux/usbdevice_fs.h>

#include <algorithm>
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

#include "devices/printer/simulator.h"

namespace test {

class UmockdevPrinter {
 public:
  static constexpr const char* kSysPath = "/sys/devices/usb1";
  static constexpr const char* kDevNode = "/dev/bus/usb/001/001";
  static constexpr std::uint8_t kInEndpoint = 0x82;

  UmockdevPrinter() : sim_(std::make_shared<devices::printer::SimulatedPrinter>()) {
    testbed_ = umockdev_testbed_new();
    handler_ = umockdev_ioctl_base_new();
    g_signal_connect(handler_, "handle-ioctl", G_CALLBACK(&UmockdevPrinter::on_ioctl), this);
    host_ = sim_->open(std::chrono::milliseconds(0));
    GError* err = nullptr;
    umockdev_testbed_attach_ioctl(testbed_, kDevNode, handler_, &err);
    if (err) g_clear_error(&err);
    umockdev_testbed_add_from_string(testbed_, device_description().c_str(), &err);
    if (err) g_clear_error(&err);
    pump_ = std::thread([this] {
      while (!stop_) g_main_context_iteration(nullptr, TRUE);
    });
  }

  ~UmockdevPrinter() {
    stop_ = true;
    g_main_context_wakeup(nullptr);
    pump_.join();
    for (auto* d : flying_) umockdev_ioctl_data_unref(d);
    for (auto* d : done_) umockdev_ioctl_data_unref(d);
    g_clear_object(&handler_);
    g_clear_object(&testbed_);
  }

  devices::printer::SimulatedPrinter& simulator() { return *sim_; }

  // Every byte the host sent on bulk OUT, in order.
  std::vector<std::uint8_t> received() {
    std::lock_guard lock(mutex_);
    return received_;
  }

 private:
  static std::string device_description() {
    const std::string descriptors =
        "12010002000000401604" "1150" "0001" "000000" "01"
        "09022000010100" "8032"
        "090400000207010200"
        "07050102400000" "07058202400000";
    return std::string("P: /devices/usb1\n") + "N: bus/usb/001/001\n" + "E: SUBSYSTEM=usb\n" + "E: DRIVER=usb\n" +
           "E: BUSNUM=001\n" + "E: DEVNUM=001\n" + "E: DEVNAME=/dev/bus/usb/001/001\n" + "E: DEVTYPE=usb_device\n" +
           "E: PRODUCT=416/5011/100\n" + "A: idVendor=0416\\n\n" + "A: idProduct=5011\\n\n" +
           "A: bConfigurationValue=1\\n\n" + "A: busnum=1\\n\n" + "A: devnum=1\\n\n" + "A: speed=12\\n\n" +
           "H: descriptors=" + descriptors + "\n";
  }

  static gboolean on_ioctl(UMockdevIoctlBase*, UMockdevIoctlClient* client, gpointer self) {
    return static_cast<UmockdevPrinter*>(self)->handle(client);
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
      // Host → printer: hand the bytes to the simulator; the URB is done at once.
      if (buffer) {
        const auto* p = static_cast<const std::uint8_t*>(buffer->data);
        received_.insert(received_.end(), p, p + urb->buffer_length);
      }
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

  // Bytes the printer has to send on `endpoint` right now (at most `room`).
  std::vector<std::uint8_t> take_reply(std::uint8_t endpoint, std::size_t room) {
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

  std::shared_ptr<devices::printer::SimulatedPrinter> sim_;
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
  std::vector<std::uint8_t> received_;
};

}  // namespace test
