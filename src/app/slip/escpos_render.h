#pragma once
// The virtual printer's paper: draws what an ESC/POS stream printed (devices/printer parser ops)
// into an image, as a thermal printer of the given width would: text on the 12/24-dot cell grid
// (GB18030 in Chinese mode, code page 437 otherwise), native QR codes as real, scannable symbols
// (ZXing), raster images, and cuts as page breaks (a grey band between pages).
#include <string>
#include <vector>

#include "app/qr/qr_image.h"
#include "base/result.h"
#include "app/slip/slip_font.h"
#include "devices/printer/protocol.h"
#include "devices/printer/virtual_printer.h"

namespace app::slip {

inline constexpr int kPageGapDots = 24;  // grey band drawn where the cutter cut
// The longest paper one render draws: 4 m at 8 dots/mm (a slip is ~15 cm). A stream that feeds
// more (30 KB of ESC d 255 asks for 2.5 km) is refused instead of allocating the image.
inline constexpr int kMaxPaperDots = 32000;

struct Printout {
  app::qr::GrayImage image;
  int pages = 0;                       // pages ended by a cut, plus a last uncut one
  std::vector<std::string> problems;   // unknown commands, unreadable QR data…, for stderr
};

// Renders the pages a VirtualPrinter collected; an error when they need more than kMaxPaperDots.
base::Result<Printout> render_pages(const std::vector<devices::printer::PrintedPage>& pages, SlipFont& font,
                                    int paper_dots);

// Parses and renders a whole stream (unknown commands listed in problems with their offsets), a
// slice at a time, so memory follows the paper drawn and not the stream's length; an error when
// the paper would be longer than kMaxPaperDots.
base::Result<Printout> render_escpos(std::span<const std::uint8_t> bytes, SlipFont& font, int paper_dots);

}  // namespace app::slip
