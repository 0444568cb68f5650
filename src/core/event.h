#pragma once
// Everything that can change the application's state arrives as an Event: device reports, store
// results, timer ticks, and the intents screens return when a person presses something.
#include <variant>

#include "core/civil_time.h"
#include "core/config.h"
#include "core/device_link.h"
#include "core/mode.h"

namespace core {

namespace ev {
struct Started {
  Config config;
  bool demo = false;
  CivilTime now;
};
struct ClockTicked {
  CivilTime now;
};
struct DeviceLinkChanged {
  DeviceKind kind;
  DeviceState state;
};
struct QuitRequested {};
}  // namespace ev

// Intents: what a person asked for on screen.
namespace intent {
struct ToggleLanguage {};
}  // namespace intent

using Event = std::variant<ev::Started, ev::ClockTicked, ev::DeviceLinkChanged, ev::QuitRequested,
                           intent::ToggleLanguage>;

}  // namespace core
