// `onewindow scenario FILE [--screenshot-dir DIR] [--verbose]`: drives the real terminal from a
// script (docs/scenarios.md) on $DISPLAY with simulated devices. Exit 0 all steps passed, 1 a check
// failed (FILE:LINE on stderr), 2 the script is wrong or cannot run.
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>

#include "app/commands/arg_parser.h"
#include "app/commands/command.h"
#include "app/input_file.h"
#include "base/printable.h"
#include "app/scenario/runner.h"
#include "app/scenario/script.h"

namespace app {

int run_scenario(Args args) {
  ArgParser p(args);
  scenario::RunOptions o;
  if (auto dir = p.option("--screenshot-dir")) o.screenshot_dir = *dir;
  o.verbose = p.flag("--verbose");
  std::vector<std::string> pos;
  std::string err;
  if (!p.finish(pos, err)) return usage_error(err);
  if (pos.size() != 1) return usage_error("scenario takes one FILE.scn");
  // A scenario is a page or two of steps; 1 MB is far beyond any.
  const auto text = read_input_file(pos[0], kMiB, "a scenario script");
  if (!text) return usage_error(text.error().message);
  auto script = scenario::parse_script(*text, pos[0]);
  if (!script) {
    std::fprintf(stderr, "%s\n", base::one_line(script.error().message).c_str());
    return kExitBadInput;
  }
  return scenario::run(*script, o);
}

}  // namespace app
