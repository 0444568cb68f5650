#pragma once
// Files from county offices arrive as UTF-8 (with or without a byte-order mark) or GB18030 (what
// Excel on a Chinese Windows saves as "CSV"). This detects which and returns UTF-8.
#include <string>
#include <string_view>

#include "base/result.h"

namespace app {

enum class TextEncoding { Utf8, Utf8Bom, Gb18030 };

struct DecodedText {
  TextEncoding encoding = TextEncoding::Utf8;
  std::string utf8;
};

bool is_valid_utf8(std::string_view bytes);
// UTF-8 BOM → stripped; valid UTF-8 → as is; otherwise converted from GB18030 with glibc iconv.
// Bytes that are neither are an error naming the byte offset.
base::Result<DecodedText> decode_text(std::string_view bytes);
// UTF-8 → GB18030 (for tests and exports).
base::Result<std::string> to_gb18030(std::string_view utf8);

}  // namespace app
