// Status-byte decoding for every bit (protocols.md: replies always carry 0x12).
#include <doctest/doctest.h>

#include "devices/printer/protocol_status.h"

using namespace devices::printer;

namespace {
PrinterCondition decode(StatusRequest n, std::uint8_t b) {
  PrinterCondition c;
  auto s = apply_status_byte(n, b, c);
  REQUIRE(s.ok());
  return c;
}
}  // namespace

TEST_CASE("printer status: n=1 bit 3 is offline") {
  CHECK_FALSE(decode(StatusRequest::Printer, 0x12).offline);
  CHECK(decode(StatusRequest::Printer, 0x1A).offline);
}

TEST_CASE("printer status: n=2 cover open, stopped at paper end, error") {
  const auto ok = decode(StatusRequest::Offline, 0x12);
  CHECK_FALSE(ok.cover_open);
  CHECK_FALSE(ok.stopped_at_paper_end);
  CHECK_FALSE(ok.error);
  CHECK(decode(StatusRequest::Offline, 0x16).cover_open);
  CHECK(decode(StatusRequest::Offline, 0x32).stopped_at_paper_end);
  CHECK(decode(StatusRequest::Offline, 0x52).error);
  const auto all = decode(StatusRequest::Offline, 0x76);
  CHECK((all.cover_open && all.stopped_at_paper_end && all.error));
  CHECK_FALSE(all.ready());
}

TEST_CASE("printer status: n=4 paper ok 0x12, near end 0x1E, out 0x72, and single bits") {
  CHECK(decode(StatusRequest::PaperSensor, 0x12).paper == PaperLevel::Ok);
  CHECK(decode(StatusRequest::PaperSensor, 0x1E).paper == PaperLevel::NearEnd);
  CHECK(decode(StatusRequest::PaperSensor, 0x72).paper == PaperLevel::Out);
  CHECK(decode(StatusRequest::PaperSensor, 0x16).paper == PaperLevel::NearEnd);  // bit 2 alone
  CHECK(decode(StatusRequest::PaperSensor, 0x1A).paper == PaperLevel::NearEnd);  // bit 3 alone
  CHECK(decode(StatusRequest::PaperSensor, 0x32).paper == PaperLevel::Out);      // bit 5 alone
  CHECK(decode(StatusRequest::PaperSensor, 0x52).paper == PaperLevel::Out);      // bit 6 alone
  CHECK(decode(StatusRequest::PaperSensor, 0x7E).paper == PaperLevel::Out);      // out wins over near end
  CHECK(decode(StatusRequest::PaperSensor, 0x1E).ready());  // near end still prints
  CHECK_FALSE(decode(StatusRequest::PaperSensor, 0x72).ready());
}

TEST_CASE("printer status: a byte without the fixed bits 0x12 is refused") {
  PrinterCondition c;
  for (std::uint8_t b : {0x00, 0x02, 0x10, 0x08, 0xFF & ~0x02}) {
    auto s = apply_status_byte(StatusRequest::Printer, b, c);
    CHECK_FALSE(s.ok());
  }
  auto s = apply_status_byte(StatusRequest::PaperSensor, 0x60, c);
  REQUIRE_FALSE(s.ok());
  CHECK(s.error().message.find("0x60") != std::string::npos);
}

TEST_CASE("printer status: the virtual printer's replies decode back to its condition") {
  for (int bits = 0; bits < 32; ++bits) {
    PrinterCondition c;
    c.offline = bits & 1;
    c.cover_open = bits & 2;
    c.error = bits & 4;
    c.paper = (bits & 8) ? PaperLevel::NearEnd : (bits & 16) ? PaperLevel::Out : PaperLevel::Ok;
    if (c.paper == PaperLevel::Out) c.stopped_at_paper_end = true;
    PrinterCondition back;
    for (auto n : {StatusRequest::Printer, StatusRequest::Offline, StatusRequest::PaperSensor}) {
      const auto b = status_byte_for(n, c);
      CHECK((b & kStatusFixedBits) == kStatusFixedBits);
      REQUIRE(apply_status_byte(n, b, back).ok());
    }
    CHECK(back.cover_open == c.cover_open);
    CHECK(back.error == c.error);
    CHECK(back.paper == c.paper);
    CHECK(back.ready() == c.ready());
    CHECK(back.offline == !c.ready());
  }
}

TEST_CASE("printer status: staff summary names the most pressing problem") {
  PrinterCondition c;
  CHECK(c.summary_zh() == "就绪");
  c.paper = PaperLevel::NearEnd;
  CHECK(c.summary_zh() == "纸将尽");
  c.paper = PaperLevel::Out;
  CHECK(c.summary_zh() == "缺纸");
  c.cover_open = true;
  CHECK(c.summary_zh() == "纸仓盖未合");
  CHECK(c.describe() == "cover-open paper=out");
}
