#include "devices/scanner/protocol_serial.h"

#include <doctest/doctest.h>

#include <chrono>
#include <string_view>

#include "devices/scanner/protocol_aim.h"

using namespace std::chrono_literals;
using devices::scanner::ScanEvents;
using devices::scanner::ScannedCode;
using devices::scanner::SerialDecoder;

namespace {
std::span<const std::uint8_t> bytes(std::string_view s) {
  return {reinterpret_cast<const std::uint8_t*>(s.data()), s.size()};
}
}  // namespace

TEST_CASE("scanner: serial codes end at CR, LF or CR LF and keep UTF-8") {
  SerialDecoder d;
  ScanEvents out;
  d.feed(bytes("]Q1OW1:abc\r\n民政\n"), 0ms, out);
  d.feed(bytes("split"), 1ms, out);
  d.feed(bytes(" code\r"), 2ms, out);
  REQUIRE(out.size() == 3);
  CHECK(out[0] == devices::scanner::ScanEvent{ScannedCode{"OW1:abc", "]Q1"}});
  CHECK(out[1] == devices::scanner::ScanEvent{ScannedCode{"民政", ""}});
  CHECK(out[2] == devices::scanner::ScanEvent{ScannedCode{"split code", ""}});
}

TEST_CASE("scanner: serial code without terminator is dropped after the gap") {
  SerialDecoder d;
  ScanEvents out;
  d.feed(bytes("half"), 0ms, out);
  d.feed(bytes("new\n"), 200ms, out);
  REQUIRE(out.size() == 2);
  CHECK(out[0] == devices::scanner::ScanEvent{devices::scanner::CutOffCode{"half"}});
  CHECK(out[1] == devices::scanner::ScanEvent{ScannedCode{"new", ""}});
}

TEST_CASE("scanner: AIM identifiers") {
  CHECK(devices::scanner::is_aim_id("]Q1"));
  CHECK(devices::scanner::is_aim_id("]d2"));
  CHECK_FALSE(devices::scanner::is_aim_id("]11"));
  CHECK_FALSE(devices::scanner::is_aim_id("Q1]"));
  CHECK(devices::scanner::symbology_name("]Q1") == "QR Code");
  CHECK(devices::scanner::symbology_name("]C0") == "Code 128");
  auto s = devices::scanner::split_aim_prefix("]Q");
  CHECK(s.symbology.empty());
  CHECK(s.text == "]Q");
}
