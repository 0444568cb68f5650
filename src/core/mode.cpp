#include "core/mode.h"

namespace core {

std::optional<Mode> parse_mode(std::string_view s) {
  if (s == "kiosk") return Mode::Kiosk;
  if (s == "counter") return Mode::Counter;
  if (s == "backoffice") return Mode::Backoffice;
  return std::nullopt;
}

std::string_view mode_name(Mode m) {
  switch (m) {
    case Mode::Kiosk: return "kiosk";
    case Mode::Counter: return "counter";
    case Mode::Backoffice: return "backoffice";
  }
  return "kiosk";
}

}  // namespace core
