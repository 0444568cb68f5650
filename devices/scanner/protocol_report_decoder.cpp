#include "devices/scanner/protocol_report_decoder.h"

#include <string>

namespace devices::scanner {

base::Status ReportDecoder::feed(std::span<const std::uint8_t> report, Timestamp at, ScanEvents& out) {
  if (report.size() == kBootReportSize) {
    auto parsed = parse_keyboard_report(report);
    if (!parsed) return parsed.error();
    keyboard_.feed(*parsed, at, out);
    return base::ok();
  }
  if (report.size() == kHidPosReportSize) {
    auto parsed = parse_hid_pos_report(report);
    if (!parsed) return parsed.error();
    pos_.feed(*parsed, at, out);
    return base::ok();
  }
  return base::Error{"a report has 8 bytes (boot keyboard) or 64 bytes (HID POS), got " +
                     std::to_string(report.size())};
}

void ReportDecoder::expire(Timestamp now, ScanEvents& out) {
  keyboard_.expire(now, out);
  pos_.expire(now, out);
}

}  // namespace devices::scanner
