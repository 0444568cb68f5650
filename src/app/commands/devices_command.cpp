// `onewindow devices`: every USB device libusb sees and the driver our registry matches to it.
#include <cstdio>

#include "app/commands/arg_parser.h"
#include "app/commands/command.h"
#include "devices/scanner/scanner_usb_rules.h"
#include "devices/usb/usb_enumerate.h"
#include "devices/usb/usb_registry.h"

namespace app {

int run_devices(Args args) {
  ArgParser p(args);
  std::vector<std::string> pos;
  std::string err;
  if (!p.finish(pos, err)) return usage_error(err);
  if (!pos.empty()) return usage_error("devices takes no arguments");
  auto list = devices::usb::list_usb_devices();
  if (!list) {
    // No USB subsystem (e.g. a container) is a machine with no devices, not a failure.
    std::fprintf(stderr, "onewindow: %s\n", list.error().message.c_str());
    std::printf("no USB devices\n");
    return kExitOk;
  }
  if (list->empty()) std::printf("no USB devices\n");
  auto registry = devices::usb::UsbRegistry::defaults();
  devices::scanner::add_known_scanners(registry);
  for (const auto& d : *list) {
    auto m = registry.match(d);
    if (m)
      std::printf("%s  %s  %s: %s (%s, interface %u)\n", d.id().c_str(), d.location().c_str(),
                  std::string(base::device_kind_key(m->rule.kind)).c_str(), m->rule.driver.c_str(),
                  m->rule.description.c_str(), unsigned{m->interface_number});
    else
      std::printf("%s  %s  no driver\n", d.id().c_str(), d.location().c_str());
  }
  return kExitOk;
}

}  // namespace app
