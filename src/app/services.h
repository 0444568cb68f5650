#pragma once
// Runs the effects update() asks for: the spine's own here (devices, store, demo devices), each
// room's by that room's services (app/kiosk, app/counter, app/backoffice). Slow work runs off the
// UI thread — store work on the store worker, the rest on the job worker — and results come back
// as events on the queue.
#include "app/backoffice/backoffice_services.h"
#include "app/clock_service.h"
#include "app/counter/counter_services.h"
#include "app/device_hub.h"
#include "app/hall/hall_sync_worker.h"
#include "app/job_worker.h"
#include "app/kiosk/kiosk_services.h"
#include "app/service_context.h"
#include "app/store_worker.h"
#include "app/terminal_resources.h"
#include "core/config.h"
#include "core/effect.h"
#include "core/event_queue.h"

namespace app {

class Services {
 public:
  Services(core::EventQueue& q, core::Config config);
  ~Services();
  Services(const Services&) = delete;
  Services& operator=(const Services&) = delete;

  void start_clock() { clock_.start(); }
  void run(const core::Effects& effects);
  void stop();
  // Demo: what the simulated printer printed so far, page by page (empty on hardware).
  std::vector<devices::printer::PrintedPage> demo_printout() { return devices_.demo_printout(); }

 private:
  // The spine's effects.
  void run(const core::fx::ConnectDevices& c);
  void run(const core::fx::OpenStore& o);
  void run(const core::fx::StartHallSync& h);
  void run(const core::fx::Quit& q);
  void run(const core::fx::SimulateCard& c);
  void run(const core::fx::SimulateScan& s);
  void run(const core::fx::SimulatePaperOut& p);
  void run(const core::fx::VerifySlip& v);

  static constexpr const char* kDemoSlipNumber = "320102-01-20261120-0001";
  core::EventQueue& q_;
  core::Config config_;
  ClockService clock_;
  DeviceHub devices_;
  StoreWorker store_;
  JobWorker jobs_;
  TerminalResources resources_;
  hall::HallSyncWorker hall_sync_;
  ServiceContext context_;
  voice::VoiceService voice_;  // the kiosk's prompts; its thread starts at the first one
  KioskServices kiosk_;
  CounterServices counter_;
  BackofficeServices backoffice_;
};

}  // namespace app
