#include "app/slip/print_once.h"

#include "devices/printer/printer_usb_rules.h"
#include "devices/printer/simulator.h"
#include "devices/usb/usb_context.h"
#include "devices/usb/usb_device_source.h"
#include "devices/usb/usb_registry.h"

namespace app::slip {

base::Result<devices::printer::JobOutcome> print_once(std::span<const std::uint8_t> bytes, PrinterChoice choice) {
  namespace pr = devices::printer;
  std::shared_ptr<devices::TransportSource> source;
  if (choice == PrinterChoice::Usb) {
    auto usb = devices::usb::UsbContext::create();
    if (!usb) return usb.error();
    auto registry = devices::usb::UsbRegistry::defaults();
    pr::add_printer_rules(registry);
    source = std::make_shared<devices::usb::UsbDeviceSource>(*usb, registry, base::DeviceKind::Printer);
  } else {
    auto sim = std::make_shared<pr::SimulatedPrinter>();
    if (choice == PrinterChoice::SimulatedPaperOut) {
      pr::PrinterCondition empty;
      empty.paper = pr::PaperLevel::Out;
      empty.stopped_at_paper_end = true;
      sim->set_condition(empty);
    }
    source = sim;
  }
  auto link = source->open(kPrinterWait);
  if (!link) {
    const std::string why = source->last_problem();
    return base::Error{"no receipt printer found (" + source->describe() + (why.empty() ? "" : ": " + why) + ")"};
  }
  return pr::run_print_job(*link, bytes, pr::PrinterTiming{});
}

}  // namespace app::slip
