#pragma once
// Owns the device threads (real USB or simulators) and turns what the drivers report into core
// events on the queue. Driver callbacks run on device threads: they only post and return.
#include <memory>

#include "core/config.h"
#include "core/event_queue.h"

namespace devices::idcard {
class IdCardReader;
class SimulatedReader;
}  // namespace devices::idcard
namespace devices::usb {
class UsbContext;
}

namespace app {

class DeviceHub {
 public:
  explicit DeviceHub(core::EventQueue& q);
  ~DeviceHub();
  DeviceHub(const DeviceHub&) = delete;
  DeviceHub& operator=(const DeviceHub&) = delete;

  // Simulators in demo mode; otherwise USB discovery with hot-plug.
  void start(bool simulated);
  // Demo: place sample card `slot` on the simulated reader, or take it away (-1).
  void simulate_card(int slot);
  void stop();

 private:
  void start_reader(bool simulated);

  core::EventQueue& q_;
  std::shared_ptr<devices::usb::UsbContext> usb_;
  std::shared_ptr<devices::idcard::SimulatedReader> sim_reader_;
  std::unique_ptr<devices::idcard::IdCardReader> reader_;
};

}  // namespace app
