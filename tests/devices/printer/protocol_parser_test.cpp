// The device-side parser: what the encoder writes comes back as the same operations, in any slicing.
#include <doctest/doctest.h>

#include "devices/printer/protocol_encoder.h"
#include "devices/printer/protocol_parser.h"

using namespace devices::printer;

namespace {

Bytes sample_job() {
  EscPosWriter w;
  w.init().chinese_mode(true).align(Align::Center).bold(true).size(true, true);
  w.text("\xCA\xDC\xC0\xED").line_feed();  // 受理 in GB18030
  w.bold(false).size(false, false).align(Align::Left).text("No. 42").line_feed(2);
  w.qr_code("OW1:X", 5, QrLevel::M);
  w.raster(Bytes{0xF0, 0x0F}, 1, 2);
  w.feed_lines(3).cut(Cut::Partial);
  return w.take();
}

}  // namespace

TEST_CASE("escpos parser: the encoder's commands come back as operations with their style") {
  const auto ops = parse_escpos(sample_job());
  REQUIRE(ops.size() == 10);
  CHECK(std::holds_alternative<InitOp>(ops[0]));
  const auto& title = std::get<TextOp>(ops[1]);
  CHECK(title.bytes == Bytes{0xCA, 0xDC, 0xC0, 0xED});
  CHECK(title.style.chinese);
  CHECK(title.style.bold);
  CHECK(title.style.double_width);
  CHECK(title.style.double_height);
  CHECK(title.style.align == Align::Center);
  CHECK(std::get<FeedOp>(ops[2]).lines == 1);
  const auto& number = std::get<TextOp>(ops[3]);
  CHECK(std::string(number.bytes.begin(), number.bytes.end()) == "No. 42");
  CHECK_FALSE(number.style.bold);
  CHECK(number.style.align == Align::Left);
  CHECK(std::get<FeedOp>(ops[4]).lines == 1);
  CHECK(std::get<FeedOp>(ops[5]).lines == 1);
  const auto& qr = std::get<QrOp>(ops[6]);
  CHECK(std::string(qr.data.begin(), qr.data.end()) == "OW1:X");
  CHECK(qr.module_dots == 5);
  CHECK(qr.level == QrLevel::M);
  const auto& raster = std::get<RasterOp>(ops[7]);
  CHECK(raster.bytes_per_row == 1);
  CHECK(raster.rows == 2);
  CHECK(raster.bits == Bytes{0xF0, 0x0F});
  CHECK(std::get<FeedOp>(ops[8]).lines == 3);
  CHECK(std::get<CutOp>(ops[9]).partial);
}

TEST_CASE("escpos parser: byte-by-byte feeding gives the same operations") {
  const auto job = sample_job();
  EscPosParser p;
  for (auto b : job) p.feed(std::span(&b, 1));
  p.finish();
  const auto sliced = p.take_ops();
  const auto whole = parse_escpos(job);
  REQUIRE(sliced.size() == whole.size());
  for (std::size_t i = 0; i < whole.size(); ++i) CHECK(sliced[i].index() == whole[i].index());
}

TEST_CASE("escpos parser: unknown commands are skipped and listed with their offset, never fatal") {
  const Bytes b = {'A', 0x1B, 0x7E, 'B', 0x1D, 0x99, 'C', 0x0A, 0x1D, 0x28, 0x4C, 0x02, 0x00, 0x30, 0x45, 0x0A};
  const auto ops = parse_escpos(b);
  std::vector<UnknownOp> unknown;
  std::string text;
  for (const auto& op : ops) {
    if (auto* u = std::get_if<UnknownOp>(&op)) unknown.push_back(*u);
    if (auto* t = std::get_if<TextOp>(&op)) text += std::string(t->bytes.begin(), t->bytes.end());
  }
  CHECK(text == "ABC");
  REQUIRE(unknown.size() == 3);
  CHECK(unknown[0].offset == 1);
  CHECK(unknown[0].what == "ESC 0x7E");
  CHECK(unknown[1].offset == 4);
  CHECK(unknown[2].offset == 8);
  CHECK(unknown[2].bytes.size() == 7);  // GS ( L with its 2-byte payload, skipped whole
}

TEST_CASE("escpos parser: status requests, ESC ! print mode, GS V 66 n, truncated tail") {
  const Bytes b = {0x10, 0x04, 0x04, 0x1B, 0x21, 0x38, 'x', 0x1D, 0x56, 0x42, 0x10, 0x1D, 0x76, 0x30, 0x00, 0x02};
  const auto ops = parse_escpos(b);
  REQUIRE(ops.size() == 4);
  CHECK(std::get<StatusRequestOp>(ops[0]).n == 4);
  const auto& t = std::get<TextOp>(ops[1]);
  CHECK((t.style.bold && t.style.double_height && t.style.double_width));
  const auto& cut = std::get<CutOp>(ops[2]);
  CHECK(cut.partial);
  CHECK(cut.feed_dots == 16);
  CHECK(std::get<UnknownOp>(ops[3]).what == "truncated command at end of stream");
}

TEST_CASE("escpos parser: an oversized raster is skipped without buffering it") {
  EscPosParser p;
  const Bytes head = {0x1D, 0x76, 0x30, 0x00, 0xFF, 0xFF, 0xFF, 0xFF};  // 65535 × 65535 bytes announced
  p.feed(head);
  const Bytes chunk(100000, 0xAA);
  p.feed(chunk);
  p.finish();
  const auto ops = p.take_ops();
  REQUIRE(ops.size() == 1);
  CHECK(std::get<UnknownOp>(ops[0]).what == "GS v 0 image too large, skipped");
}
