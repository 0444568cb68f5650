#pragma once
// What update() asks the outside world to do. Services (src/app) run effects off the UI thread and
// report results back as Events.
#include <variant>
#include <vector>

namespace core {

namespace fx {
// Start the device services: simulators in demo mode, USB discovery otherwise.
struct ConnectDevices {
  bool simulated = false;
};
struct Quit {};
// Demo only: tell the simulated reader to place sample card `slot` (0..3) or remove it (-1).
struct SimulateCard {
  int slot = -1;
};
}  // namespace fx

using Effect = std::variant<fx::ConnectDevices, fx::Quit, fx::SimulateCard>;
using Effects = std::vector<Effect>;

}  // namespace core
