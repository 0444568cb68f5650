#pragma once
// The acceptance slip model (core/acceptance_slip.h) turned into what a printer takes and what the
// screen shows:
//   - render_slip_image: the whole slip as a 1-bit-looking image the printer's width (the preview,
//     and the picture raster mode prints);
//   - slip_to_escpos: the bytes of one print job, in text mode (GB18030 + native QR; lines the
//     printer's font cannot show go as raster) or raster mode (the image above, GS v 0).
// Both lay text out on the same cell grid (slip_font.h), so the two modes print alike.
#include <cstdint>
#include <vector>

#include "app/qr/qr_image.h"
#include "app/slip/slip_font.h"
#include "core/domain/acceptance_slip.h"
#include "base/result.h"
#include "devices/printer/printer_profile.h"
#include "devices/printer/protocol.h"

namespace app::slip {

enum class SlipMode { Text, Raster };
// "text" / "raster"; nullopt otherwise.
std::optional<SlipMode> slip_mode_from(std::string_view name);
// Text mode where the profile has a Chinese font, raster otherwise.
SlipMode default_mode(const devices::printer::PrinterProfile& profile);

// The QR error level of the slip: M survives a fold.
inline constexpr app::qr::QrErrorLevel kSlipQrLevel = app::qr::QrErrorLevel::M;
// Raster images go out in bands of this many rows: printers with small input buffers choke on one
// GS v 0 of a whole slip.
inline constexpr int kRasterBandRows = 128;
// White dots at the top of a raster slip (text mode starts at the print head's first line).
inline constexpr int kTopMarginDots = 8;

// The slip as the printer puts it on paper, profile.paper_dots wide; pixels are 0 or 255.
base::Result<app::qr::GrayImage> render_slip_image(const core::AcceptanceSlip& slip,
                                                   const devices::printer::PrinterProfile& profile, SlipFont& font);

// One print job: init, the slip, feed, cut.
base::Result<devices::printer::Bytes> slip_to_escpos(const core::AcceptanceSlip& slip, const devices::printer::PrinterProfile& profile,
                                            SlipFont& font, SlipMode mode);

// How many of the slip's text lines text mode sends as raster (rare characters), for logs/tests.
int raster_line_count(const core::AcceptanceSlip& slip, const devices::printer::PrinterProfile& profile);

}  // namespace app::slip
