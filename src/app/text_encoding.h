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

enum class TextEncoding { Utf8, Utf8Bom, Gb18030, Utf16Le, Utf16Be };

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

// UTF-8 BOM → stripped; UTF-16LE/BE with a BOM (Excel's "Unicode text") → converted; valid UTF-8 →
// as is; otherwise converted from GB18030.
// Bytes that are neither are an error naming the byte offset.
base::Result<DecodedText> decode_text(std::string_view bytes);
// The encoding of a file from its first bytes (a BOM, or whether they are UTF-8) and how many of
// them are the BOM. `head` may end inside a character.
struct SniffedEncoding {
  TextEncoding encoding = TextEncoding::Utf8;
  std::size_t bom_bytes = 0;
};
SniffedEncoding sniff_encoding(std::string_view head);
// The iconv name of an encoding that is not UTF-8 ("GB18030", "UTF-16LE", "UTF-16BE").
const char* iconv_name(TextEncoding e);

// Converts a stream to UTF-8 a chunk at a time: a character cut between two chunks waits for the
// next. A byte that cannot be converted is an error naming its offset in the stream.
class StreamDecoder {
 public:
  explicit StreamDecoder(const char* from);
  ~StreamDecoder();
  StreamDecoder(const StreamDecoder&) = delete;
  StreamDecoder& operator=(const StreamDecoder&) = delete;
  // Appends the UTF-8 of `bytes` (after what is left of the last chunk) to `out`; `last`: no more follow.
  base::Status feed(std::string_view bytes, bool last, std::string& out);

 private:
  void* cd_;
  std::string carry_;
  unsigned long long offset_ = 0;  // stream offset of carry_[0]
};

// UTF-8 → GB18030 (exports, printers' Chinese mode): four-byte sequences for characters beyond
// GBK, e.g. 𠀾 → 95 32 88 38.
base::Result<std::string> to_gb18030(std::string_view utf8);

}  // namespace app
