#pragma once
// Which USB devices are receipt printers: any device with a printer-class interface (class 7,
// subclass 1). Protocol 2 (bidirectional) gives the bulk IN pipe that status replies need; a
// protocol 1 (unidirectional) printer still prints, but its status cannot be read.
#include <cstdint>

#include "devices/usb/usb_registry.h"

namespace devices::printer {

inline constexpr std::uint8_t kUsbPrinterClass = 0x07;
inline constexpr std::uint8_t kUsbPrinterSubclass = 0x01;
inline constexpr std::uint8_t kUsbPrinterBidirectional = 0x02;
inline constexpr const char* kDriverEscPosUsb = "escpos-usb";

// The class rule for printers (kind Printer, whole-frame bulk). The claimed interface is detached
// from usblp by UsbTransport::open.
devices::usb::UsbRule printer_class_rule();

// Adds printer_class_rule() to `registry`.
void add_printer_rules(devices::usb::UsbRegistry& registry);

}  // namespace devices::printer
