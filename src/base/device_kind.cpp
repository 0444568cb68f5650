#include "base/device_kind.h"

namespace base {

std::string_view device_kind_key(DeviceKind k) {
  switch (k) {
    case DeviceKind::IdCardReader: return "idcard";
    case DeviceKind::Scanner: return "scanner";
    case DeviceKind::Printer: return "printer";
  }
  return "idcard";
}

}  // namespace base
