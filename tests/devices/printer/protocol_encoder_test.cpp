// Encoder bytes against vectors written from protocols.md ("Receipt printers").
#include <doctest/doctest.h>

#include <string>

#include "devices/printer/protocol_encoder.h"

using devices::printer::Bytes;
using devices::printer::EscPosWriter;

TEST_CASE("escpos encoder: init, Chinese mode on and off") {
  CHECK(EscPosWriter().init().bytes() == Bytes{0x1B, 0x40});
  CHECK(EscPosWriter().chinese_mode(true).bytes() == Bytes{0x1C, 0x26});
  CHECK(EscPosWriter().chinese_mode(false).bytes() == Bytes{0x1C, 0x2E});
}

TEST_CASE("escpos encoder: alignment, bold, double size, line feeds") {
  CHECK(EscPosWriter().align(devices::printer::Align::Center).bytes() == Bytes{0x1B, 0x61, 0x01});
  CHECK(EscPosWriter().align(devices::printer::Align::Right).bytes() == Bytes{0x1B, 0x61, 0x02});
  CHECK(EscPosWriter().bold(true).bold(false).bytes() == Bytes{0x1B, 0x45, 0x01, 0x1B, 0x45, 0x00});
  CHECK(EscPosWriter().size(true, true).bytes() == Bytes{0x1D, 0x21, 0x11});
  CHECK(EscPosWriter().size(true, false).bytes() == Bytes{0x1D, 0x21, 0x10});
  CHECK(EscPosWriter().size(false, true).bytes() == Bytes{0x1D, 0x21, 0x01});
  CHECK(EscPosWriter().line_feed(2).feed_lines(4).bytes() == Bytes{0x0A, 0x0A, 0x1B, 0x64, 0x04});
  CHECK(EscPosWriter().feed_dots(8).bytes() == Bytes{0x1B, 0x4A, 0x08});
}

TEST_CASE("escpos encoder: native QR is model, module size, error level, store with len+3, print") {
  const auto b = EscPosWriter().qr_code("OW1", 6, devices::printer::QrLevel::M).bytes();
  const Bytes want = {
      0x1D, 0x28, 0x6B, 0x04, 0x00, 0x31, 0x41, 0x32, 0x00,        // model 2
      0x1D, 0x28, 0x6B, 0x03, 0x00, 0x31, 0x43, 0x06,              // module 6 dots
      0x1D, 0x28, 0x6B, 0x03, 0x00, 0x31, 0x45, 0x31,              // level M
      0x1D, 0x28, 0x6B, 0x06, 0x00, 0x31, 0x50, 0x30, 'O', 'W', '1',  // store: pL = 3 + 3
      0x1D, 0x28, 0x6B, 0x03, 0x00, 0x31, 0x51, 0x30,              // print
  };
  CHECK(b == want);
}

TEST_CASE("escpos encoder: QR store length crosses into pH for long data, module size is clamped") {
  const std::string data(300, 'A');
  const auto b = EscPosWriter().qr_code(data, 40, devices::printer::QrLevel::H).bytes();
  CHECK(b[16] == 16);    // module size clamped to 16 dots
  CHECK(b[24] == 0x33);  // level H
  // store header at offset 25: 1D 28 6B pL pH; 303 = 0x012F
  CHECK(b[25] == 0x1D);
  CHECK(b[28] == 0x2F);
  CHECK(b[29] == 0x01);
  CHECK(b.size() == 9 + 8 + 8 + 8 + 300 + 8);
}

TEST_CASE("escpos encoder: raster GS v 0 carries bytes per row and rows little-endian") {
  const Bytes bits = {0xFF, 0x00, 0x81, 0x18};
  const auto b = EscPosWriter().raster(bits, 2, 2).bytes();
  CHECK(b == Bytes{0x1D, 0x76, 0x30, 0x00, 0x02, 0x00, 0x02, 0x00, 0xFF, 0x00, 0x81, 0x18});
  const auto wide = EscPosWriter().raster(Bytes(72 * 300, 0), 72, 300).bytes();
  CHECK(wide[4] == 72);
  CHECK(wide[5] == 0);
  CHECK(wide[6] == 0x2C);  // 300 = 0x012C
  CHECK(wide[7] == 0x01);
  CHECK(wide.size() == 8 + 72 * 300);
}

TEST_CASE("escpos encoder: cuts and status requests") {
  CHECK(EscPosWriter().cut(devices::printer::Cut::Full).bytes() == Bytes{0x1D, 0x56, 0x00});
  CHECK(EscPosWriter().cut(devices::printer::Cut::Partial).bytes() == Bytes{0x1D, 0x56, 0x01});
  CHECK(EscPosWriter().feed_and_cut(5).bytes() == Bytes{0x1D, 0x56, 0x42, 0x05});
  CHECK(devices::printer::status_request(devices::printer::StatusRequest::Printer) == Bytes{0x10, 0x04, 0x01});
  CHECK(devices::printer::status_request(devices::printer::StatusRequest::Offline) == Bytes{0x10, 0x04, 0x02});
  CHECK(devices::printer::status_request(devices::printer::StatusRequest::PaperSensor) == Bytes{0x10, 0x04, 0x04});
}

TEST_CASE("escpos encoder: text bytes pass through unchanged (GB18030 four-byte included)") {
  // 𠀾 in GB18030 is 95 32 88 38 (encoded by the caller; the writer never re-encodes).
  const Bytes gb = {0xC9, 0xEA, 0x95, 0x32, 0x88, 0x38};
  CHECK(EscPosWriter().text(gb).bytes() == gb);
}
