#pragma once
// Reads an ESC/POS stream the way a printer does: the device side of the encoder. Pure and
// incremental (bytes may arrive in any slices), so the virtual printer, `onewindow escpos render`
// and the fuzz target share it. It understands the commands the encoder writes plus the common
// ones other software sends (ESC !, ESC J, ESC 2/3, ESC t…); anything else is skipped and listed,
// never fatal.
#include <cstdint>
#include <span>
#include <string>
#include <variant>
#include <vector>

#include "devices/printer/protocol_encoder.h"

namespace devices::printer {

struct TextStyle {
  Align align = Align::Left;
  bool bold = false;
  bool double_width = false;
  bool double_height = false;
  bool chinese = false;  // FS & in effect: bytes are GB18030, otherwise code page 437
  bool operator==(const TextStyle&) const = default;
};

// Printable bytes in the current code page, not yet decoded.
struct TextOp {
  Bytes bytes;
  TextStyle style;
};
// LF (lines = 1), ESC d n (lines = n), or ESC J n (dots = n).
struct FeedOp {
  int lines = 0;
  int dots = 0;
};
struct QrOp {
  Bytes data;
  int module_dots = 3;
  QrLevel level = QrLevel::L;
  Align align = Align::Left;
};
struct RasterOp {
  int bytes_per_row = 0;
  int rows = 0;
  Bytes bits;  // bytes_per_row × rows, MSB leftmost, 1 = black
  int scale_mode = 0;  // m: 0 normal, 1 double width, 2 double height, 3 quadruple
  Align align = Align::Left;
};
struct CutOp {
  bool partial = false;
  int feed_dots = 0;  // GS V 66 n
};
struct InitOp {};
struct StatusRequestOp {
  int n = 0;
};
struct UnknownOp {
  std::size_t offset = 0;  // in the whole stream
  Bytes bytes;             // the skipped bytes (at most the first 16)
  std::string what;        // "ESC 0x70", "GS ( k fn 0x52", "truncated GS v 0"
};

using PrinterOp = std::variant<TextOp, FeedOp, QrOp, RasterOp, CutOp, InitOp, StatusRequestOp, UnknownOp>;

// A raster or QR store larger than this is skipped (listed as unknown) instead of buffered: a
// 576-dot slip is ~80 KB of raster, so 8 MB is far beyond any real job.
inline constexpr std::size_t kMaxCommandBytes = 8u << 20;

class EscPosParser {
 public:
  // Parses what it can; an incomplete command at the end waits for the next feed().
  void feed(std::span<const std::uint8_t> bytes);
  // End of stream: pending text is emitted, an incomplete command is listed as truncated.
  void finish();
  // Operations parsed so far, moved out.
  std::vector<PrinterOp> take_ops();
  const TextStyle& style() const { return style_; }
  std::size_t offset() const { return consumed_; }

 private:
  // Tries to parse one command at buf_[pos]; returns bytes used, 0 when more bytes are needed.
  std::size_t parse_one(std::size_t pos);
  std::size_t parse_esc(std::size_t pos);
  std::size_t parse_gs(std::size_t pos);
  std::size_t parse_gs_paren(std::size_t pos);
  void flush_text();
  void unknown(std::size_t pos, std::size_t len, std::string what);
  std::size_t avail(std::size_t pos) const { return buf_.size() - pos; }

  Bytes buf_;                 // unparsed bytes
  std::size_t consumed_ = 0;  // stream offset of buf_[0]
  std::size_t skip_ = 0;      // bytes of an oversized command still to drop
  Bytes text_;
  TextStyle style_;
  int qr_module_ = 3;
  QrLevel qr_level_ = QrLevel::L;
  Bytes qr_data_;
  std::vector<PrinterOp> ops_;
};

// Convenience: the whole stream at once.
std::vector<PrinterOp> parse_escpos(std::span<const std::uint8_t> bytes);

}  // namespace devices::printer
