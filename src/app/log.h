#pragma once
// Log lines go to stderr only: stdout carries a subcommand's result and nothing else.
#include <string_view>

namespace app::log {

enum class Level { Debug, Info, Warn, Error };

void set_min_level(Level l);  // default Info; ONEWINDOW_LOG=debug|info|warn|error overrides
void write(Level l, std::string_view component, std::string_view message);
// Whether write(l, …) prints: for a message that is costly to build, ask first.
bool enabled(Level l);
// The last lines written (at most 32, each cut at 300 bytes), oldest first, to a file descriptor:
// for the crash handler (no allocation, no lock; a line being written may come out torn).
void write_recent(int fd);
inline void debug(std::string_view c, std::string_view m) { write(Level::Debug, c, m); }
inline void info(std::string_view c, std::string_view m) { write(Level::Info, c, m); }
inline void warn(std::string_view c, std::string_view m) { write(Level::Warn, c, m); }
inline void error(std::string_view c, std::string_view m) { write(Level::Error, c, m); }

}  // namespace app::log
