#pragma once
// Which USB devices are scanners. Only by VID:PID: a keyboard-wedge scanner is an ordinary HID boot
// keyboard, so matching by interface class would also take the kiosk's real keyboard away from
// the desktop. Config binds more scanners by VID:PID (scanner.usb_ids in the lead's config).
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include "base/result.h"
#include "devices/scanner/protocol_types.h"
#include "devices/usb/usb_registry.h"

namespace devices::scanner {

// UsbRule::driver names, one per interface kind.
inline constexpr std::string_view kDriverKeyboard = "scanner-keyboard";
inline constexpr std::string_view kDriverHidPos = "scanner-hidpos";
inline constexpr std::string_view kDriverSerial = "scanner-serial";

struct KnownScanner {
  std::uint16_t vendor_id = 0, product_id = 0;
  ScannerInterface interface = ScannerInterface::BootKeyboard;
  std::string_view description;
};

// Scanners we know by id (keyboard-wedge mode unless noted).
std::span<const KnownScanner> known_scanners();

std::string_view driver_name(ScannerInterface interface);
std::optional<ScannerInterface> interface_for_driver(std::string_view driver);

// A registry rule claiming that device as a scanner; the HID (class 3) or CDC data interface is
// the one claimed.
devices::usb::UsbRule scanner_rule(const KnownScanner& scanner);

// A scanner bound in config: "05e0:1200" (keyboard wedge) or "05e0:1200:hidpos" (also ":keyboard",
// ":serial"). Error names what is wrong.
base::Result<KnownScanner> parse_scanner_binding(std::string_view text);

// Adds known_scanners() to `registry`.
void add_known_scanners(devices::usb::UsbRegistry& registry);

}  // namespace devices::scanner
