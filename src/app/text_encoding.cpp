#include "app/text_encoding.h"

#include <iconv.h>

#include <cerrno>

namespace app {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

base::Result<std::string> convert(std::string_view in, const char* from, const char* to) {
  iconv_t cd = iconv_open(to, from);
  if (cd == reinterpret_cast<iconv_t>(-1)) return base::Error{std::string("iconv cannot convert ") + from + " to " + to};
  std::string out;
  out.resize(in.size() * 2 + 16);
  char* src = const_cast<char*>(in.data());
  std::size_t src_left = in.size();
  char* dst = out.data();
  std::size_t dst_left = out.size();
  while (src_left > 0) {
    std::size_t rc = iconv(cd, &src, &src_left, &dst, &dst_left);
    if (rc != static_cast<std::size_t>(-1)) continue;
    if (errno == E2BIG) {
      std::size_t used = static_cast<std::size_t>(dst - out.data());
      out.resize(out.size() * 2);
      dst = out.data() + used;
      dst_left = out.size() - used;
      continue;
    }
    std::size_t offset = in.size() - src_left;
    iconv_close(cd);
    return base::Error{std::string("the text is neither UTF-8 nor ") + (std::string_view(from) == "UTF-8" ? to : from) +
                       ": bad bytes at byte offset " + std::to_string(offset)};
  }
  iconv(cd, nullptr, nullptr, &dst, &dst_left);
  out.resize(static_cast<std::size_t>(dst - out.data()));
  iconv_close(cd);
  return out;
}

}  // namespace

bool is_valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    auto c = static_cast<unsigned char>(s[i]);
    std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > s.size()) return false;
    char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (std::size_t k = 1; k < len; ++k) {
      auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc >> 6) != 0x2) return false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    static constexpr char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += len;
  }
  return true;
}

base::Result<DecodedText> decode_text(std::string_view bytes) {
  if (bytes.substr(0, kUtf8Bom.size()) == kUtf8Bom) {
    auto rest = bytes.substr(kUtf8Bom.size());
    if (!is_valid_utf8(rest)) return base::Error{"the file starts with a UTF-8 byte-order mark but is not valid UTF-8"};
    return DecodedText{TextEncoding::Utf8Bom, std::string(rest)};
  }
  if (is_valid_utf8(bytes)) return DecodedText{TextEncoding::Utf8, std::string(bytes)};
  auto converted = convert(bytes, "GB18030", "UTF-8");
  if (!converted) return converted.error();
  return DecodedText{TextEncoding::Gb18030, std::move(converted.value())};
}

base::Result<std::string> to_gb18030(std::string_view utf8) { return convert(utf8, "UTF-8", "GB18030"); }

}  // namespace app
