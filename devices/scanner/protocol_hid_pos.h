#pragma once
// HID POS scanners (usage page 0x8C, "HID Point of Sale Usage Tables"). Honeywell-style input
// report 2, 64 bytes: [0] report id 0x02, [1] data length in this report, [2..4] AIM identifier,
// [5..60] data, [61] vendor code id, [62] reserved, [63] bit 0 set when more reports follow.
// A code longer than one report continues in the next ones.
#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "base/result.h"
#include "devices/scanner/protocol_types.h"

namespace devices::scanner {

inline constexpr std::uint16_t kHidPosUsagePage = 0x8C;
inline constexpr std::uint8_t kHidPosReportId = 0x02;
inline constexpr std::size_t kHidPosReportSize = 64;
inline constexpr std::size_t kHidPosAimOffset = 2;
inline constexpr std::size_t kHidPosDataOffset = 5;
inline constexpr std::size_t kHidPosMaxData = 56;  // bytes 5..60
inline constexpr std::size_t kHidPosFlagsOffset = 63;
inline constexpr std::uint8_t kHidPosMoreFollows = 0x01;

struct HidPosReport {
  std::string aim;   // the three AIM characters, empty when the scanner sent zeros
  std::string data;  // the report's share of the code
  bool more = false;
  bool operator==(const HidPosReport&) const = default;
};

// 64 bytes, report id 2, a length of at most 56; otherwise an error naming the byte.
base::Result<HidPosReport> parse_hid_pos_report(std::span<const std::uint8_t> bytes);

// Builds a report (for the simulator and tests). data must fit in kHidPosMaxData bytes.
std::array<std::uint8_t, kHidPosReportSize> make_hid_pos_report(std::string_view aim, std::string_view data,
                                                               bool more);

// Joins continued reports into codes. The code's trailing CR/LF (a configured suffix) is removed;
// the AIM identifier of the first report becomes the symbology. A continuation that does not arrive
// within max_key_gap drops the code.
class HidPosDecoder {
 public:
  explicit HidPosDecoder(ScanOptions options = {}) : options_(options) {}

  void feed(const HidPosReport& report, Timestamp at, ScanEvents& out);
  void expire(Timestamp now, ScanEvents& out);
  bool pending() const { return pending_; }

 private:
  ScanOptions options_;
  bool pending_ = false;
  std::string aim_;
  std::string data_;
  Timestamp last_{};
};

}  // namespace devices::scanner
