#include "devices/usb/usb_context.h"

#include <libusb.h>

namespace devices::usb {

namespace {
// How long one libusb_handle_events call may block; bounds how long shutdown waits.
constexpr int kEventSliceMs = 100;

int hotplug_trampoline(libusb_context*, libusb_device* device, libusb_hotplug_event event, void* self) {
  static_cast<UsbContext*>(self)->dispatch(event == LIBUSB_HOTPLUG_EVENT_DEVICE_ARRIVED, device);
  return 0;  // stay registered
}
}  // namespace

base::Result<std::shared_ptr<UsbContext>> UsbContext::create() {
  libusb_context* ctx = nullptr;
  if (int rc = libusb_init(&ctx); rc != 0) return base::Error{std::string("libusb_init: ") + libusb_error_name(rc)};
  std::shared_ptr<UsbContext> self(new UsbContext(ctx));
  if (libusb_has_capability(LIBUSB_CAP_HAS_HOTPLUG)) {
    libusb_hotplug_callback_handle handle = 0;
    const int rc = libusb_hotplug_register_callback(
        ctx,
        static_cast<libusb_hotplug_event>(LIBUSB_HOTPLUG_EVENT_DEVICE_ARRIVED | LIBUSB_HOTPLUG_EVENT_DEVICE_LEFT),
        LIBUSB_HOTPLUG_NO_FLAGS, LIBUSB_HOTPLUG_MATCH_ANY, LIBUSB_HOTPLUG_MATCH_ANY, LIBUSB_HOTPLUG_MATCH_ANY,
        hotplug_trampoline, self.get(), &handle);
    if (rc == LIBUSB_SUCCESS) self->hotplug_handle_ = handle;
  }
  self->events_ = std::thread([raw = self.get()] { raw->run_events(); });
  return self;
}

UsbContext::UsbContext(libusb_context* ctx) : ctx_(ctx) {}

UsbContext::~UsbContext() {
  stopping_ = true;
  if (hotplug_handle_) libusb_hotplug_deregister_callback(ctx_, hotplug_handle_);  // wakes the event loop
  libusb_interrupt_event_handler(ctx_);
  if (events_.joinable()) events_.join();
  libusb_exit(ctx_);
}

void UsbContext::run_events() {
  while (!stopping_) {
    timeval tv{0, kEventSliceMs * 1000};
    libusb_handle_events_timeout_completed(ctx_, &tv, nullptr);
  }
}

int UsbContext::add_hotplug_listener(HotplugListener listener) {
  std::lock_guard lock(listeners_mutex_);
  listeners_[next_listener_id_] = std::move(listener);
  return next_listener_id_++;
}

void UsbContext::remove_hotplug_listener(int id) {
  std::lock_guard lock(listeners_mutex_);
  listeners_.erase(id);
}

void UsbContext::dispatch(bool arrived, libusb_device* device) {
  std::lock_guard lock(listeners_mutex_);
  for (auto& [id, l] : listeners_) l(arrived, device);
}

}  // namespace devices::usb
