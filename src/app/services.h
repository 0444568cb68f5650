#pragma once
// Runs the effects update() asks for, off the UI thread where they take time, and reports results
// as events on the queue.
#include "app/clock_service.h"
#include "app/device_hub.h"
#include "app/store_worker.h"
#include "core/effect.h"
#include "core/event_queue.h"

namespace app {

class Services {
 public:
  explicit Services(core::EventQueue& q) : q_(q), clock_(q), devices_(q), store_(q) {}
  void start_clock() { clock_.start(); }
  void run(const core::Effects& effects);
  void stop();

 private:
  void connect_devices(bool simulated);
  void simulate_card(int slot);
  core::EventQueue& q_;
  ClockService clock_;
  DeviceHub devices_;
  StoreWorker store_;
};

}  // namespace app
