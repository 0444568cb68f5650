#include "app/slip/printer_text.h"

#include "app/text_encoding.h"

namespace app::slip {

namespace {

bool is_ascii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

}  // namespace

bool printer_font_covers(std::string_view utf8, const devices::printer::PrinterProfile& profile) {
  if (is_ascii(utf8)) return true;
  if (!profile.chinese_font) return false;
  return convert_text(utf8, "UTF-8", profile.gb18030_four_byte ? "GB18030" : "GBK").ok();
}

std::string gb18030_to_utf8_lossy(std::string_view bytes) { return convert_text_to_utf8_lossy(bytes, "GB18030"); }

std::string cp437_to_utf8_lossy(std::string_view bytes) { return convert_text_to_utf8_lossy(bytes, "IBM437"); }

}  // namespace app::slip
