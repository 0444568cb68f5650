#include "devices/scanner/scanner_usb_rules.h"

#include <array>
#include <string>

namespace devices::scanner {
namespace {

constexpr std::uint8_t kHidClass = 0x03;
constexpr std::uint8_t kCdcDataClass = 0x0A;

constexpr std::array kKnown = {
    KnownScanner{0x05e0, 0x1200, ScannerInterface::BootKeyboard, "Symbol/Zebra scanner, HID keyboard emulation"},
    KnownScanner{0x0c2e, 0x1001, ScannerInterface::BootKeyboard, "Honeywell scanner, HID keyboard"},
};

}  // namespace

std::span<const KnownScanner> known_scanners() { return kKnown; }

std::string_view driver_name(ScannerInterface interface) {
  switch (interface) {
    case ScannerInterface::BootKeyboard: return kDriverKeyboard;
    case ScannerInterface::HidPos: return kDriverHidPos;
    case ScannerInterface::Serial: return kDriverSerial;
  }
  return kDriverKeyboard;
}

std::optional<ScannerInterface> interface_for_driver(std::string_view driver) {
  if (driver == kDriverKeyboard) return ScannerInterface::BootKeyboard;
  if (driver == kDriverHidPos) return ScannerInterface::HidPos;
  if (driver == kDriverSerial) return ScannerInterface::Serial;
  return std::nullopt;
}

devices::usb::UsbRule scanner_rule(const KnownScanner& s) {
  devices::usb::UsbRule r;
  r.vendor_id = s.vendor_id;
  r.product_id = s.product_id;
  r.interface_class = s.interface == ScannerInterface::Serial ? kCdcDataClass : kHidClass;
  r.kind = base::DeviceKind::Scanner;
  r.driver = std::string(driver_name(s.interface));
  r.description = std::string(s.description);
  return r;
}

base::Result<KnownScanner> parse_scanner_binding(std::string_view text) {
  constexpr std::size_t kIdLength = 9;  // "05e0:1200"
  auto id = devices::usb::parse_usb_id(text.substr(0, kIdLength));
  if (!id) return id.error();
  KnownScanner s{id->first, id->second, ScannerInterface::BootKeyboard, "bound in config"};
  if (text.size() == kIdLength) return s;
  const std::string_view mode = text.substr(kIdLength);
  if (mode == ":keyboard") s.interface = ScannerInterface::BootKeyboard;
  else if (mode == ":hidpos") s.interface = ScannerInterface::HidPos;
  else if (mode == ":serial") s.interface = ScannerInterface::Serial;
  else return base::Error{"scanner mode after the USB id must be :keyboard, :hidpos or :serial (got \"" +
                          std::string(mode) + "\")"};
  return s;
}

void add_known_scanners(devices::usb::UsbRegistry& registry) {
  for (const auto& s : known_scanners()) registry.add(scanner_rule(s));
}

}  // namespace devices::scanner
