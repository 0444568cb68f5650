#include "app/services.h"

#include <type_traits>

#include "app/log.h"

namespace app {

void Services::run(const core::Effects& effects) {
  for (const auto& e : effects) {
    std::visit(
        [this](const auto& fx) {
          using T = std::decay_t<decltype(fx)>;
          if constexpr (std::is_same_v<T, core::fx::ConnectDevices>) connect_devices(fx.simulated);
          else if constexpr (std::is_same_v<T, core::fx::Quit>) log::info("app", "quit requested");
          else if constexpr (std::is_same_v<T, core::fx::SimulateCard>) simulate_card(fx.slot);
        },
        e);
  }
}

void Services::connect_devices(bool simulated) {
  if (!simulated) {
    // Real hardware discovery arrives with the device issues; until then nothing is connected,
    // and the strip says so.
    log::info("devices", "no USB device drivers yet: reader, scanner and printer show as not connected");
    return;
  }
  for (core::DeviceKind k : core::kAllDeviceKinds)
    q_.post(core::ev::DeviceLinkChanged{k, {core::DeviceLink::Connected, core::DeviceOrigin::Simulated}});
}

void Services::simulate_card(int slot) {
  log::info("devices", "demo card " + std::to_string(slot) + ": no simulated reader wired yet");
}

void Services::stop() { clock_.stop(); }

}  // namespace app
