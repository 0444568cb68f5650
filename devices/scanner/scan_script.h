#pragma once
// The reports a real scanner sends for one scan, with their times: pure, so tests can feed them to
// a decoder directly and the simulator can play them over a transport.
#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "base/result.h"
#include "devices/scanner/protocol_types.h"

namespace devices::scanner {

enum class ScanFault {
  None,
  DroppedRelease,  // the release report after character fault_at is lost
  CutOff,          // the scan stops after fault_at characters: no more keys, no Enter
};

struct SimulatedScan {
  std::string text;
  std::string aim_prefix;                            // e.g. "]Q1", sent before the text
  std::chrono::microseconds report_interval{4000};   // between reports (a fast scanner: 1–8 ms)
  std::chrono::microseconds jitter{0};               // up to this much extra per report
  std::uint32_t seed = 1;                            // for the jitter: same seed, same times
  ScanFault fault = ScanFault::None;
  std::size_t fault_at = 0;                          // character index of the fault
  std::uint8_t terminator = 0x28;                    // Enter (0x2B Tab); serial sends "\r\n"
};

struct TimedReport {
  Timestamp at{};  // from the start of the scan
  std::vector<std::uint8_t> bytes;
};

// Key down, release, … , Enter down, release. Left shift for upper-row characters.
// Error for characters a US keyboard cannot type (non-ASCII): keyboard wedges scramble those.
base::Result<std::vector<TimedReport>> keyboard_scan_reports(const SimulatedScan& scan);

// 64-byte report-2 chunks of up to 56 bytes, the AIM id in bytes 2–4 (the aim_prefix, or zeros).
std::vector<TimedReport> hid_pos_scan_reports(const SimulatedScan& scan);

// AIM prefix + text + CR LF, in chunks of up to 64 bytes.
std::vector<TimedReport> serial_scan_reports(const SimulatedScan& scan);

base::Result<std::vector<TimedReport>> scan_reports(ScannerInterface interface, const SimulatedScan& scan);

}  // namespace devices::scanner
