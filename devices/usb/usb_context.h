#pragma once
// One libusb context for the whole program, with its event thread: hot-plug callbacks and
// asynchronous completions are dispatched there. Drivers open devices through it; their own
// (synchronous) transfers run on their own threads.
#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

#include "base/result.h"

struct libusb_context;
struct libusb_device;

namespace devices::usb {

class UsbContext {
 public:
  // Called on the libusb event thread when a device arrives (true) or leaves (false). Must not
  // block: note what happened and return.
  using HotplugListener = std::function<void(bool arrived, libusb_device* device)>;

  static base::Result<std::shared_ptr<UsbContext>> create();
  ~UsbContext();
  UsbContext(const UsbContext&) = delete;
  UsbContext& operator=(const UsbContext&) = delete;

  libusb_context* get() const { return ctx_; }
  bool hotplug_supported() const { return hotplug_handle_ != 0; }

  int add_hotplug_listener(HotplugListener listener);  // returns an id for removal
  void remove_hotplug_listener(int id);

  // Delivers a hot-plug event to every listener (called from libusb's callback).
  void dispatch(bool arrived, libusb_device* device);

 private:
  explicit UsbContext(libusb_context* ctx);
  void run_events();

  libusb_context* ctx_ = nullptr;
  int hotplug_handle_ = 0;
  std::atomic<bool> stopping_{false};
  std::mutex listeners_mutex_;
  std::map<int, HotplugListener> listeners_;
  int next_listener_id_ = 1;
  std::thread events_;
};

}  // namespace devices::usb
