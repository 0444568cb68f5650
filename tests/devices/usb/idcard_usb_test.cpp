// The real libusb path: our UsbContext / UsbDeviceSource / UsbTransport and the ID-card driver
// talking to an emulated 0400:c35a reader under umockdev (runs under umockdev-wrapper).
#include <doctest/doctest.h>

#include <cstdio>
#include <string>

#include "devices/idcard/driver.h"
#include "devices/idcard/sample_cards.h"
#include "devices/event_log.h"
#include "devices/usb/umockdev_sam_reader.h"
#include "devices/usb/usb_device_source.h"
#include "devices/usb/usb_enumerate.h"

using namespace devices;
using namespace std::chrono_literals;

namespace {
using ReaderEventLog = test::EventLog<idcard::IdCardReaderEvent>;

idcard::IdCardReaderOptions fast_options() {
  idcard::IdCardReaderOptions o;
  o.poll_period = 20ms;
  o.reply_timeout = 300ms;
  o.read_timeout = 1000ms;
  o.reconnect_wait = 100ms;
  return o;
}
}  // namespace

TEST_CASE("usb: the emulated 0400:c35a reader is enumerated and matched to the ID-card driver") {
  test::UmockdevSamReader device;
  REQUIRE(umockdev_in_mock_environment());
  auto list = usb::list_usb_devices();
  REQUIRE(list.ok());
  REQUIRE(list->size() == 1);
  const auto& d = list->front();
  CHECK(d.id() == "0400:c35a");
  REQUIRE(d.interfaces.size() == 1);
  CHECK(d.interfaces[0].interface_class == 0xFF);
  CHECK(d.interfaces[0].endpoints.size() == 4);
  auto m = usb::UsbRegistry::defaults().match(d);
  REQUIRE(m.has_value());
  CHECK(m->rule.kind == base::DeviceKind::IdCardReader);
  CHECK(m->interface_number == 0);
}

TEST_CASE("usb: a full find select read conversation through libusb presents the card") {
  test::UmockdevSamReader device;
  auto ctx = usb::UsbContext::create();
  REQUIRE(ctx.ok());
  auto source = std::make_shared<usb::UsbDeviceSource>(*ctx, usb::UsbRegistry::defaults(), base::DeviceKind::IdCardReader);
  ReaderEventLog events;
  idcard::IdCardReader reader(source, fast_options(), std::ref(events));
  reader.start();
  const bool connected = events.wait_count<idcard::ReaderConnected>(1);
  INFO(source->last_problem());
  REQUIRE(connected);
  CHECK(events.last<idcard::ReaderConnected>().reader.find("0400:c35a") != std::string::npos);

  device.simulator().place(idcard::sample_cards()[0]);
  REQUIRE(events.wait_count<idcard::CardPresented>(1));
  const auto card = events.last<idcard::CardPresented>().card;
  CHECK(card.name == "张𠀾");
  CHECK(card.id_number == "11010519491231002X");
  CHECK(card.photo.size() == 1024);
  CHECK(device.simulator().commands_seen(idcard::SamCommand::FindCard) >= 1);
  CHECK(device.simulator().commands_seen(idcard::SamCommand::SelectCard) >= 1);
  CHECK(device.simulator().commands_seen(idcard::SamCommand::ReadTextPhoto) == 1);
  CHECK(device.out_transfers(0x06) == 0);  // whole frames on the first pipe

  device.simulator().remove();
  REQUIRE(events.wait_count<idcard::CardRemoved>(1));
  reader.stop();
}

TEST_CASE("usb: unplugging and replugging the reader while polling reconnects without a restart") {
  test::UmockdevSamReader device;
  auto ctx = usb::UsbContext::create();
  REQUIRE(ctx.ok());
  REQUIRE((*ctx)->hotplug_supported());
  auto source = std::make_shared<usb::UsbDeviceSource>(*ctx, usb::UsbRegistry::defaults(), base::DeviceKind::IdCardReader);
  ReaderEventLog events;
  idcard::IdCardReader reader(source, fast_options(), std::ref(events));
  reader.start();
  REQUIRE(events.wait_count<idcard::ReaderConnected>(1));
  device.simulator().place(idcard::sample_cards()[1]);
  REQUIRE(events.wait_count<idcard::CardPresented>(1));

  device.unplug();
  REQUIRE(events.wait_count<idcard::ReaderDisconnected>(1));
  CHECK(events.count<idcard::CardRemoved>() == 1);

  device.plug();
  REQUIRE(events.wait_count<idcard::ReaderConnected>(2, 5s));
  REQUIRE(events.wait_count<idcard::CardPresented>(2));
  CHECK(events.last<idcard::CardPresented>().card.pass_number == "H60123456");
  reader.stop();
}

TEST_CASE("usb: a reader that splits header and body over two pipes is read too") {
  test::UmockdevSamReader device(usb::FrameStyle::SplitHeader);
  auto ctx = usb::UsbContext::create();
  REQUIRE(ctx.ok());
  usb::UsbRegistry registry;
  usb::UsbRule rule;
  rule.vendor_id = 0x0400;
  rule.product_id = 0xc35a;
  rule.kind = base::DeviceKind::IdCardReader;
  rule.driver = "sam-bulk";
  rule.frame_style = usb::FrameStyle::SplitHeader;
  registry.add(rule);
  auto source = std::make_shared<usb::UsbDeviceSource>(*ctx, registry, base::DeviceKind::IdCardReader);
  ReaderEventLog events;
  idcard::IdCardReader reader(source, fast_options(), std::ref(events));
  reader.start();
  REQUIRE(events.wait_count<idcard::ReaderConnected>(1));
  device.simulator().place(idcard::sample_cards()[3]);
  REQUIRE(events.wait_count<idcard::CardPresented>(1));
  CHECK(events.last<idcard::CardPresented>().card.english_name == "MUELLER-LUEDENSCHEIDT, HANS PETER ALEXANDER");
  CHECK(device.out_transfers(0x06) >= 3);  // the body of every command went to the second pipe
  CHECK(device.out_transfers(0x02) == device.out_transfers(0x06));
  reader.stop();
}

TEST_CASE("usb: a stalled reply times out through libusb and the next card still reads") {
  test::UmockdevSamReader device;
  auto ctx = usb::UsbContext::create();
  REQUIRE(ctx.ok());
  auto source = std::make_shared<usb::UsbDeviceSource>(*ctx, usb::UsbRegistry::defaults(), base::DeviceKind::IdCardReader);
  ReaderEventLog events;
  auto o = fast_options();
  o.read_timeout = 400ms;
  idcard::IdCardReader reader(source, o, std::ref(events));
  reader.start();
  REQUIRE(events.wait_count<idcard::ReaderConnected>(1));
  device.simulator().delay_replies(600ms, 2, idcard::SamCommand::ReadTextPhoto);
  device.simulator().place(idcard::sample_cards()[2]);
  REQUIRE(events.wait_count<idcard::ReadFailed>(1));
  CHECK(events.last<idcard::ReadFailed>().reason.rfind("timeout", 0) == 0);
  REQUIRE(events.wait_count<idcard::CardPresented>(1, 5s));
  CHECK(events.last<idcard::CardPresented>().card.english_name == "SMITH, JOHN");
  CHECK(events.count<idcard::ReaderDisconnected>() == 0);
  reader.stop();
}

#ifdef ONEWINDOW_BINARY
TEST_CASE("usb: onewindow devices lists the emulated reader with the ID-card driver") {
  // The child inherits umockdev's LD_PRELOAD and testbed directory, so it sees the same device.
  test::UmockdevSamReader device;
  const std::string cmd = std::string(ONEWINDOW_BINARY) + " devices 2>/dev/null";
  FILE* p = ::popen(cmd.c_str(), "r");
  REQUIRE(p != nullptr);
  std::string out;
  char buf[512];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  CHECK(::pclose(p) == 0);
  CHECK(out == "0400:c35a  bus 1 addr 1  idcard: sam-bulk (SAM ID-card reader (vendor bulk), interface 0)\n");
}
#endif
