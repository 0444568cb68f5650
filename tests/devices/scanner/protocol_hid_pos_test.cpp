#include "devices/scanner/protocol_hid_pos.h"

#include <doctest/doctest.h>

#include <chrono>
#include <string>

#include "devices/scanner/protocol_report_decoder.h"

using namespace std::chrono_literals;
using devices::scanner::HidPosDecoder;
using devices::scanner::ScanEvents;
using devices::scanner::ScannedCode;

TEST_CASE("scanner: HID POS report layout: length, AIM id, data, continuation flag") {
  std::array<std::uint8_t, 64> bytes{};
  bytes[0] = 0x02;
  bytes[1] = 5;
  bytes[2] = ']';
  bytes[3] = 'Q';
  bytes[4] = '1';
  for (int i = 0; i < 5; ++i) bytes[5 + i] = static_cast<std::uint8_t>("hello"[i]);
  bytes[5 + 5] = 'X';  // beyond the length: ignored
  bytes[63] = 0x01;
  auto r = devices::scanner::parse_hid_pos_report(bytes);
  REQUIRE(r.ok());
  CHECK(r->aim == "]Q1");
  CHECK(r->data == "hello");
  CHECK(r->more);
  CHECK(devices::scanner::make_hid_pos_report("]Q1", "hello", true)[5] == 'h');
  auto rebuilt = devices::scanner::parse_hid_pos_report(devices::scanner::make_hid_pos_report("]Q1", "hello", true));
  REQUIRE(rebuilt.ok());
  CHECK(*rebuilt == *r);
}

TEST_CASE("scanner: malformed HID POS reports are refused with the reason") {
  auto good = devices::scanner::make_hid_pos_report("]Q1", "x", false);
  auto wrong_id = good;
  wrong_id[0] = 0x01;
  CHECK(devices::scanner::parse_hid_pos_report(wrong_id).error().message.find("byte 0") != std::string::npos);
  auto too_long = good;
  too_long[1] = 57;
  CHECK(devices::scanner::parse_hid_pos_report(too_long).error().message.find("byte 1") != std::string::npos);
  CHECK_FALSE(devices::scanner::parse_hid_pos_report(std::span(good).first(63)).ok());
}

TEST_CASE("scanner: a code longer than one report is joined across continuations") {
  const std::string text(130, 'k');  // 56 + 56 + 18
  HidPosDecoder d;
  ScanEvents out;
  d.feed(*devices::scanner::parse_hid_pos_report(devices::scanner::make_hid_pos_report("]Q1", text.substr(0, 56), true)), 0ms, out);
  d.feed(*devices::scanner::parse_hid_pos_report(devices::scanner::make_hid_pos_report("]Q1", text.substr(56, 56), true)), 2ms, out);
  CHECK(out.empty());
  CHECK(d.pending());
  d.feed(*devices::scanner::parse_hid_pos_report(devices::scanner::make_hid_pos_report("]Q1", text.substr(112) + "\r\n", false)), 4ms, out);
  REQUIRE(out.size() == 1);
  CHECK(out[0] == devices::scanner::ScanEvent{ScannedCode{text, "]Q1"}});
}

TEST_CASE("scanner: HID POS without an AIM id in the header: a prefix in the data is used") {
  HidPosDecoder d;
  ScanEvents out;
  d.feed(*devices::scanner::parse_hid_pos_report(devices::scanner::make_hid_pos_report("", "]C0ABC", false)), 0ms, out);
  REQUIRE(out.size() == 1);
  CHECK(out[0] == devices::scanner::ScanEvent{ScannedCode{"ABC", "]C0"}});
}

TEST_CASE("scanner: a continuation that never comes drops the code") {
  HidPosDecoder d;
  ScanEvents out;
  d.feed(*devices::scanner::parse_hid_pos_report(devices::scanner::make_hid_pos_report("]Q1", "part", true)), 0ms, out);
  d.expire(50ms, out);
  CHECK(out.empty());
  d.expire(150ms, out);
  REQUIRE(out.size() == 1);
  CHECK(out[0] == devices::scanner::ScanEvent{devices::scanner::CutOffCode{"part"}});
  // a late continuation is not glued to the old part
  d.feed(*devices::scanner::parse_hid_pos_report(devices::scanner::make_hid_pos_report("]Q1", "one", true)), 1000ms, out);
  d.feed(*devices::scanner::parse_hid_pos_report(devices::scanner::make_hid_pos_report("]Q1", "two", false)), 1200ms, out);
  REQUIRE(out.size() == 3);
  CHECK(out[1] == devices::scanner::ScanEvent{devices::scanner::CutOffCode{"one"}});
  CHECK(out[2] == devices::scanner::ScanEvent{ScannedCode{"two", "]Q1"}});
}

TEST_CASE("scanner: report decoder tells the kinds apart by size") {
  devices::scanner::ReportDecoder d;
  ScanEvents out;
  const std::uint8_t shift_a[8] = {0x02, 0, 0x04, 0, 0, 0, 0, 0};
  const std::uint8_t up[8] = {};
  const std::uint8_t enter[8] = {0, 0, 0x28, 0, 0, 0, 0, 0};
  REQUIRE(d.feed(shift_a, 0ms, out).ok());
  REQUIRE(d.feed(up, 1ms, out).ok());
  REQUIRE(d.feed(enter, 2ms, out).ok());
  REQUIRE(d.feed(devices::scanner::make_hid_pos_report("]Q1", "pos", false), 3ms, out).ok());
  REQUIRE(out.size() == 2);
  CHECK(out[0] == devices::scanner::ScanEvent{ScannedCode{"A", ""}});
  CHECK(out[1] == devices::scanner::ScanEvent{ScannedCode{"pos", "]Q1"}});
  const std::uint8_t odd[9] = {};
  auto bad = d.feed(odd, 4ms, out);
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().message.find("got 9") != std::string::npos);
}
