// libFuzzer target for the ID-card codec: frame parsing (one frame and the resynchronising stream
// parser), the read-reply split, the 256-byte text-block decoder, hex input and JSON output.
// Pure codec sources only: devices/idcard/{protocol_*,record_json}.cpp
// and src/base/*.cpp. A decoded card is always valid UTF-8, so its JSON must never be refused.
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

#include "devices/idcard/protocol_read_reply.h"
#include "devices/idcard/protocol_sam_frame.h"
#include "devices/idcard/protocol_text_block.h"
#include "devices/idcard/record_json.h"

using namespace devices::idcard;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::span<const std::uint8_t> bytes(data, size);

  // One complete frame, either direction.
  if (auto r = parse_response(bytes); r.ok()) {
    if (auto rec = decode_read_reply(*r); rec.ok() && !record_to_json(*rec).ok()) __builtin_trap();
    (void)decode_read_reply(*r, true);
  }
  (void)parse_command(bytes);

  // The same bytes as a stream, cut into chunks whose size the first byte chooses.
  if (size > 0) {
    const std::size_t chunk = 1 + data[0] % 97;
    SamStreamParser p;
    std::size_t frames = 0;
    for (std::size_t at = 1; at < size; at += chunk) {
      p.feed(bytes.subspan(at, std::min(chunk, size - at)));
      while (auto f = p.next()) {
        if (++frames > size) __builtin_trap();  // each frame or error consumes input: no endless loop
      }
    }
  }

  // Any 256 bytes are a text block; any bytes are UCS-2 text.
  if (size >= kTextBlockBytes) {
    if (auto rec = decode_text_block(bytes.first(kTextBlockBytes)); rec.ok()) {
      if (!record_to_json(*rec).ok()) __builtin_trap();
      const auto again = encode_text_block(*rec);
      (void)decode_text_block(again);
    }
  }
  (void)decode_ucs2le(bytes);
  (void)parse_hex(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
