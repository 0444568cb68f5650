#pragma once
// Text for receipt printers: whether a printer's font can show a line, and the way back from
// printer bytes (GB18030 or code page 437) to UTF-8 for the virtual printer. The conversions are
// app/text_encoding's; UTF-8 → GB18030 for Chinese mode is app::to_gb18030.
#include <string>
#include <string_view>
#include <vector>

#include "devices/printer/printer_profile.h"
#include "devices/printer/virtual_printer.h"

namespace app::slip {

// Whether the printer's own font prints `utf8` in text mode: ASCII always; other characters only
// with a Chinese font, and then only those inside GBK (the fonts' repertoire: GB2312 + GBK), or
// any GB18030 character when the profile says its font has the four-byte range. Rare name
// characters (䶮, 𠀾) fail this and go to raster.
bool printer_font_covers(std::string_view utf8, const devices::printer::PrinterProfile& profile);

// Printer bytes → UTF-8; undecodable bytes become U+FFFD, never an error (the virtual printer
// must render whatever arrives).
std::string gb18030_to_utf8_lossy(std::string_view bytes);
std::string cp437_to_utf8_lossy(std::string_view bytes);

// The words on paper the virtual printer collected, as UTF-8: each text run decoded in the code
// page it was printed in (GB18030 in Chinese mode, code page 437 otherwise), a line feed or a cut
// as '\n'; command bytes, QR codes and raster images (lines a printer font could not print) leave
// no text. What `expect printed` reads in a scenario.
std::string printed_text(const std::vector<devices::printer::PrintedPage>& pages);

}  // namespace app::slip
