#pragma once
// What the status strip shows of each device: connected or not, real or simulated, and a printer's
// trouble.
#include <string_view>

#include "base/device_kind.h"

namespace core {

using base::DeviceKind;
using base::kAllDeviceKinds;
using base::kDeviceKinds;

enum class DeviceLink { Disconnected, Connected };

// Whether a device is a simulator (demo) or real hardware, shown to staff so nobody mistakes one for
// the other.
enum class DeviceOrigin { Hardware, Simulated };

struct DeviceState {
  DeviceLink link = DeviceLink::Disconnected;
  DeviceOrigin origin = DeviceOrigin::Hardware;
  bool operator==(const DeviceState&) const = default;
};

// What keeps a connected printer from printing (or soon will), as staff need to know before they
// press 打印. Worst first when several hold.
enum class PrinterTrouble { None, PaperNearEnd, PaperOut, CoverOpen, Offline, Fault };

std::string_view printer_trouble_key(PrinterTrouble t);  // catalog key, "printer.paper_out"

}  // namespace core
