#pragma once
// CDC-ACM ("virtual COM port") scanners: the code's bytes as-is (UTF-8 safe), ended by CR, LF or
// CR LF.
#include <cstdint>
#include <span>

#include "devices/scanner/protocol_code_assembler.h"

namespace devices::scanner {

class SerialDecoder {
 public:
  explicit SerialDecoder(ScanOptions options = {}) : assembler_(options) {}

  // Bytes read in one transfer, all arriving at `at`.
  void feed(std::span<const std::uint8_t> bytes, Timestamp at, ScanEvents& out);
  void expire(Timestamp now, ScanEvents& out) { assembler_.expire(now, out); }
  bool pending() const { return assembler_.pending(); }

 private:
  CodeAssembler assembler_;
};

}  // namespace devices::scanner
