#include "devices/scanner/scanner_usb_rules.h"

#include <doctest/doctest.h>

using namespace devices::scanner;
using devices::usb::UsbDeviceInfo;
using devices::usb::UsbInterfaceInfo;

namespace {
// A composite scanner: interface 0 vendor-specific (configuration), interface 1 HID keyboard.
UsbDeviceInfo composite(std::uint16_t vid, std::uint16_t pid) {
  UsbDeviceInfo d;
  d.vendor_id = vid;
  d.product_id = pid;
  d.interfaces.push_back(UsbInterfaceInfo{0, 0xFF, 0, 0, {}});
  d.interfaces.push_back(UsbInterfaceInfo{1, 0x03, 0x01, 0x01, {{0x81, 0x03, 8}}});
  return d;
}
}  // namespace

TEST_CASE("scanner: known scanners match by VID:PID and claim the HID interface") {
  auto registry = devices::usb::UsbRegistry::defaults();
  add_known_scanners(registry);
  auto m = registry.match(composite(0x05e0, 0x1200));
  REQUIRE(m.has_value());
  CHECK(m->rule.kind == base::DeviceKind::Scanner);
  CHECK(m->interface_number == 1);
  CHECK(interface_for_driver(m->rule.driver) == ScannerInterface::BootKeyboard);
}

TEST_CASE("scanner: an ordinary keyboard is never taken for a scanner") {
  auto registry = devices::usb::UsbRegistry::defaults();
  add_known_scanners(registry);
  CHECK_FALSE(registry.match(composite(0x046d, 0xc31c)).has_value());  // some desktop keyboard
}

TEST_CASE("scanner: config can bind a HID POS or serial scanner by id") {
  devices::usb::UsbRegistry registry;
  registry.add(scanner_rule({0x1234, 0x5678, ScannerInterface::HidPos, "configured"}));
  auto d = composite(0x1234, 0x5678);
  auto m = registry.match(d);
  REQUIRE(m.has_value());
  CHECK(interface_for_driver(m->rule.driver) == ScannerInterface::HidPos);
  CHECK(interface_for_driver("sam-bulk") == std::nullopt);
  for (auto i : {ScannerInterface::BootKeyboard, ScannerInterface::HidPos, ScannerInterface::Serial}) {
    CHECK(interface_for_driver(driver_name(i)) == i);
  }
}

TEST_CASE("scanner: config bindings name a USB id and optionally the mode") {
  auto k = parse_scanner_binding("05e0:1200");
  REQUIRE(k.ok());
  CHECK(k->vendor_id == 0x05e0);
  CHECK(k->product_id == 0x1200);
  CHECK(k->interface == ScannerInterface::BootKeyboard);
  auto p = parse_scanner_binding("0c2e:0b87:hidpos");
  REQUIRE(p.ok());
  CHECK(p->interface == ScannerInterface::HidPos);
  CHECK(parse_scanner_binding("1a86:7523:serial")->interface == ScannerInterface::Serial);
  auto bad_mode = parse_scanner_binding("05e0:1200:pos");
  REQUIRE_FALSE(bad_mode.ok());
  CHECK(bad_mode.error().message.find(":hidpos") != std::string::npos);
  CHECK_FALSE(parse_scanner_binding("05e0-1200").ok());
  CHECK_FALSE(parse_scanner_binding("").ok());
}
