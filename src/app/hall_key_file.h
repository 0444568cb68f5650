#pragma once
// The file a technician carries from one terminal of a hall to the others (`onewindow hall key
// export|import`): one line "onewindow-hall-key-v1 <64 lowercase hex digits>\n". A terminal's own
// key file (32 raw bytes, store/hall_key.h) copied by hand is accepted too. Parsing is a pure
// function over the bytes; the command reads the file (size limit, owner-only mode) first.
#include <cstddef>
#include <string>
#include <string_view>

#include "base/result.h"
#include "store/hall_key.h"

namespace app {

inline constexpr std::string_view kHallKeyFileTag = "onewindow-hall-key-v1";
// Anything longer is not a hall key file (read no further than this).
inline constexpr std::size_t kHallKeyFileMaxBytes = 256;

std::string format_hall_key_file(const store::HallKey::Bytes& master);
// The key in `bytes`, or why they are not a hall key file (the message never echoes the bytes).
base::Result<store::HallKey::Bytes> parse_hall_key_file(std::string_view bytes);

}  // namespace app
