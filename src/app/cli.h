#pragma once

namespace app {

// Parses the command line, dispatches to a subcommand (or the terminal itself), returns the exit
// status.
int main_entry(int argc, char** argv);

}  // namespace app
