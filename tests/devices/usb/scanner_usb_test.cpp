// The real libusb path for a keyboard-wedge scanner: UsbContext / UsbDeviceSource / UsbTransport and
// the scanner driver against an emulated 05e0:1200 HID scanner under umockdev (umockdev-wrapper).
#include <doctest/doctest.h>

#include <chrono>
#include <vector>

#include "devices/event_log.h"
#include "devices/scanner/driver.h"
#include "devices/scanner/scanner_usb_rules.h"
#include "devices/usb/umockdev_hid_scanner.h"
#include "devices/usb/usb_device_source.h"
#include "devices/usb/usb_enumerate.h"

using namespace std::chrono_literals;

namespace {

const std::string kPayload = "OW1:320102-01-20261123-0042:JZNVGRFPYE3ARMOL";

using ScannerEvents = test::EventLog<devices::scanner::ScannerEvent>;

devices::usb::UsbRegistry scanner_registry() {
  auto r = devices::usb::UsbRegistry::defaults();
  devices::scanner::add_known_scanners(r);
  return r;
}

devices::scanner::ScannerDriverOptions fast_options() {
  return {.interface = devices::scanner::ScannerInterface::BootKeyboard, .read_timeout = 20ms, .reconnect_wait = 100ms};
}

}  // namespace

TEST_CASE("usb scanner: the emulated HID scanner is enumerated and matched to the scanner driver") {
  test::UmockdevHidScanner device;
  REQUIRE(umockdev_in_mock_environment());
  auto list = devices::usb::list_usb_devices();
  REQUIRE(list.ok());
  REQUIRE(list->size() == 1);
  const auto& d = list->front();
  CHECK(d.id() == "05e0:1200");
  REQUIRE(d.interfaces.size() == 1);
  CHECK(d.interfaces[0].interface_class == 0x03);
  REQUIRE(d.interfaces[0].endpoints.size() == 1);
  CHECK(d.interfaces[0].endpoints[0].is_interrupt());
  CHECK(d.interfaces[0].endpoints[0].is_in());
  auto m = scanner_registry().match(d);
  REQUIRE(m.has_value());
  CHECK(m->rule.kind == base::DeviceKind::Scanner);
  CHECK(devices::scanner::interface_for_driver(m->rule.driver) == devices::scanner::ScannerInterface::BootKeyboard);
}

TEST_CASE("usb scanner: a scan through libusb interrupt transfers arrives as CodeScanned, usbhid detached") {
  test::UmockdevHidScanner device;
  auto ctx = devices::usb::UsbContext::create();
  REQUIRE(ctx.ok());
  auto source = std::make_shared<devices::usb::UsbDeviceSource>(*ctx, scanner_registry(), base::DeviceKind::Scanner);
  ScannerEvents events;
  devices::scanner::ScannerDriver driver(source, fast_options(), std::ref(events));
  driver.start();
  const bool connected = events.wait_count<devices::scanner::ScannerConnected>(1);
  INFO(source->last_problem());
  REQUIRE(connected);
  CHECK(events.last<devices::scanner::ScannerConnected>().scanner.find("05e0:1200") != std::string::npos);

  REQUIRE(device.simulator().scan({.text = kPayload, .aim_prefix = "]Q1", .report_interval = 1ms}).ok());
  REQUIRE(events.wait_count<devices::scanner::CodeScanned>(1));
  CHECK(events.last<devices::scanner::CodeScanned>().text == kPayload);
  CHECK(events.last<devices::scanner::CodeScanned>().symbology == "]Q1");
  CHECK(device.interrupt_urbs() > 0);

  driver.stop();  // releases the interface: usbhid gets it back
  const auto requests = device.driver_requests();
  REQUIRE_FALSE(requests.empty());
  CHECK(requests.front() == "detach 0");
  CHECK(requests.back() == "attach 0");
}

TEST_CASE("usb scanner: unplug reports disconnected, replug reconnects and scans again") {
  test::UmockdevHidScanner device;
  auto ctx = devices::usb::UsbContext::create();
  REQUIRE(ctx.ok());
  REQUIRE((*ctx)->hotplug_supported());
  auto source = std::make_shared<devices::usb::UsbDeviceSource>(*ctx, scanner_registry(), base::DeviceKind::Scanner);
  ScannerEvents events;
  devices::scanner::ScannerDriver driver(source, fast_options(), std::ref(events));
  driver.start();
  REQUIRE(events.wait_count<devices::scanner::ScannerConnected>(1));

  device.unplug();
  REQUIRE(events.wait_count<devices::scanner::ScannerDisconnected>(1));

  device.plug();
  REQUIRE(events.wait_count<devices::scanner::ScannerConnected>(2));
  REQUIRE(device.simulator().scan({.text = "after replug", .report_interval = 1ms}).ok());
  REQUIRE(events.wait_count<devices::scanner::CodeScanned>(1));
  CHECK(events.last<devices::scanner::CodeScanned>().text == "after replug");
  driver.stop();
}

TEST_CASE("usb scanner: a HID POS scanner bound by config sends a long code in 64-byte reports") {
  test::UmockdevHidScanner device(devices::scanner::ScannerInterface::HidPos);
  auto ctx = devices::usb::UsbContext::create();
  REQUIRE(ctx.ok());
  auto registry = scanner_registry();
  registry.add(devices::scanner::scanner_rule({0x1234, 0x5678, devices::scanner::ScannerInterface::HidPos, "configured HID POS"}));
  auto source = std::make_shared<devices::usb::UsbDeviceSource>(*ctx, registry, base::DeviceKind::Scanner);
  ScannerEvents events;
  auto options = fast_options();
  options.interface = devices::scanner::ScannerInterface::HidPos;
  devices::scanner::ScannerDriver driver(source, options, std::ref(events));
  driver.start();
  const bool connected = events.wait_count<devices::scanner::ScannerConnected>(1);
  INFO(source->last_problem());
  REQUIRE(connected);
  const std::string long_code = kPayload + "/" + std::string(100, 'X');  // three reports
  REQUIRE(device.simulator().scan({.text = long_code, .aim_prefix = "]Q1", .report_interval = 1ms}).ok());
  REQUIRE(events.wait_count<devices::scanner::CodeScanned>(1));
  CHECK(events.last<devices::scanner::CodeScanned>().text == long_code);
  CHECK(events.last<devices::scanner::CodeScanned>().symbology == "]Q1");
  CHECK(device.interrupt_urbs() >= 3);
  driver.stop();
}
