#pragma once
// What every scanner codec produces: a complete code, or a code that was cut off and dropped.
// Codecs read no clock: the time a report arrived comes in as a Timestamp from any fixed origin.
#include <chrono>
#include <string>
#include <variant>
#include <vector>

namespace devices::scanner {

using Timestamp = std::chrono::microseconds;

// A scanner types a code at machine speed (one key every 2–20 ms). A longer pause between two
// characters means the scan was interrupted (cable pulled, reports lost), so the part seen so far
// is dropped rather than half-used.
inline constexpr std::chrono::milliseconds kDefaultMaxKeyGap{100};

struct ScanOptions {
  std::chrono::microseconds max_key_gap = kDefaultMaxKeyGap;
  bool strip_aim_prefix = true;  // "]Q1…" -> symbology "]Q1", text "…"
};

// One complete code. symbology is the AIM identifier ("]Q1" for QR) or empty when the scanner sent
// none.
struct ScannedCode {
  std::string text;
  std::string symbology;
  bool operator==(const ScannedCode&) const = default;
};

// Characters that never got their terminator within the allowed gap. Only for the log.
struct CutOffCode {
  std::string partial;
  bool operator==(const CutOffCode&) const = default;
};

using ScanEvent = std::variant<ScannedCode, CutOffCode>;

// How a scanner hands over what it read (protocols.md "QR / barcode scanners").
enum class ScannerInterface {
  BootKeyboard,  // keyboard wedge: 8-byte HID boot reports on an interrupt IN endpoint
  HidPos,        // HID POS, usage page 0x8C: 64-byte report 2 on an interrupt IN endpoint
  Serial,        // CDC-ACM virtual COM port: raw bytes on a bulk IN endpoint
};
using ScanEvents = std::vector<ScanEvent>;

}  // namespace devices::scanner
