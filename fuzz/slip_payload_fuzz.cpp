// libFuzzer target: arbitrary text through the slip payload parser; a payload it accepts must
// re-format to exactly the same bytes (only the canonical spelling is accepted).
// Sources: src/core/{slip_code,acceptance_number,civil_time}.cpp
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/domain/slip_code.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const core::SlipPayloadCheck c = core::parse_slip_payload(text);
  if (c.ok()) {
    const std::string again = core::slip_mac_message(c.acceptance_no) + ":" + c.mac;
    if (again != text) std::abort();
    if (c.mac.size() != core::kSlipMacChars) std::abort();
  }
  return 0;
}
