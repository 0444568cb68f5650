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
#include "app/qr/png_gray.h"
#include "app/slip/escpos_render.h"
#include "devices/printer/printer_profile.h"

namespace app {

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
  std::vector<std::uint8_t> bytes;
  if (pos[0] == "-") {
    bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    std::ifstream in(pos[0], std::ios::binary);
    if (!in) return usage_error("cannot read " + pos[0]);
    bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  auto config = load_config(config_file ? &*config_file : nullptr);
  if (!config) return usage_error(config.error().message);
  auto font = slip::SlipFont::open(config->fonts.chain);
  if (!font) return usage_error(font.error().message);
  const auto printout = slip::render_escpos(bytes, **font, dots);
  for (const auto& problem : printout.problems) std::fprintf(stderr, "onewindow: escpos: %s\n", problem.c_str());
  if (auto w = qr::write_gray_png(*out, printout.image); !w) return usage_error(w.error().message);
  std::printf("%s: %dx%d dots, %d page(s), %zu skipped\n", out->c_str(), printout.image.width,
              printout.image.height, printout.pages, printout.problems.size());
  return kExitOk;
}

}  // namespace app
