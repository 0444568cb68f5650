#pragma once
// Decodes interrupt IN reports of either HID kind, told apart by size: 8 bytes is a boot keyboard
// report (even when its first byte is 02, the left-shift modifier), 64 bytes starting with report
// id 02 is a HID POS report. Used by the driver, `onewindow scanner decode` and the fuzz target.
#include <cstdint>
#include <span>

#include "base/result.h"
#include "devices/scanner/protocol_hid_pos.h"
#include "devices/scanner/protocol_keyboard.h"

namespace devices::scanner {

class ReportDecoder {
 public:
  explicit ReportDecoder(ScanOptions options = {}) : keyboard_(options), pos_(options) {}

  // An error (with the reason) for a report of neither shape; the decoder state is unchanged then.
  base::Status feed(std::span<const std::uint8_t> report, Timestamp at, ScanEvents& out);
  void expire(Timestamp now, ScanEvents& out);
  bool pending() const { return keyboard_.pending() || pos_.pending(); }

 private:
  KeyboardDecoder keyboard_;
  HidPosDecoder pos_;
};

}  // namespace devices::scanner
