#include "core/screen.h"

namespace core {

namespace {
const ScreenInfo& info(ScreenId s) {
  for (const auto& i : kAllScreens)
    if (i.id == s) return i;
  return kAllScreens[0];
}
}  // namespace

std::string_view screen_name(ScreenId s) { return info(s).name; }

Mode mode_of(ScreenId s) { return info(s).mode; }

std::optional<ScreenId> screen_by_name(std::string_view name) {
  for (const auto& i : kAllScreens)
    if (i.name == name) return i.id;
  return std::nullopt;
}

ScreenId first_screen(Mode m) {
  switch (m) {
    case Mode::Kiosk: return ScreenId::Welcome;
    case Mode::Counter: return ScreenId::CounterSignIn;
    case Mode::Backoffice: return ScreenId::BackofficeSignIn;
  }
  return ScreenId::Welcome;
}

}  // namespace core
