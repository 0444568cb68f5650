#include "app/commands/arg_parser.h"

namespace app {

std::optional<std::string> ArgParser::option(const std::string& name) {
  for (size_t i = 0; i < rest_.size(); ++i) {
    const std::string& a = rest_[i];
    if (a == name) {
      if (i + 1 >= rest_.size()) {
        if (error_.empty()) error_ = name + " needs a value";
        rest_.erase(rest_.begin() + static_cast<long>(i));
        return std::nullopt;
      }
      std::string v = rest_[i + 1];
      rest_.erase(rest_.begin() + static_cast<long>(i), rest_.begin() + static_cast<long>(i) + 2);
      return v;
    }
    if (a.rfind(name + "=", 0) == 0) {
      std::string v = a.substr(name.size() + 1);
      rest_.erase(rest_.begin() + static_cast<long>(i));
      return v;
    }
  }
  return std::nullopt;
}

bool ArgParser::flag(const std::string& name) {
  for (size_t i = 0; i < rest_.size(); ++i) {
    if (rest_[i] == name) {
      rest_.erase(rest_.begin() + static_cast<long>(i));
      return true;
    }
  }
  return false;
}

bool ArgParser::finish(std::vector<std::string>& positionals, std::string& error) const {
  if (!error_.empty()) {
    error = error_;
    return false;
  }
  positionals.clear();
  for (const auto& a : rest_) {
    if (a.size() > 1 && a[0] == '-' && a != "-") {
      error = "unknown option " + a;
      return false;
    }
    positionals.push_back(a);
  }
  return true;
}

}  // namespace app
