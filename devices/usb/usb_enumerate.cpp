#include "devices/usb/usb_enumerate.h"

#include <libusb.h>

namespace devices::usb {

base::Result<UsbDeviceInfo> describe_usb_device(libusb_device* device) {
  libusb_device_descriptor dd{};
  if (int rc = libusb_get_device_descriptor(device, &dd); rc != 0)
    return base::Error{std::string("device descriptor: ") + libusb_error_name(rc)};
  UsbDeviceInfo info;
  info.bus = libusb_get_bus_number(device);
  info.address = libusb_get_device_address(device);
  info.vendor_id = dd.idVendor;
  info.product_id = dd.idProduct;
  libusb_config_descriptor* cfg = nullptr;
  if (libusb_get_active_config_descriptor(device, &cfg) != 0 && dd.bNumConfigurations > 0)
    libusb_get_config_descriptor(device, 0, &cfg);
  if (!cfg) return info;  // no configuration readable: still list the device
  for (int i = 0; i < cfg->bNumInterfaces; ++i) {
    const auto& iface = cfg->interface[i];
    if (iface.num_altsetting < 1) continue;
    const auto& alt = iface.altsetting[0];
    UsbInterfaceInfo ii;
    ii.number = alt.bInterfaceNumber;
    ii.interface_class = alt.bInterfaceClass;
    ii.interface_subclass = alt.bInterfaceSubClass;
    ii.interface_protocol = alt.bInterfaceProtocol;
    for (int e = 0; e < alt.bNumEndpoints; ++e) {
      const auto& ep = alt.endpoint[e];
      ii.endpoints.push_back({ep.bEndpointAddress, ep.bmAttributes, ep.wMaxPacketSize});
    }
    info.interfaces.push_back(std::move(ii));
  }
  libusb_free_config_descriptor(cfg);
  return info;
}

base::Result<std::vector<UsbDeviceInfo>> list_usb_devices(libusb_context* ctx) {
  libusb_context* own = nullptr;
  if (!ctx) {
    if (int rc = libusb_init(&own); rc != 0) return base::Error{std::string("libusb_init: ") + libusb_error_name(rc)};
    ctx = own;
  }
  std::vector<UsbDeviceInfo> out;
  libusb_device** list = nullptr;
  const ssize_t n = libusb_get_device_list(ctx, &list);
  for (ssize_t i = 0; i < n; ++i)
    if (auto d = describe_usb_device(list[i])) out.push_back(std::move(*d));
  if (list) libusb_free_device_list(list, 1);
  if (own) libusb_exit(own);
  if (n < 0) return base::Error{std::string("listing USB devices: ") + libusb_error_name(static_cast<int>(n))};
  return out;
}

}  // namespace devices::usb
