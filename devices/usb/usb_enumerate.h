#pragma once
// Lists the USB devices libusb sees, with their interfaces and endpoints, without opening them.
#include <vector>

#include "base/result.h"
#include "devices/usb/usb_registry.h"

struct libusb_context;
struct libusb_device;

namespace devices::usb {

// Uses `ctx` (nullptr: a short-lived context of its own). An empty list is not an error: a
// machine (or container) without USB simply has no devices.
base::Result<std::vector<UsbDeviceInfo>> list_usb_devices(libusb_context* ctx = nullptr);

// Describes one device from its descriptors (used by hot-plug arrival too).
base::Result<UsbDeviceInfo> describe_usb_device(libusb_device* device);

}  // namespace devices::usb
