#pragma once
// A small, strict argument parser: options are taken by name, what remains must be positional.
// An unknown or incomplete option is a usage error naming it.
#include <optional>
#include <string>
#include <vector>

#include "app/commands/command.h"

namespace app {

class ArgParser {
 public:
  explicit ArgParser(Args args) : rest_(args.begin(), args.end()) {}

  // "--name VALUE" or "--name=VALUE"; an option given without its value is recorded as an error.
  std::optional<std::string> option(const std::string& name);
  bool flag(const std::string& name);
  // Call after taking every option: the positionals left, or the first error.
  bool finish(std::vector<std::string>& positionals, std::string& error) const;

 private:
  std::vector<std::string> rest_;
  std::string error_;
};

}  // namespace app
