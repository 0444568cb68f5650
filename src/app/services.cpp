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
          else if constexpr (std::is_same_v<T, core::fx::OpenStore>) store_.open(fx.demo, fx.sqlite_path);
          else if constexpr (std::is_same_v<T, core::fx::Quit>) log::info("app", "quit requested");
          else if constexpr (std::is_same_v<T, core::fx::SimulateCard>) simulate_card(fx.slot);
          else if constexpr (std::is_same_v<T, core::fx::SimulatePaperOut>) devices_.simulate_paper_out(fx.out);
        },
        e);
  }
}

void Services::connect_devices(bool simulated) { devices_.start(simulated, config_); }

void Services::simulate_card(int slot) { devices_.simulate_card(slot); }

void Services::stop() {
  clock_.stop();
  devices_.stop();
  store_.stop();
}

}  // namespace app
