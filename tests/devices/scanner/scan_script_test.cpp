// The simulator's scripts fed straight into the decoders: deterministic, no threads, no sleeping.
#include "devices/scanner/scan_script.h"

#include <doctest/doctest.h>

#include <chrono>

#include "devices/scanner/protocol_report_decoder.h"
#include "devices/scanner/protocol_serial.h"

using namespace std::chrono_literals;
using namespace devices::scanner;

namespace {
const std::string kPayload = "OW1:320102-01-20261123-0042:JZNVGRFPYE3ARMOL";

ScanEvents decode(ScannerInterface kind, const SimulatedScan& scan, Timestamp expire_at = 10s) {
  auto reports = scan_reports(kind, scan);
  REQUIRE(reports.ok());
  ScanEvents out;
  ReportDecoder reports_decoder;
  SerialDecoder serial;
  for (const auto& r : *reports) {
    if (kind == ScannerInterface::Serial) {
      serial.feed(r.bytes, r.at, out);
    } else {
      REQUIRE(reports_decoder.feed(r.bytes, r.at, out).ok());
    }
  }
  reports_decoder.expire(expire_at, out);
  serial.expire(expire_at, out);
  return out;
}
ScanEvents code(std::string text, std::string sym = "") { return {ScannedCode{std::move(text), std::move(sym)}}; }
}  // namespace

TEST_CASE("scanner: simulated scans decode to the same text on every interface") {
  for (auto kind : {ScannerInterface::BootKeyboard, ScannerInterface::HidPos, ScannerInterface::Serial}) {
    CHECK(decode(kind, {.text = kPayload, .aim_prefix = "]Q1"}) == code(kPayload, "]Q1"));
    CHECK(decode(kind, {.text = "aa"}) == code("aa"));
    CHECK(decode(kind, {.text = "0011"}) == code("0011"));
  }
  const std::string long_text(200, 'Z');
  CHECK(decode(ScannerInterface::HidPos, {.text = long_text}) == code(long_text));
}

TEST_CASE("scanner: keyboard script is key down, release, Enter, with left shift for capitals") {
  auto reports = keyboard_scan_reports({.text = "Ab", .report_interval = 5ms});
  REQUIRE(reports.ok());
  REQUIRE(reports->size() == 6);
  CHECK((*reports)[0].bytes == std::vector<std::uint8_t>{0x02, 0, 0x04, 0, 0, 0, 0, 0});
  CHECK((*reports)[1].bytes == std::vector<std::uint8_t>(8, 0));
  CHECK((*reports)[2].bytes == std::vector<std::uint8_t>{0, 0, 0x05, 0, 0, 0, 0, 0});
  CHECK((*reports)[4].bytes == std::vector<std::uint8_t>{0, 0, 0x28, 0, 0, 0, 0, 0});
  CHECK((*reports)[5].at == 25ms);
  auto chinese = keyboard_scan_reports({.text = "民政"});
  REQUIRE_FALSE(chinese.ok());
  CHECK(chinese.error().message.find("ASCII") != std::string::npos);
}

TEST_CASE("scanner: jitter below the key gap changes nothing, and is reproducible") {
  // too much jitter is a cut-off: the test can fail
  auto slow = decode(ScannerInterface::BootKeyboard, {.text = kPayload, .report_interval = 2ms, .jitter = 200ms});
  CHECK_FALSE(slow == code(kPayload));
  const SimulatedScan jittery{.text = kPayload, .report_interval = 2ms, .jitter = 40ms, .seed = 7};
  // two reports per character (key, release): at most 2 × 42 ms between characters, under 100 ms
  CHECK(decode(ScannerInterface::BootKeyboard, jittery) == code(kPayload));
  auto a = keyboard_scan_reports(jittery);
  auto b = keyboard_scan_reports(jittery);
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  CHECK(a->back().at == b->back().at);
  CHECK(a->back().at > 2ms * static_cast<long>(a->size()));
}

TEST_CASE("scanner: a dropped release loses the repeated character (the MAC then refuses the code)") {
  auto out = decode(ScannerInterface::BootKeyboard,
                    {.text = "0011", .fault = ScanFault::DroppedRelease, .fault_at = 0});
  CHECK(out == code("011"));
  // a dropped release before a different key loses nothing
  CHECK(decode(ScannerInterface::BootKeyboard, {.text = "ab", .fault = ScanFault::DroppedRelease, .fault_at = 0}) ==
        code("ab"));
}

TEST_CASE("scanner: a cut-off scan is dropped on every interface") {
  for (auto kind : {ScannerInterface::BootKeyboard, ScannerInterface::HidPos, ScannerInterface::Serial}) {
    const std::string text = kind == ScannerInterface::HidPos ? std::string(120, 'q') : kPayload;
    const std::size_t at = kind == ScannerInterface::HidPos ? 60 : 20;
    auto out = decode(kind, {.text = text, .fault = ScanFault::CutOff, .fault_at = at});
    REQUIRE_MESSAGE(out.size() == 1, static_cast<int>(kind));
    CHECK(std::holds_alternative<CutOffCode>(out[0]));
  }
}
