#pragma once
// What the umockdev fakes (umockdev_sam_reader.h, umockdev_hid_scanner.h, umockdev_printer.h) share:
// a umockdev testbed holding one USB device at bus 1 address 1, whose usbfs ioctls are answered
// in-process. This class does the testbed, the plug and the unplug, and the usbfs bookkeeping
// (capabilities, claim, kernel-driver queries, URB submit / reap / discard); a fake only says what
// its endpoints do, through EmulatedEndpoints. Our own libusb code (UsbContext, UsbDeviceSource,
// UsbTransport) then enumerates, opens and talks to it as to hardware.
//
// umockdev facts this relies on (shared/design/toolchain.md): the handler runs in the GLib main
// context it was attached from (pumped here on a thread of its own); REAPURB answers EAGAIN until
// an URB is done; `uevent remove` + remove_device reaches libusb's hot-plug callbacks.
#include <umockdev.h>

#include <linux/ioctl.h>
#include <linux/usbdevice_fs.h>

#include <atomic>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <deque>
#include <list>
#include <map>
#include <mutex>
#include <span>
#include <string>
#include <thread>
#include <vector>

namespace test {

// The device side of the endpoints. Called with the device's lock held (UmockdevUsbDevice::locked).
class EmulatedEndpoints {
 public:
  // What to do with a submitted URB the device has no endpoint for.
  enum class Urb { Accept, Refuse /* EINVAL */, Ignore /* leave it to umockdev */ };

  virtual Urb check(const usbdevfs_urb& urb) const = 0;
  // Cable in / out: open or close the link to the simulator behind the endpoints.
  virtual void cable_in() = 0;
  virtual void cable_out() = 0;
  // Host → device: the bytes of one OUT transfer.
  virtual void received(std::uint8_t endpoint, std::span<const std::uint8_t> bytes) = 0;
  // Device → host: what the device sends on an IN endpoint now, at most `room` bytes; empty while
  // it has nothing (the URB stays in flight).
  virtual std::vector<std::uint8_t> to_send(std::uint8_t endpoint, std::size_t room) = 0;

 protected:
  ~EmulatedEndpoints() = default;
};

struct UsbDeviceSpec {
  std::uint16_t vendor_id = 0, product_id = 0;
  std::string descriptors;  // device + configuration descriptors, hex, as sysfs `descriptors` holds them
  // The kernel driver bound to interface 0 until libusb detaches it ("usbhid"); nullptr for none.
  const char* kernel_driver = nullptr;
};

class UmockdevUsbDevice {
 public:
  static constexpr const char* kSysPath = "/sys/devices/usb1";
  static constexpr const char* kDevNode = "/dev/bus/usb/001/001";

  // Plugged in at once. Make this the fake's last member, so that it is destroyed first: the pump
  // thread stops before the endpoints it calls go away.
  UmockdevUsbDevice(EmulatedEndpoints& endpoints, UsbDeviceSpec spec) : endpoints_(endpoints), spec_(std::move(spec)) {
    testbed_ = umockdev_testbed_new();
    handler_ = umockdev_ioctl_base_new();
    g_signal_connect(handler_, "handle-ioctl", G_CALLBACK(&UmockdevUsbDevice::on_ioctl), this);
    plug();
    pump_ = std::thread([this] {
      while (!stop_) g_main_context_iteration(nullptr, TRUE);
    });
  }

  ~UmockdevUsbDevice() {
    stop_ = true;
    g_main_context_wakeup(nullptr);
    pump_.join();
    for (auto* d : flying_) umockdev_ioctl_data_unref(d);
    for (auto* d : done_) umockdev_ioctl_data_unref(d);
    g_clear_object(&handler_);
    g_clear_object(&testbed_);
  }

  UmockdevUsbDevice(const UmockdevUsbDevice&) = delete;
  UmockdevUsbDevice& operator=(const UmockdevUsbDevice&) = delete;

  // Cable in: attach the ioctl handler, then add the device (which sends the "add" uevent).
  void plug() {
    std::lock_guard lock(mutex_);
    endpoints_.cable_in();
    unplugged_ = false;
    GError* err = nullptr;
    umockdev_testbed_attach_ioctl(testbed_, kDevNode, handler_, &err);
    if (err) g_clear_error(&err);
    umockdev_testbed_add_from_string(testbed_, description().c_str(), &err);
    if (err) g_clear_error(&err);
  }

  // Cable out: every later ioctl fails with ENODEV, and libusb hears the "remove" uevent.
  void unplug() {
    {
      std::lock_guard lock(mutex_);
      unplugged_ = true;
      endpoints_.cable_out();
    }
    umockdev_testbed_uevent(testbed_, kSysPath, "remove");
    umockdev_testbed_remove_device(testbed_, kSysPath);
    GError* err = nullptr;
    umockdev_testbed_detach_ioctl(testbed_, kDevNode, &err);
    if (err) g_clear_error(&err);
  }

  // Runs `f` under the lock the endpoints are called with (to read what a fake recorded).
  template <class F>
  auto locked(F&& f) {
    std::lock_guard lock(mutex_);
    return f();
  }

  // URBs accepted on `endpoint` so far.
  int urbs_submitted(std::uint8_t endpoint) {
    std::lock_guard lock(mutex_);
    return submitted_[endpoint];
  }
  // "detach 0", "attach 0": kernel-driver requests in the order libusb made them.
  std::vector<std::string> driver_requests() {
    std::lock_guard lock(mutex_);
    return driver_requests_;
  }

 private:
  // The umockdev-record format (toolchain.md): A: values end with a literal \n or libusb complains.
  std::string description() const {
    char product[32], vendor_id[8], product_id[8];
    std::snprintf(product, sizeof product, "%x/%x/100", spec_.vendor_id, spec_.product_id);
    std::snprintf(vendor_id, sizeof vendor_id, "%04x", spec_.vendor_id);
    std::snprintf(product_id, sizeof product_id, "%04x", spec_.product_id);
    return std::string("P: /devices/usb1\n") + "N: bus/usb/001/001\n" + "E: SUBSYSTEM=usb\n" + "E: DRIVER=usb\n" +
           "E: BUSNUM=001\n" + "E: DEVNUM=001\n" + "E: DEVNAME=/dev/bus/usb/001/001\n" + "E: DEVTYPE=usb_device\n" +
           "E: PRODUCT=" + product + "\n" + "A: idVendor=" + vendor_id + "\\n\n" + "A: idProduct=" + product_id +
           "\\n\n" + "A: bConfigurationValue=1\\n\n" + "A: busnum=1\\n\n" + "A: devnum=1\\n\n" + "A: speed=12\\n\n" +
           "H: descriptors=" + spec_.descriptors + "\n";
  }

  static gboolean on_ioctl(UMockdevIoctlBase*, UMockdevIoctlClient* client, gpointer self) {
    return static_cast<UmockdevUsbDevice*>(self)->handle(client);
  }

  static void complete(UMockdevIoctlClient* client, bool ok, int error) {
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
      case USBDEVFS_GETDRIVER:
      case USBDEVFS_IOCTL:
      case USBDEVFS_DISCONNECT_CLAIM: return kernel_driver_request(client, request, arg);
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

  // Which kernel driver holds interface 0, and libusb detaching or re-attaching it.
  gboolean kernel_driver_request(UMockdevIoctlClient* client, unsigned long request, UMockdevIoctlData* arg) {
    if (!spec_.kernel_driver) {
      if (request == USBDEVFS_DISCONNECT_CLAIM) return FALSE;
      complete(client, false, ENODATA);  // no driver is bound to this interface
      return TRUE;
    }
    switch (request) {
      case USBDEVFS_GETDRIVER: {
        UMockdevIoctlData* d = umockdev_ioctl_data_resolve(arg, 0, sizeof(usbdevfs_getdriver), nullptr);
        auto* g = reinterpret_cast<usbdevfs_getdriver*>(d->data);
        const bool bound = g->interface == 0 && !detached_;
        if (bound) std::snprintf(g->driver, sizeof g->driver, "%s", spec_.kernel_driver);
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
      default: {  // USBDEVFS_IOCTL carrying USBDEVFS_DISCONNECT / USBDEVFS_CONNECT for one interface
        UMockdevIoctlData* d = umockdev_ioctl_data_resolve(arg, 0, sizeof(usbdevfs_ioctl), nullptr);
        const auto* io = reinterpret_cast<usbdevfs_ioctl*>(d->data);
        const bool connect = io->ioctl_code == static_cast<int>(USBDEVFS_CONNECT);
        driver_requests_.push_back(std::string(connect ? "attach " : "detach ") + std::to_string(io->ifno));
        detached_ = !connect;
        umockdev_ioctl_data_unref(d);
        complete(client, !unplugged_, ENODEV);
        return TRUE;
      }
    }
  }

  // OUT transfers are done at once (the bytes handed to the device); IN transfers wait in flight
  // until the device has something to send.
  gboolean submit(UMockdevIoctlClient* client, UMockdevIoctlData* arg) {
    if (unplugged_) {
      complete(client, false, ENODEV);
      return TRUE;
    }
    UMockdevIoctlData* urb_data = umockdev_ioctl_data_resolve(arg, 0, sizeof(usbdevfs_urb), nullptr);
    auto* urb = reinterpret_cast<usbdevfs_urb*>(urb_data->data);
    UMockdevIoctlData* buffer =
        umockdev_ioctl_data_resolve(urb_data, G_STRUCT_OFFSET(usbdevfs_urb, buffer), urb->buffer_length, nullptr);
    switch (endpoints_.check(*urb)) {
      case EmulatedEndpoints::Urb::Ignore: umockdev_ioctl_data_unref(urb_data); return FALSE;
      case EmulatedEndpoints::Urb::Refuse:
        umockdev_ioctl_data_unref(urb_data);
        complete(client, false, EINVAL);
        return TRUE;
      case EmulatedEndpoints::Urb::Accept: break;
    }
    ++submitted_[urb->endpoint];
    if ((urb->endpoint & 0x80) == 0) {
      if (buffer)
        endpoints_.received(urb->endpoint, std::span(static_cast<const std::uint8_t*>(buffer->data),
                                                     static_cast<std::size_t>(urb->buffer_length)));
      urb->actual_length = urb->buffer_length;
      urb->status = 0;
      done_.push_back(urb_data);
    } else {
      flying_.push_back(urb_data);
    }
    complete(client, true, 0);
    return TRUE;
  }

  gboolean reap(UMockdevIoctlClient* client, UMockdevIoctlData* arg) {
    UMockdevIoctlData* ready = nullptr;
    if (!done_.empty()) {
      ready = done_.front();
      done_.pop_front();
    } else {
      for (auto it = flying_.begin(); it != flying_.end(); ++it) {
        auto* urb = reinterpret_cast<usbdevfs_urb*>((*it)->data);
        auto bytes = endpoints_.to_send(urb->endpoint, static_cast<std::size_t>(urb->buffer_length));
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

  EmulatedEndpoints& endpoints_;
  UsbDeviceSpec spec_;
  UMockdevTestbed* testbed_ = nullptr;
  UMockdevIoctlBase* handler_ = nullptr;
  std::atomic<bool> stop_{false};
  std::thread pump_;

  std::mutex mutex_;
  bool unplugged_ = false;
  bool detached_ = false;
  std::list<UMockdevIoctlData*> flying_;  // IN URBs waiting for bytes from the device
  std::deque<UMockdevIoctlData*> done_;   // URBs ready to be reaped
  std::map<std::uint8_t, int> submitted_;
  std::vector<std::string> driver_requests_;
};

}  // namespace test
