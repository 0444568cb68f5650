#include "app/slip/printer_text.h"

#include <iconv.h>

#include <cerrno>

namespace app::slip {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Converts as much as possible. lossy: an invalid input byte becomes U+FFFD and is skipped;
// otherwise the first one ends the conversion with false.
bool convert(const char* to, const char* from, std::string_view in, std::string& out, bool lossy) {
  iconv_t cd = iconv_open(to, from);
  if (cd == reinterpret_cast<iconv_t>(-1)) return false;
  out.clear();
  char* src = const_cast<char*>(in.data());
  std::size_t left = in.size();
  char buf[4096];
  bool ok = true;
  while (left > 0) {
    char* dst = buf;
    std::size_t room = sizeof buf;
    const std::size_t rc = iconv(cd, &src, &left, &dst, &room);
    out.append(buf, static_cast<std::size_t>(dst - buf));
    if (rc != static_cast<std::size_t>(-1)) break;
    if (errno == E2BIG) continue;
    if (!lossy) {
      ok = false;
      break;
    }
    out += kReplacement;  // EILSEQ or EINVAL (truncated at end): skip one byte
    ++src;
    --left;
    iconv(cd, nullptr, nullptr, nullptr, nullptr);
  }
  iconv_close(cd);
  return ok;
}

bool is_ascii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

}  // namespace

base::Result<std::string> utf8_to_gb18030(std::string_view utf8) {
  std::string out;
  if (!convert("GB18030", "UTF-8", utf8, out, false)) {
    return base::Error{"text cannot be converted to GB18030 (invalid UTF-8?): " + std::string(utf8.substr(0, 40))};
  }
  return out;
}

bool printer_font_covers(std::string_view utf8, const devices::printer::PrinterProfile& profile) {
  if (is_ascii(utf8)) return true;
  if (!profile.chinese_font) return false;
  std::string out;
  if (profile.gb18030_four_byte) return convert("GB18030", "UTF-8", utf8, out, false);
  return convert("GBK", "UTF-8", utf8, out, false);
}

std::string gb18030_to_utf8_lossy(std::string_view bytes) {
  std::string out;
  convert("UTF-8", "GB18030", bytes, out, true);
  return out;
}

std::string cp437_to_utf8_lossy(std::string_view bytes) {
  std::string out;
  convert("UTF-8", "IBM437", bytes, out, true);
  return out;
}

}  // namespace app::slip
