#pragma once
// Builds ESC/POS command streams (protocols.md "Receipt printers"). Pure: bytes in, bytes out; text
// arrives already in the printer's code page (GB18030 in Chinese mode), encoded by the caller, so
// this file needs no iconv and builds inside the fuzz targets.
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace devices::printer {

using Bytes = std::vector<std::uint8_t>;

enum class Align : std::uint8_t { Left = 0, Center = 1, Right = 2 };

// GS ( k error correction levels: 0x30–0x33 = L M Q H.
enum class QrLevel : std::uint8_t { L = 0x30, M = 0x31, Q = 0x32, H = 0x33 };

enum class Cut { Full, Partial };

// Real-time status requests (DLE EOT n).
enum class StatusRequest : std::uint8_t { Printer = 1, Offline = 2, PaperSensor = 4 };

inline constexpr std::uint8_t kEsc = 0x1B, kFs = 0x1C, kGs = 0x1D, kDle = 0x10, kEot = 0x04, kLf = 0x0A;
// Module sizes the GS ( k "set module size" function accepts.
inline constexpr int kMinQrModuleDots = 1, kMaxQrModuleDots = 16;
// pL/pH of "store" carry len + 3 in 16 bits.
inline constexpr std::size_t kMaxQrDataBytes = 65535 - 3;

// Appends commands to a byte buffer. Every method returns *this so a job reads top-down.
class EscPosWriter {
 public:
  EscPosWriter& init();                                // 1B 40
  EscPosWriter& chinese_mode(bool on);                 // 1C 26 / 1C 2E
  EscPosWriter& align(Align a);                        // 1B 61 n
  EscPosWriter& bold(bool on);                         // 1B 45 n
  EscPosWriter& size(bool double_width, bool double_height);  // 1D 21 n
  EscPosWriter& text(std::span<const std::uint8_t> encoded);  // bytes in the printer's code page
  EscPosWriter& text(std::string_view encoded);
  EscPosWriter& line_feed(int lines = 1);              // LF × lines
  EscPosWriter& feed_lines(std::uint8_t lines);        // 1B 64 n
  EscPosWriter& feed_dots(std::uint8_t dots);          // 1B 4A n

  // GS ( k: model 2, module size (1..16 dots, clamped), error level, store, print. Data longer than
  // kMaxQrDataBytes is cut (a slip payload is ~40 bytes).
  EscPosWriter& qr_code(std::span<const std::uint8_t> data, int module_dots, QrLevel level);
  EscPosWriter& qr_code(std::string_view data, int module_dots, QrLevel level);

  // GS v 0 m=0: rows of bytes_per_row bytes, MSB = leftmost dot, 1 = black.
  EscPosWriter& raster(std::span<const std::uint8_t> bits, int bytes_per_row, int rows);

  EscPosWriter& cut(Cut c);                   // 1D 56 00 / 1D 56 01
  EscPosWriter& feed_and_cut(std::uint8_t n);  // 1D 56 42 n

  const Bytes& bytes() const { return bytes_; }
  Bytes take() { return std::move(bytes_); }

 private:
  void put(std::initializer_list<std::uint8_t> b) { bytes_.insert(bytes_.end(), b); }
  Bytes bytes_;
};

// The three bytes of a real-time status request: 10 04 n.
Bytes status_request(StatusRequest n);

}  // namespace devices::printer
