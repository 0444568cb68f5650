#include "devices/usb/usb_device_source.h"

#include <libusb.h>

#include "devices/usb/usb_enumerate.h"

namespace devices::usb {

UsbDeviceSource::UsbDeviceSource(std::shared_ptr<UsbContext> context, UsbRegistry registry, base::DeviceKind kind)
    : context_(std::move(context)), registry_(std::move(registry)), kind_(kind) {
  listener_ = context_->add_hotplug_listener([this](bool arrived, libusb_device* d) { on_hotplug(arrived, d); });
}

UsbDeviceSource::~UsbDeviceSource() { context_->remove_hotplug_listener(listener_); }

std::string UsbDeviceSource::describe() const { return "USB " + std::string(base::device_kind_key(kind_)); }

std::string UsbDeviceSource::last_problem() const {
  std::lock_guard lock(mutex_);
  return last_problem_;
}

void UsbDeviceSource::cancel() {
  {
    std::lock_guard lock(mutex_);
    cancelled_ = true;
  }
  changed_.notify_all();
}

// On the libusb event thread: only note and wake, never block.
void UsbDeviceSource::on_hotplug(bool arrived, libusb_device* device) {
  std::shared_ptr<UsbTransport> open_now;
  {
    std::lock_guard lock(mutex_);
    if (arrived) arrival_ = true;
    else open_now = current_.lock();
  }
  if (open_now && open_now->is_device(device)) open_now->close();
  if (arrived) changed_.notify_all();
}

std::shared_ptr<Transport> UsbDeviceSource::try_open() {
  libusb_device** list = nullptr;
  const ssize_t n = libusb_get_device_list(context_->get(), &list);
  std::shared_ptr<UsbTransport> opened;
  std::string problem = "no matching device";
  for (ssize_t i = 0; i < n && !opened; ++i) {
    auto info = describe_usb_device(list[i]);
    if (!info) continue;
    auto match = registry_.match(*info);
    if (!match || match->rule.kind != kind_) continue;
    auto t = UsbTransport::open(list[i], *info, *match);
    if (t) opened = *t;
    else problem = t.error().message;
  }
  if (list) libusb_free_device_list(list, 1);
  std::lock_guard lock(mutex_);
  current_ = opened;
  last_problem_ = opened ? std::string() : problem;
  return opened;
}

std::shared_ptr<Transport> UsbDeviceSource::open(std::chrono::milliseconds wait) {
  {
    std::lock_guard lock(mutex_);
    arrival_ = false;
  }
  if (auto t = try_open()) return t;
  std::unique_lock lock(mutex_);
  // Without hot-plug support, the wait simply paces re-scans.
  changed_.wait_for(lock, wait, [&] { return arrival_ || cancelled_; });
  if (cancelled_) {
    cancelled_ = false;
    return nullptr;
  }
  if (!arrival_) return nullptr;
  lock.unlock();
  return try_open();
}

}  // namespace devices::usb
