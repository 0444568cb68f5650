#pragma once
// What the commands that print a slip share (`slip render`, `notice …`): the printer options
// (--printer NAME, --mode text|raster), the outputs (--escpos FILE.bin: the bytes a printer would
// receive; --out FILE.png: the image those bytes print, through the virtual printer; --print: send
// them to the receipt printer, the simulated one with --demo, an empty roll with --demo-paper-out),
// and turning a slip into them. Files are written atomically: a failure leaves no file behind.
#include <optional>
#include <string>

#include "app/commands/arg_parser.h"
#include "core/config.h"
#include "core/domain/acceptance_slip.h"

namespace app {

struct SlipOutputs {
  std::optional<std::string> out, escpos, printer, mode;
  bool print = false, demo = false, paper_out = false;
  bool any() const { return out || escpos || print; }
};

// Takes the options above from `p` (before p.finish()).
SlipOutputs take_slip_outputs(ArgParser& p);

// Outcome of deliver_slip: the exit code, and for kExitOk the summary line
// ("text mode, generic-80, 812 bytes").
struct SlipDelivery {
  int exit_code = 0;
  std::string summary;
};

// Renders `slip` for the printer (the --printer profile, else the config's) and writes or prints it.
// A usage problem or an unwritable file exits 2 with one line on stderr; a job the printer did not
// finish (no printer found, paper out, cover open, unplugged) exits 1 saying so — the files were
// written first.
SlipDelivery deliver_slip(const core::AcceptanceSlip& slip, const SlipOutputs& o, const core::Config& config);

}  // namespace app
