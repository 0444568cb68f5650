#include "devices/scanner/protocol_serial.h"

namespace devices::scanner {

void SerialDecoder::feed(std::span<const std::uint8_t> bytes, Timestamp at, ScanEvents& out) {
  for (std::uint8_t b : bytes) {
    if (b == '\r' || b == '\n') {
      assembler_.terminate(at, out);  // the LF of CR LF ends an empty code, which is ignored
    } else {
      assembler_.add(static_cast<char>(b), at, out);
    }
  }
}

}  // namespace devices::scanner
