#include "app/commands/slip_output.h"

#include <cstdio>

#include "app/commands/command.h"
#include "app/file_write.h"
#include "app/paths.h"
#include "app/qr/png_gray.h"
#include "app/slip/escpos_render.h"
#include "app/slip/print_once.h"
#include "app/slip/printer_profile_file.h"
#include "app/slip/slip_font.h"
#include "app/slip/slip_render.h"
#include "base/printable.h"

namespace app {

SlipOutputs take_slip_outputs(ArgParser& p) {
  SlipOutputs o;
  o.out = p.option("--out");
  o.escpos = p.option("--escpos");
  o.printer = p.option("--printer");
  o.mode = p.option("--mode");
  o.print = p.flag("--print");
  o.demo = p.flag("--demo");
  o.paper_out = p.flag("--demo-paper-out");
  return o;
}

SlipDelivery deliver_slip(const core::AcceptanceSlip& slip, const SlipOutputs& o, const core::Config& config) {
  auto fail = [](std::string_view message) { return SlipDelivery{usage_error(message), {}}; };
  if (o.paper_out && !o.demo) return fail("--demo-paper-out needs --demo (the simulated printer)");
  if ((o.demo || o.paper_out) && !o.print) return fail("--demo and --demo-paper-out go with --print");
  auto profile = slip::load_named_profile(paths::assets_dir(), o.printer ? *o.printer : config.printer.profile);
  if (!profile) return fail(profile.error().message);
  slip::SlipMode mode = slip::default_mode(*profile);
  if (o.mode || !config.printer.mode.empty()) {
    const std::string name = o.mode ? *o.mode : config.printer.mode;
    auto m = slip::slip_mode_from(name);
    if (!m) return fail("--mode takes text or raster, got '" + name + "'");
    mode = *m;
  }
  auto font = slip::SlipFont::open(config.fonts.chain);
  if (!font) return fail(font.error().message);
  auto bytes = slip::slip_to_escpos(slip, *profile, **font, mode);
  if (!bytes) return fail(bytes.error().message);
  if (o.escpos) {
    const std::string_view raw(reinterpret_cast<const char*>(bytes->data()), bytes->size());
    if (auto w = write_file_atomically(*o.escpos, raw); !w) return fail(w.error().message);
  }
  if (o.out) {
    const auto printout = slip::render_escpos(*bytes, **font, profile->paper_dots);
    if (!printout) return fail(printout.error().message);
    for (const auto& problem : printout->problems) std::fprintf(stderr, "onewindow: escpos: %s\n", problem.c_str());
    if (auto w = qr::write_gray_png(*o.out, printout->image); !w) return fail(w.error().message);
  }
  if (o.print) {
    const auto choice = !o.demo ? slip::PrinterChoice::Usb
                                : o.paper_out ? slip::PrinterChoice::SimulatedPaperOut : slip::PrinterChoice::Simulated;
    auto job = slip::print_once(*bytes, choice);
    // No printer, or one that stopped: a state of the device, not bad input — said, and exit 1.
    const std::string why = !job ? job.error().message : job->done ? std::string() : job->reason + " (" + job->detail + ")";
    if (!why.empty()) {
      std::fprintf(stderr, "onewindow: not printed: %s; run the command again to reprint\n", base::one_line(why).c_str());
      return SlipDelivery{kExitNo, {}};
    }
  }
  return SlipDelivery{kExitOk, std::string(mode == slip::SlipMode::Text ? "text" : "raster") + " mode, " + profile->name +
                                   ", " + std::to_string(bytes->size()) + " bytes"};
}

}  // namespace app
