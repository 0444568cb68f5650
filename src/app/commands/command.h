#pragma once
// The subcommand contract (architecture.md): stdout carries only the result; exit 0 = done / yes,
// 1 = a well-formed "no", 2 = input that cannot be processed or a usage error, with one line on
// stderr saying what and where.
#include <span>
#include <string>
#include <string_view>

namespace app {

inline constexpr int kExitOk = 0;
inline constexpr int kExitNo = 1;
inline constexpr int kExitBadInput = 2;

using Args = std::span<const std::string>;

struct Command {
  std::string_view name;     // first word(s) after `onewindow`, e.g. "idcard decode"
  std::string_view usage;    // argument synopsis
  std::string_view summary;  // one line for --help
  int (*run)(Args args);     // args after the name
};

// Every subcommand, in the order --help lists them. Defined in registry.cpp.
std::span<const Command> all_commands();

// Prints "onewindow: <message>" on stderr and returns kExitBadInput.
int usage_error(std::string_view message);

}  // namespace app
