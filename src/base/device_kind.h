#pragma once
// The kinds of hardware a terminal talks to: the devices layer finds them, the core shows their state.
#include <array>
#include <cstddef>
#include <string_view>

namespace base {

enum class DeviceKind : std::size_t { IdCardReader = 0, Scanner = 1, Printer = 2 };
constexpr std::size_t kDeviceKinds = 3;
constexpr std::array<DeviceKind, kDeviceKinds> kAllDeviceKinds = {
    DeviceKind::IdCardReader, DeviceKind::Scanner, DeviceKind::Printer};

std::string_view device_kind_key(DeviceKind k);  // "idcard", "scanner", "printer"

}  // namespace base
