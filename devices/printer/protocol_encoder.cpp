#include "devices/printer/protocol_encoder.h"

#include <algorithm>

namespace devices::printer {

namespace {
constexpr std::uint8_t kQrFn = 0x31;  // cn = 49: the QR code function group of GS ( k
constexpr std::uint8_t kQrModel2 = 0x32;
}  // namespace

EscPosWriter& EscPosWriter::init() { put({kEsc, 0x40}); return *this; }

EscPosWriter& EscPosWriter::chinese_mode(bool on) {
  put({kFs, static_cast<std::uint8_t>(on ? 0x26 : 0x2E)});
  return *this;
}

EscPosWriter& EscPosWriter::align(Align a) { put({kEsc, 0x61, static_cast<std::uint8_t>(a)}); return *this; }

EscPosWriter& EscPosWriter::bold(bool on) { put({kEsc, 0x45, static_cast<std::uint8_t>(on ? 1 : 0)}); return *this; }

EscPosWriter& EscPosWriter::size(bool double_width, bool double_height) {
  // GS ! n: high nibble = width multiplier - 1, low nibble = height multiplier - 1.
  const auto n = static_cast<std::uint8_t>((double_width ? 0x10 : 0) | (double_height ? 0x01 : 0));
  put({kGs, 0x21, n});
  return *this;
}

EscPosWriter& EscPosWriter::text(std::span<const std::uint8_t> encoded) {
  bytes_.insert(bytes_.end(), encoded.begin(), encoded.end());
  return *this;
}

EscPosWriter& EscPosWriter::text(std::string_view encoded) {
  bytes_.insert(bytes_.end(), encoded.begin(), encoded.end());
  return *this;
}

EscPosWriter& EscPosWriter::line_feed(int lines) {
  for (int i = 0; i < lines; ++i) bytes_.push_back(kLf);
  return *this;
}

EscPosWriter& EscPosWriter::feed_lines(std::uint8_t lines) { put({kEsc, 0x64, lines}); return *this; }

EscPosWriter& EscPosWriter::feed_dots(std::uint8_t dots) { put({kEsc, 0x4A, dots}); return *this; }

EscPosWriter& EscPosWriter::qr_code(std::span<const std::uint8_t> data, int module_dots, QrLevel level) {
  const auto module = static_cast<std::uint8_t>(std::clamp(module_dots, kMinQrModuleDots, kMaxQrModuleDots));
  const std::size_t len = std::min(data.size(), kMaxQrDataBytes);
  const std::size_t stored = len + 3;
  put({kGs, 0x28, 0x6B, 0x04, 0x00, kQrFn, 0x41, kQrModel2, 0x00});
  put({kGs, 0x28, 0x6B, 0x03, 0x00, kQrFn, 0x43, module});
  put({kGs, 0x28, 0x6B, 0x03, 0x00, kQrFn, 0x45, static_cast<std::uint8_t>(level)});
  put({kGs, 0x28, 0x6B, static_cast<std::uint8_t>(stored & 0xFF), static_cast<std::uint8_t>(stored >> 8), kQrFn,
       0x50, 0x30});
  bytes_.insert(bytes_.end(), data.begin(), data.begin() + static_cast<std::ptrdiff_t>(len));
  put({kGs, 0x28, 0x6B, 0x03, 0x00, kQrFn, 0x51, 0x30});
  return *this;
}

EscPosWriter& EscPosWriter::qr_code(std::string_view data, int module_dots, QrLevel level) {
  return qr_code(std::span(reinterpret_cast<const std::uint8_t*>(data.data()), data.size()), module_dots, level);
}

EscPosWriter& EscPosWriter::raster(std::span<const std::uint8_t> bits, int bytes_per_row, int rows) {
  const auto x = static_cast<unsigned>(bytes_per_row), y = static_cast<unsigned>(rows);
  put({kGs, 0x76, 0x30, 0x00, static_cast<std::uint8_t>(x & 0xFF), static_cast<std::uint8_t>(x >> 8),
       static_cast<std::uint8_t>(y & 0xFF), static_cast<std::uint8_t>(y >> 8)});
  const std::size_t n = std::min(bits.size(), static_cast<std::size_t>(x) * y);
  bytes_.insert(bytes_.end(), bits.begin(), bits.begin() + static_cast<std::ptrdiff_t>(n));
  bytes_.insert(bytes_.end(), static_cast<std::size_t>(x) * y - n, 0);  // short input: white rows
  return *this;
}

EscPosWriter& EscPosWriter::cut(Cut c) {
  put({kGs, 0x56, static_cast<std::uint8_t>(c == Cut::Full ? 0x00 : 0x01)});
  return *this;
}

EscPosWriter& EscPosWriter::feed_and_cut(std::uint8_t n) { put({kGs, 0x56, 0x42, n}); return *this; }

Bytes status_request(StatusRequest n) { return {kDle, kEot, static_cast<std::uint8_t>(n)}; }

}  // namespace devices::printer
