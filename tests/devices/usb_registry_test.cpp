#include <doctest/doctest.h>

#include "devices/usb/usb_registry.h"

using namespace devices::usb;

namespace {
UsbDeviceInfo device(std::uint16_t vid, std::uint16_t pid, std::uint8_t cls) {
  UsbDeviceInfo d;
  d.vendor_id = vid;
  d.product_id = pid;
  UsbInterfaceInfo i;
  i.number = 0;
  i.interface_class = cls;
  i.endpoints = {{0x02, 2, 64}, {0x81, 2, 64}};
  d.interfaces.push_back(i);
  return d;
}
}  // namespace

TEST_CASE("usb registry: the default ID-card readers match by VID and PID") {
  const auto r = UsbRegistry::defaults();
  for (auto [vid, pid] : {std::pair<std::uint16_t, std::uint16_t>{0x0400, 0xc35a}, {0x0316, 0x5020}}) {
    auto m = r.match(device(vid, pid, 0xFF));
    REQUIRE(m.has_value());
    CHECK(m->rule.kind == base::DeviceKind::IdCardReader);
    CHECK(m->rule.driver == "sam-bulk");
  }
  CHECK_FALSE(r.match(device(0x1234, 0x5678, 0xFF)).has_value());
}

TEST_CASE("usb registry: a class rule matches any device with such an interface and names it") {
  UsbRegistry r = UsbRegistry::defaults();
  UsbRule printer;
  printer.interface_class = 7;
  printer.kind = base::DeviceKind::Printer;
  printer.driver = "escpos";
  r.add(printer);
  auto d = device(0x0fe6, 0x811e, 7);
  d.interfaces[0].number = 1;
  auto m = r.match(d);
  REQUIRE(m.has_value());
  CHECK(m->rule.kind == base::DeviceKind::Printer);
  CHECK(m->interface_number == 1);
  CHECK(r.match(device(0x0400, 0xc35a, 7))->rule.kind == base::DeviceKind::IdCardReader);  // VID:PID wins
}

TEST_CASE("usb registry: USB ids parse from text") {
  auto id = parse_usb_id("0400:C35A");
  REQUIRE(id.ok());
  CHECK(id->first == 0x0400);
  CHECK(id->second == 0xc35a);
  CHECK(parse_usb_id("0400c35a").error().message == "USB id must look like 0400:c35a (got \"0400c35a\")");
  CHECK_FALSE(parse_usb_id("04g0:c35a").ok());
}
