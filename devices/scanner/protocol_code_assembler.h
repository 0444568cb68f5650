#pragma once
// Collects the characters of one code until its terminator. Shared by the keyboard-wedge and the
// serial codecs, which differ only in how a character arrives.
#include <string>

#include "devices/scanner/protocol_types.h"

namespace devices::scanner {

class CodeAssembler {
 public:
  explicit CodeAssembler(ScanOptions options = {}) : options_(options) {}

  // A character arrived. If the previous one came longer than max_key_gap ago, what was collected
  // is reported as cut off and the new character starts a fresh code.
  void add(char c, Timestamp at, ScanEvents& out);
  // The terminator (Enter, Tab, CR, LF) arrived: a non-empty code is complete.
  void terminate(Timestamp at, ScanEvents& out);
  // Call when nothing arrived for a while: reports a pending code as cut off once the gap passed.
  void expire(Timestamp now, ScanEvents& out);

  bool pending() const { return !buffer_.empty(); }
  const ScanOptions& options() const { return options_; }

 private:
  bool stale(Timestamp at) const { return pending() && at - last_char_ > options_.max_key_gap; }
  void drop(ScanEvents& out);

  ScanOptions options_;
  std::string buffer_;
  Timestamp last_char_{};
};

// Builds the finished code from its raw text, splitting an AIM prefix off when configured.
ScannedCode make_code(std::string raw, const ScanOptions& options);

}  // namespace devices::scanner
