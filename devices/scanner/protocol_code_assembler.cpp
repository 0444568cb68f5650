#include "devices/scanner/protocol_code_assembler.h"

#include <utility>

#include "devices/scanner/protocol_aim.h"

namespace devices::scanner {

ScannedCode make_code(std::string raw, const ScanOptions& options) {
  if (!options.strip_aim_prefix) return {std::move(raw), {}};
  AimSplit split = split_aim_prefix(raw);
  return {std::move(split.text), std::move(split.symbology)};
}

void CodeAssembler::drop(ScanEvents& out) {
  out.emplace_back(CutOffCode{std::move(buffer_)});
  buffer_.clear();
}

void CodeAssembler::add(char c, Timestamp at, ScanEvents& out) {
  if (stale(at)) drop(out);
  buffer_.push_back(c);
  last_char_ = at;
}

void CodeAssembler::terminate(Timestamp at, ScanEvents& out) {
  if (stale(at)) {
    drop(out);
    return;
  }
  if (!pending()) return;  // a lone Enter is not a code
  ScannedCode code = make_code(std::move(buffer_), options_);
  buffer_.clear();
  if (!code.text.empty()) out.emplace_back(std::move(code));  // an AIM id with no data is no code
}

void CodeAssembler::expire(Timestamp now, ScanEvents& out) {
  if (stale(now)) drop(out);
}

}  // namespace devices::scanner
