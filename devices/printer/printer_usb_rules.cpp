#include "devices/printer/printer_usb_rules.h"

namespace devices::printer {

devices::usb::UsbRule printer_class_rule() {
  devices::usb::UsbRule r;
  r.interface_class = kUsbPrinterClass;
  r.interface_subclass = kUsbPrinterSubclass;
  r.kind = base::DeviceKind::Printer;
  r.driver = kDriverEscPosUsb;
  r.frame_style = devices::usb::FrameStyle::WholeFrame;
  r.description = "USB printer class (ESC/POS receipt printer)";
  return r;
}

void add_printer_rules(devices::usb::UsbRegistry& registry) { registry.add(printer_class_rule()); }

}  // namespace devices::printer
