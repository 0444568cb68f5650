#pragma once
// Text in other encodings, through glibc iconv (the one place the program calls it). Files from
// county offices arrive as UTF-8 (with or without a byte-order mark) or GB18030 (what Excel on a
// Chinese Windows saves as "CSV"); receipt printers take GB18030 in Chinese mode and code page 437
// otherwise.
#include <string>
#include <string_view>

#include "base/result.h"
#include "base/utf8.h"

namespace app {

enum class TextEncoding { Utf8, Utf8Bom, Gb18030 };

struct DecodedText {
  TextEncoding encoding = TextEncoding::Utf8;
  std::string utf8;
};

using base::is_valid_utf8;

// `bytes` from encoding `from` to encoding `to` (iconv names, e.g. "GB18030", "GBK", "IBM437").
// The first byte that cannot be converted ends it: an error naming that byte's offset.
base::Result<std::string> convert_text(std::string_view bytes, const char* from, const char* to);
// `bytes` from encoding `from` to UTF-8, never failing: each byte that cannot be converted
// becomes U+FFFD and the conversion goes on after it (what a printer does with garbage).
std::string convert_text_to_utf8_lossy(std::string_view bytes, const char* from);

// UTF-8 BOM → stripped; valid UTF-8 → as is; otherwise converted from GB18030.
// Bytes that are neither are an error naming the byte offset.
base::Result<DecodedText> decode_text(std::string_view bytes);
// UTF-8 → GB18030 (exports, printers' Chinese mode): four-byte sequences for characters beyond
// GBK, e.g. 𠀾 → 95 32 88 38.
base::Result<std::string> to_gb18030(std::string_view utf8);

}  // namespace app
