// The table of subcommands. Each command lives in its own file under src/app/commands/; add one
// declaration and one row here.
#include <array>
#include <cstdio>

#include "app/commands/command.h"

namespace app {

int run_gui(Args args);
int run_screenshot(Args args);
int run_version(Args args);

namespace {
constexpr std::array kCommands = {
    Command{"run", "[--mode kiosk|counter|backoffice] [--demo] [--windowed] [--config FILE]",
            "open the terminal (the default when no subcommand is given)", run_gui},
    Command{"screenshot", "--screen NAME --out FILE.png [--mode M] [--demo] [--size WxH] [--config FILE]",
            "render a screen with real frames, write it as PNG, exit", run_screenshot},
    Command{"version", "", "print the version", run_version},
};
}  // namespace

std::span<const Command> all_commands() { return kCommands; }

int usage_error(std::string_view message) {
  std::fprintf(stderr, "onewindow: %.*s\n", static_cast<int>(message.size()), message.data());
  return kExitBadInput;
}

}  // namespace app
