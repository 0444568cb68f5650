// `onewindow escpos render IN.bin --out OUT.png [--width 384|576]`: the virtual printer as a tool
// for field technicians and tests. Unknown commands are listed on stderr, never fatal.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "app/commands/arg_parser.h"
#include "app/commands/command.h"
#include "app/config_file.h"
#include "app/input_file.h"
#include "base/printable.h"
#include "app/qr/png_gray.h"
#include "app/slip/escpos_render.h"
#include "devices/printer/printer_profile.h"

namespace app {

namespace {
// A print job larger than this is not a receipt: a 576-dot slip in raster is ~80 KB.
constexpr std::size_t kMaxEscPosBytes = 16 * kMiB;
}  // namespace

int run_escpos_render(Args args) {
  ArgParser p(args);
  const auto out = p.option("--out");
  const auto width = p.option("--width");
  const auto config_file = p.option("--config");
  std::vector<std::string> pos;
  std::string err;
  if (!p.finish(pos, err)) return usage_error(err);
  if (pos.size() != 1) return usage_error("escpos render takes one IN.bin (or - for stdin)");
  if (!out) return usage_error("escpos render needs --out FILE.png");
  int dots = devices::printer::kDots80mm;
  if (width) {
    if (*width == "384") dots = devices::printer::kDots58mm;
    else if (*width != "576") return usage_error("--width takes 384 (58 mm) or 576 (80 mm), got '" + *width + "'");
  }
  auto input = read_input_file(pos[0], kMaxEscPosBytes, "an ESC/POS print job");
  if (!input) return usage_error(input.error().message);
  const std::vector<std::uint8_t> bytes(input->begin(), input->end());
  auto config = load_config(config_file ? &*config_file : nullptr);
  if (!config) return usage_error(config.error().message);
  auto font = slip::SlipFont::open(config->fonts.chain);
  if (!font) return usage_error(font.error().message);
  const auto printout = slip::render_escpos(bytes, **font, dots);
  if (!printout) return usage_error(pos[0] + ": " + printout.error().message);
  for (const auto& problem : printout->problems)
    std::fprintf(stderr, "onewindow: escpos: %s\n", base::one_line(problem).c_str());
  if (auto w = qr::write_gray_png(*out, printout->image); !w) return usage_error(w.error().message);
  std::printf("%s: %dx%d dots, %d page(s), %zu skipped\n", base::printable(*out, 200).c_str(), printout->image.width,
              printout->image.height, printout->pages, printout->problems.size());
  return kExitOk;
}

}  // namespace app
