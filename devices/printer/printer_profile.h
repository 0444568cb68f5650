#pragma once
// What one printer model can do, from assets/printers/<name>.toml (read in app/slip/). The slip
// renderer picks text or raster mode and the paper width from it.
#include <string>

namespace devices::printer {

inline constexpr int kDots58mm = 384;  // 58 mm paper, 203 dpi
inline constexpr int kDots80mm = 576;  // 80 mm paper, 203 dpi

struct PrinterProfile {
  std::string name = "generic-80";
  std::string description = "80 mm ESC/POS printer with a Chinese font";
  int paper_dots = kDots80mm;        // printable width in dots
  bool native_qr = true;             // understands GS ( k
  bool chinese_font = true;          // has a GB font behind FS &
  bool gb18030_four_byte = false;    // its font covers four-byte GB18030 (CJK Extension B…)
  int qr_module_dots = 6;            // GS ( k module size for the slip's code
  int feed_before_cut = 4;           // lines fed before the cut so the QR clears the blade
};

}  // namespace devices::printer
