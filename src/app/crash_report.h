#pragma once
// Crash reports. A fatal signal (SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT — the watchdog's kill is
// SIGABRT) writes the signal, the time, a backtrace (glibc backtrace(); the binary exports its
// symbols, so the frames carry function names even stripped) and the last log lines to stderr (the
// journal under systemd) and, for the terminal, to a report file beside the store. The next start of
// the terminal finds that file, says 上次异常退出 with its time in the log, and keeps it as
// previous-crash.txt for the technician.
#include <filesystem>
#include <optional>
#include <string>

#include "core/language.h"
#include "core/text/i18n.h"

namespace app::crash {

// Installs the handlers (once per process). With a report file, a crash also writes it (0600).
void install(const std::optional<std::filesystem::path>& report_file);

// The terminal's report file: <data dir>/last-crash.txt.
std::filesystem::path report_file();

struct PreviousCrash {
  std::string time;  // local time of the crash, "2026-12-02 21:14:05"
  int signal = 0;
};

// A report left by the last run: read, logged (log.last_crash in `language`, a warning) and moved
// to previous-crash.txt. nullopt when the last run ended in order (or never ran).
std::optional<PreviousCrash> take_previous(const std::filesystem::path& report_file, const core::Catalog& catalog,
                                           core::Language language);

}  // namespace app::crash
