#pragma once
// Real-time status (DLE EOT n) replies and what they mean for the counter (protocols.md). Every
// reply byte has bits 0x12 set; a byte without them is not a status reply (a stray data byte, or a
// printer speaking another dialect) and is refused rather than guessed at.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "base/result.h"
#include "devices/printer/protocol_encoder.h"

namespace devices::printer {

inline constexpr std::uint8_t kStatusFixedBits = 0x12;

// n=1 (printer status).
inline constexpr std::uint8_t kBitOffline = 0x08;
// n=2 (offline cause).
inline constexpr std::uint8_t kBitCoverOpen = 0x04;
inline constexpr std::uint8_t kBitPaperEndStop = 0x20;
inline constexpr std::uint8_t kBitError = 0x40;
// n=4 (paper roll sensor): two bits each, either set counts.
inline constexpr std::uint8_t kBitsPaperNearEnd = 0x0C;
inline constexpr std::uint8_t kBitsPaperEnd = 0x60;

enum class PaperLevel { Ok, NearEnd, Out };
std::string_view paper_level_name(PaperLevel p);  // "ok", "near end", "out"

// One round of the three requests, merged.
struct PrinterCondition {
  bool offline = false;
  bool cover_open = false;
  bool stopped_at_paper_end = false;
  bool error = false;
  PaperLevel paper = PaperLevel::Ok;

  // Nothing stops printing (paper near end still prints).
  bool ready() const { return !offline && !cover_open && !stopped_at_paper_end && !error && paper != PaperLevel::Out; }
  // For staff: "缺纸" / "纸将尽" / "纸仓盖未合" / "打印机离线" / "打印机故障" / "就绪".
  std::string summary_zh() const;
  // For logs: "offline cover-open paper=out".
  std::string describe() const;
  bool operator==(const PrinterCondition&) const = default;
};

// Applies one reply byte to `into`. Error when the fixed bits 0x12 are missing.
base::Status apply_status_byte(StatusRequest request, std::uint8_t reply, PrinterCondition& into);

// The reply byte a printer in `c` gives to `request` (the virtual printer's side).
std::uint8_t status_byte_for(StatusRequest request, const PrinterCondition& c);

}  // namespace devices::printer
