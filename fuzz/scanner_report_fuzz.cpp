// libFuzzer target: HID reports of any size and content through the report decoder, with times
// taken from the input so cut-offs and stale keys are exercised too.
// Sources: devices/scanner/protocol_*.cpp
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <span>

#include "devices/scanner/protocol_report_decoder.h"
#include "devices/scanner/protocol_serial.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // Input: [gap ms][length][report bytes…] repeated.
  devices::scanner::ReportDecoder reports;
  devices::scanner::SerialDecoder serial;
  devices::scanner::ScanEvents out;
  devices::scanner::Timestamp at{};
  std::size_t i = 0;
  while (i + 2 <= size) {
    at += std::chrono::milliseconds(data[i]);
    const std::size_t n = data[i + 1] % 72;  // reaches both report sizes (8, 64) and neighbours
    i += 2;
    const std::size_t take = n < size - i ? n : size - i;
    const std::span<const std::uint8_t> report(data + i, take);
    (void)reports.feed(report, at, out);
    serial.feed(report, at, out);
    i += take;
    if (out.size() > 1024) out.clear();
  }
  reports.expire(at + std::chrono::seconds(1), out);
  serial.expire(at + std::chrono::seconds(1), out);
  return 0;
}
