#include "app/cli.h"

#include <cstdio>
#include <optional>
#include <string>
#include <sys/utsname.h>
#include <vector>

#include "app/commands/command.h"
#include "app/crash_report.h"
#include "app/file_write.h"
#include "app/log.h"
#include "base/split.h"

namespace app {

namespace {

void print_help() {
  std::printf("onewindow %s — civil-affairs one-window terminal (kiosk, counter, back office)\n\n", ONEWINDOW_VERSION);
  std::printf("usage: onewindow [COMMAND] [ARGS]   (no command: run)\n\n");
  for (const Command& c : all_commands())
    std::printf("  onewindow %.*s %.*s\n      %.*s\n", static_cast<int>(c.name.size()), c.name.data(),
                static_cast<int>(c.usage.size()), c.usage.data(), static_cast<int>(c.summary.size()),
                c.summary.data());
  std::printf("\nExit status: 0 done or yes, 1 a well-formed no, 2 unusable input or usage error.\n");
}

void log_environment(bool gui) {
  utsname u{};
  uname(&u);
  const char* display = std::getenv("DISPLAY");
  std::string line = std::string("onewindow ") + ONEWINDOW_VERSION + " on " + u.sysname + " " + u.release + " " +
                     u.machine + ", DISPLAY=" + (display ? display : "(none)");
  if (gui)
    log::info("app", line);
  else
    log::debug("app", line);
}

}  // namespace

int main_entry(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (!args.empty() && (args[0] == "--help" || args[0] == "-h" || args[0] == "help")) {
    print_help();
    return kExitOk;
  }
  if (!args.empty() && args[0] == "--version") args[0] = "version";
  // No command, or options only: run the terminal.
  if (args.empty() || args[0].rfind("--", 0) == 0) args.insert(args.begin(), "run");

  // The longest command name whose words match the first arguments.
  const Command* best = nullptr;
  size_t best_len = 0;
  for (const Command& c : all_commands()) {
    const auto w = base::split(c.name, ' ');  // "idcard decode" -> {"idcard", "decode"}
    if (w.size() > args.size() || w.size() <= best_len) continue;
    bool match = true;
    for (size_t i = 0; i < w.size(); ++i) match = match && args[i] == w[i];
    if (match) {
      best = &c;
      best_len = w.size();
    }
  }
  if (!best) {
    // A group name alone ("idcard") or an unknown word.
    return usage_error("unknown command \"" + args[0] + "\"; see onewindow --help");
  }
  log_environment(best->name == "run" || best->name == "screenshot");
  // Every command reports a crash on stderr; the terminal also leaves a report for its next start.
  crash::install(best->name == "run" ? std::optional(crash::report_file()) : std::nullopt);
  const std::vector<std::string> rest(args.begin() + static_cast<long>(best_len), args.end());
  const int rc = best->run(rest);
  // A result that did not reach stdout (a closed pipe, /dev/full) is not a result: exit 2.
  if (auto flushed = flush_stdout(); !flushed) return usage_error(flushed.error().message);
  return rc;
}

}  // namespace app
