#pragma once
// Text for receipt printers: UTF-8 → GB18030 for Chinese mode, whether a printer's font can show a
// line, and the way back (GB18030 or code page 437 → UTF-8) for the virtual printer. glibc iconv.
#include <string>
#include <string_view>

#include "base/result.h"
#include "devices/printer/printer_profile.h"

namespace app::slip {

// UTF-8 → GB18030 bytes (four-byte sequences for characters beyond GBK, e.g. 𠀾 → 95 32 88 38).
base::Result<std::string> utf8_to_gb18030(std::string_view utf8);

// Whether the printer's own font prints `utf8` in text mode: ASCII always; other characters only
// with a Chinese font, and then only those inside GBK (the fonts' repertoire: GB2312 + GBK), or
// any GB18030 character when the profile says its font has the four-byte range. Rare name
// characters (䶮, 𠀾) fail this and go to raster.
bool printer_font_covers(std::string_view utf8, const devices::printer::PrinterProfile& profile);

// Printer bytes → UTF-8; undecodable bytes become U+FFFD, never an error (the virtual printer
// must render whatever arrives).
std::string gb18030_to_utf8_lossy(std::string_view bytes);
std::string cp437_to_utf8_lossy(std::string_view bytes);

}  // namespace app::slip
