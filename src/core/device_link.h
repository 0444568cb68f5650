#pragma once
#include <array>
#include <cstddef>
#include <string_view>

namespace core {

// The three kinds of hardware a terminal talks to.
enum class DeviceKind : std::size_t { IdCardReader = 0, Scanner = 1, Printer = 2 };
constexpr std::size_t kDeviceKinds = 3;
constexpr std::array<DeviceKind, kDeviceKinds> kAllDeviceKinds = {
    DeviceKind::IdCardReader, DeviceKind::Scanner, DeviceKind::Printer};

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

std::string_view device_kind_key(DeviceKind k);
std::string_view printer_trouble_key(PrinterTrouble t);  // catalog key, "printer.paper_out"  // "idcard", "scanner", "printer"

}  // namespace core
