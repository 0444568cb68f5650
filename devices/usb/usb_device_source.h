#pragma once
// Finds and opens the USB device our registry assigns to one device kind, again after every
// unplug: a TransportSource for drivers. Hot-plug arrival wakes a waiting open() at once; removal
// closes the open transport so a blocked transfer ends immediately.
#include <condition_variable>
#include <memory>
#include <mutex>

#include "base/device_kind.h"
#include "devices/transport.h"
#include "devices/usb/usb_context.h"
#include "devices/usb/usb_registry.h"
#include "devices/usb/usb_transport.h"

namespace devices::usb {

class UsbDeviceSource final : public TransportSource {
 public:
  UsbDeviceSource(std::shared_ptr<UsbContext> context, UsbRegistry registry, base::DeviceKind kind);
  ~UsbDeviceSource() override;

  std::shared_ptr<Transport> open(std::chrono::milliseconds wait) override;
  void cancel() override;
  std::string describe() const override;

  // Why the last open() found nothing usable ("no matching device", "opening …: LIBUSB_ERROR_ACCESS").
  std::string last_problem() const override;

 private:
  std::shared_ptr<Transport> try_open();
  void on_hotplug(bool arrived, libusb_device* device);

  std::shared_ptr<UsbContext> context_;
  UsbRegistry registry_;
  base::DeviceKind kind_;
  int listener_ = 0;

  mutable std::mutex mutex_;
  std::condition_variable changed_;
  bool arrival_ = false;
  bool cancelled_ = false;
  std::weak_ptr<UsbTransport> current_;
  std::string last_problem_;
};

}  // namespace devices::usb
