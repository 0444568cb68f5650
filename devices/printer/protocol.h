#pragma once
// The receipt printer's codec, ESC/POS, all of it pure (no I/O, no iconv: text arrives already in
// the printer's code page): the fuzz target, `onewindow escpos render` and the virtual printer
// build it alone. The driver (driver.h) speaks it over a Transport.
//
//   protocol_encoder.h  building command streams: text, QR (GS ( k), raster (GS v 0), cut, status requests
//   protocol_parser.h   reading a stream the way a printer does: the device side of the encoder
//   protocol_status.h   real-time status (DLE EOT n) replies and what they mean for the counter
#include "devices/printer/protocol_encoder.h"
#include "devices/printer/protocol_parser.h"
#include "devices/printer/protocol_status.h"
