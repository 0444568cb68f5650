// The real libusb path for receipt printers: UsbContext / UsbDeviceSource / UsbTransport and the
// PrinterDriver talking to an emulated printer-class device under umockdev (umockdev-wrapper).
#include <doctest/doctest.h>

#include <algorithm>
#include <condition_variable>
#include <mutex>

#include "devices/printer/driver.h"
#include "devices/printer/printer_usb_rules.h"
#include "devices/usb/umockdev_printer.h"
#include "devices/usb/usb_device_source.h"
#include "devices/usb/usb_enumerate.h"

using namespace std::chrono_literals;

namespace {

devices::usb::UsbRegistry printer_registry() {
  auto r = devices::usb::UsbRegistry::defaults();
  devices::printer::add_printer_rules(r);
  return r;
}

devices::printer::PrinterTiming fast_timing() {
  devices::printer::PrinterTiming t;
  t.poll_interval = 30ms;
  t.status_timeout = 500ms;
  t.write_timeout = 1000ms;
  t.open_wait = 100ms;
  t.chunk_bytes = 512;
  return t;
}

struct Log {
  std::mutex m;
  std::condition_variable cv;
  std::vector<devices::printer::JobId> done;
  std::vector<std::string> failed;
  std::vector<devices::printer::PrinterCondition> status;
  // The driver's callback: each report lands in its list.
  void operator()(const devices::printer::PrinterEvent& e) {
    std::lock_guard l(m);
    if (const auto* s = std::get_if<devices::printer::PrinterStatusChanged>(&e); s && s->connected)
      status.push_back(s->condition);
    if (const auto* d = std::get_if<devices::printer::PrintJobDone>(&e)) done.push_back(d->job);
    if (const auto* f = std::get_if<devices::printer::PrintJobFailed>(&e)) failed.push_back(f->reason);
    cv.notify_all();
  }
  template <class P>
  bool wait(P pred) {
    std::unique_lock l(m);
    return cv.wait_for(l, 5s, pred);
  }
};

devices::printer::Bytes numbered_job(int lines) {
  devices::printer::EscPosWriter w;
  w.init();
  for (int i = 0; i < lines; ++i) w.text("line " + std::to_string(i)).line_feed();
  w.cut(devices::printer::Cut::Partial);
  return w.take();
}

}  // namespace

TEST_CASE("usb printer: the emulated class-7 device is enumerated and matched to the printer driver") {
  test::UmockdevPrinter device;
  REQUIRE(umockdev_in_mock_environment());
  auto list = devices::usb::list_usb_devices();
  REQUIRE(list.ok());
  REQUIRE(list->size() == 1);
  const auto& d = list->front();
  CHECK(d.id() == "0416:5011");
  REQUIRE(d.interfaces.size() == 1);
  CHECK(d.interfaces[0].interface_class == 0x07);
  CHECK(d.interfaces[0].interface_protocol == 0x02);
  auto m = printer_registry().match(d);
  REQUIRE(m.has_value());
  CHECK(m->rule.kind == base::DeviceKind::Printer);
  CHECK(m->rule.driver == devices::printer::kDriverEscPosUsb);
}

TEST_CASE("usb printer: job bytes arrive in order over bulk OUT, status over bulk IN, then done") {
  test::UmockdevPrinter device;
  auto ctx = devices::usb::UsbContext::create();
  REQUIRE(ctx.ok());
  auto source = std::make_shared<devices::usb::UsbDeviceSource>(*ctx, printer_registry(), base::DeviceKind::Printer);
  Log log;
  devices::printer::PrinterDriver driver(source, fast_timing(), std::ref(log));
  driver.start();
  const bool connected = log.wait([&] { return !log.status.empty(); });
  INFO(source->last_problem());
  REQUIRE(connected);
  CHECK(log.status.back().ready());

  const auto job = numbered_job(300);  // several bulk OUT transfers
  const auto id = driver.submit(job);
  REQUIRE(log.wait([&] { return !log.done.empty(); }));
  CHECK(log.done[0] == id);
  const auto out = device.received();
  const auto at = std::search(out.begin(), out.end(), job.begin(), job.end());
  CHECK(at != out.end());  // the whole job, contiguous and in order
  device.simulator().with_printer([](devices::printer::VirtualPrinter& p) { CHECK(p.cut_pages() == 1); });
  driver.stop();
}

TEST_CASE("usb printer: a paper-out status stops the next job before any of its bytes are sent") {
  test::UmockdevPrinter device;
  auto ctx = devices::usb::UsbContext::create();
  REQUIRE(ctx.ok());
  auto source = std::make_shared<devices::usb::UsbDeviceSource>(*ctx, printer_registry(), base::DeviceKind::Printer);
  Log log;
  devices::printer::PrinterDriver driver(source, fast_timing(), std::ref(log));
  driver.start();
  REQUIRE(log.wait([&] { return !log.status.empty(); }));

  devices::printer::PrinterCondition out;
  out.paper = devices::printer::PaperLevel::Out;
  device.simulator().set_condition(out);
  REQUIRE(log.wait([&] { return log.status.back().paper == devices::printer::PaperLevel::Out; }));
  const auto job = numbered_job(5);
  (void)driver.submit(job);
  REQUIRE(log.wait([&] { return !log.failed.empty(); }));
  CHECK(log.failed[0] == "无法打印：缺纸");
  const auto sent = device.received();
  CHECK(std::search(sent.begin(), sent.end(), job.begin() + 2, job.end()) == sent.end());
  driver.stop();
}
