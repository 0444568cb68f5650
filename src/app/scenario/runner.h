#pragma once
// Runs a parsed scenario against the real terminal: its own sandbox (store, config, XDG folders),
// simulated devices, a visible window on $DISPLAY, real pointer input through the X server.
#include <filesystem>
#include <optional>

#include "app/scenario/script.h"

namespace app::scenario {

struct RunOptions {
  std::optional<std::filesystem::path> screenshot_dir;  // `screenshot NAME` writes NAME.png here
  bool verbose = false;                                 // one line per step on stdout
};

// 0 every step passed; 1 a check failed ("FILE:LINE: command: expected …" on stderr); 2 the script
// or its setup cannot run (bad sample card name, no display, unwritable screenshot folder …).
int run(const Script& script, const RunOptions& options);

}  // namespace app::scenario
