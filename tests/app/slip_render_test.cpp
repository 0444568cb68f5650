// The slip in both modes through the virtual printer: the QR decodes back to the signed payload,
// rare characters go raster in text mode, GB18030 four-byte text survives, and the sample slip
// matches its golden image.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "app/qr/png_gray.h"
#include "app/qr/qr_image.h"
#include "app/slip/canvas.h"
#include "app/slip/escpos_render.h"
#include "app/slip/printer_text.h"
#include "app/slip/slip_render.h"
#include "app/text_encoding.h"
#include "slip_test_support.h"

using namespace app::slip;

namespace {

devices::printer::PrinterProfile profile80() { return devices::printer::PrinterProfile{}; }
devices::printer::PrinterProfile profile58() {
  devices::printer::PrinterProfile p;
  p.name = "generic-58";
  p.paper_dots = devices::printer::kDots58mm;
  p.qr_module_dots = 5;
  return p;
}

bool contains(const devices::printer::Bytes& hay, const std::string& needle) {
  const devices::printer::Bytes n(needle.begin(), needle.end());  // char is signed: compare as bytes
  return std::search(hay.begin(), hay.end(), n.begin(), n.end()) != hay.end();
}

std::string payload_of(const core::AcceptanceSlip& s) { return s.qr_payload; }

}  // namespace

TEST_CASE("slip render: text mode is init, Chinese mode, GB18030 lines, native QR, feed and cut") {
  const auto slip = slip_test::sample_slip(slip_test::sample_application());
  auto bytes = slip_to_escpos(slip, profile80(), slip_test::font(), SlipMode::Text);
  REQUIRE(bytes.ok());
  REQUIRE(bytes->size() > 20);
  CHECK(devices::printer::Bytes(bytes->begin(), bytes->begin() + 7) ==
        devices::printer::Bytes{0x1B, 0x40, 0x1B, 0x4A, kTopMarginDots, 0x1C, 0x26});
  CHECK(devices::printer::Bytes(bytes->end() - 6, bytes->end()) == devices::printer::Bytes{0x1B, 0x64, 0x04, 0x1D, 0x56, 0x01});
  CHECK(contains(*bytes, *app::to_gb18030("受理回执")));
  CHECK(contains(*bytes, *app::to_gb18030("编号：320102-01-20261123-0042")));
  CHECK(contains(*bytes, *app::to_gb18030("身份证号：320102********1234")));
  CHECK_FALSE(contains(*bytes, "320102198001011234"));  // never the full ID number on paper
  CHECK(contains(*bytes, *app::to_gb18030("尚缺材料（一次性告知）：")));
  const std::string store = std::string("\x1D\x28\x6B") + char(payload_of(slip).size() + 3) + '\0' + "\x31\x50\x30" +
                            payload_of(slip);
  CHECK(contains(*bytes, store));
}

TEST_CASE("slip render: the applicant line with 䶮 goes raster in text mode, the rest stays text") {
  const auto slip = slip_test::sample_slip(slip_test::sample_application("䶮一鸣"));
  CHECK(raster_line_count(slip, profile80()) == 1);
  const auto plain = slip_test::sample_slip(slip_test::sample_application("张小三"));
  CHECK(raster_line_count(plain, profile80()) == 0);
  auto bytes = slip_to_escpos(slip, profile80(), slip_test::font(), SlipMode::Text);
  REQUIRE(bytes.ok());
  CHECK_FALSE(contains(*bytes, *app::to_gb18030("䶮")));
  CHECK(contains(*bytes, "\x1D\x76\x30"));  // one raster line
  auto no_font = profile80();
  no_font.chinese_font = false;
  CHECK(raster_line_count(slip, no_font) > 10);
}

TEST_CASE("slip render: both modes print a QR that decodes to the signed payload, at 576 and 384 dots") {
  const auto slip = slip_test::sample_slip(slip_test::sample_application());
  for (const auto& profile : {profile80(), profile58()}) {
    for (SlipMode mode : {SlipMode::Text, SlipMode::Raster}) {
      CAPTURE(profile.paper_dots);
      CAPTURE(static_cast<int>(mode));
      auto bytes = slip_to_escpos(slip, profile, slip_test::font(), mode);
      REQUIRE(bytes.ok());
      const auto printout = *render_escpos(*bytes, slip_test::font(), profile.paper_dots);
      CHECK(printout.problems.empty());
      CHECK(printout.pages == 1);
      CHECK(printout.image.width == profile.paper_dots);
      const auto codes = app::qr::decode_qr(printout.image);
      REQUIRE(codes.size() == 1);
      CHECK(codes[0] == slip.qr_payload);
      CHECK(slip_test::test_signer().verify(codes[0]).ok());
    }
  }
}

TEST_CASE("slip render: raster mode prints the very image of the preview") {
  const auto slip = slip_test::sample_slip(slip_test::sample_application());
  auto preview = render_slip_image(slip, profile80(), slip_test::font());
  REQUIRE(preview.ok());
  auto bytes = slip_to_escpos(slip, profile80(), slip_test::font(), SlipMode::Raster);
  REQUIRE(bytes.ok());
  const auto printout = *render_escpos(*bytes, slip_test::font(), profile80().paper_dots);
  REQUIRE(printout.image.height >= preview->height);
  long differ = 0;
  for (int y = 0; y < preview->height; ++y)
    for (int x = 0; x < preview->width; ++x) differ += printout.image.at(x, y) != preview->at(x, y);
  CHECK(differ == 0);
}

TEST_CASE("slip render: GB18030 four-byte text reaches a printer whose font has it, and renders back") {
  const auto gb = app::to_gb18030("𠀾");
  REQUIRE(gb.ok());
  CHECK(*gb == "\x95\x32\x88\x38");
  CHECK(gb18030_to_utf8_lossy(*gb) == "𠀾");
  auto wide = profile80();
  CHECK_FALSE(printer_font_covers("𠀾", wide));
  wide.gb18030_four_byte = true;
  CHECK(printer_font_covers("𠀾", wide));

  core::AcceptanceSlip s;
  core::SlipBlock b;
  b.line.text = "𠀾𠀾𠀾";
  s.blocks.push_back(b);
  auto bytes = slip_to_escpos(s, wide, slip_test::font(), SlipMode::Text);
  REQUIRE(bytes.ok());
  CHECK(contains(*bytes, "\x95\x32\x88\x38\x95\x32\x88\x38"));
  const auto printout = *render_escpos(*bytes, slip_test::font(), wide.paper_dots);
  // The glyph was drawn: dark dots in the first line's three cells, none right of them.
  long dark_in = 0, dark_out = 0;
  for (int y = kTopMarginDots; y < kTopMarginDots + kLineDots; ++y)
    for (int x = 0; x < printout.image.width; ++x)
      (x < 3 * kGlyphDots ? dark_in : dark_out) += printout.image.at(x, y) < 128;
  CHECK(dark_in > 100);
  CHECK(dark_out == 0);
}

TEST_CASE("slip render: not accepted slip names itself and the reason") {
  auto a = slip_test::sample_application("张小三");
  a.status = core::ApplicationStatus::NotAccepted;
  a.events.front().to = core::ApplicationStatus::NotAccepted;
  a.events.front().note = "不属于本事项受理范围";
  const auto slip = slip_test::sample_slip(a);
  auto bytes = slip_to_escpos(slip, profile80(), slip_test::font(), SlipMode::Text);
  REQUIRE(bytes.ok());
  CHECK(contains(*bytes, *app::to_gb18030("不予受理告知书")));
  CHECK(contains(*bytes, *app::to_gb18030("不属于本事项受理范围")));
  CHECK_FALSE(contains(*bytes, *app::to_gb18030("承诺办结")));
}

TEST_CASE("slip render: the sample slip matches its golden image (tolerance 0.5 % of dots)") {
  const auto slip = slip_test::sample_slip(slip_test::sample_application());
  auto image = render_slip_image(slip, profile80(), slip_test::font());
  REQUIRE(image.ok());
  const std::filesystem::path golden = std::string(ONEWINDOW_TEST_DATA) + "/printer/slip_sample_576.png";
  if (std::getenv("ONEWINDOW_UPDATE_GOLDEN")) REQUIRE(app::qr::write_gray_png(golden, *image).ok());
  auto want = app::qr::read_png_as_gray(golden);
  REQUIRE_MESSAGE(want.ok(), "golden missing: run with ONEWINDOW_UPDATE_GOLDEN=1 once");
  REQUIRE(want->width == image->width);
  CHECK(std::abs(want->height - image->height) <= kLineDots);
  const int rows = std::min(want->height, image->height);
  long differ = 0;
  for (int y = 0; y < rows; ++y)
    for (int x = 0; x < image->width; ++x) differ += (want->at(x, y) < 128) != (image->at(x, y) < 128);
  const long total = static_cast<long>(rows) * image->width;
  CAPTURE(differ);
  CHECK(differ * 200 <= total);
}
