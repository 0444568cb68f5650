#pragma once
// What every room's services work with: the queue results go back on, the config, the shared
// resources, the two worker threads and the devices. Owned by app::Services; the rooms' services
// hold a reference.
#include "app/device_hub.h"
#include "app/hall/hall_sync_worker.h"
#include "app/job_worker.h"
#include "app/store_worker.h"
#include "app/terminal_resources.h"
#include "core/config.h"
#include "core/event_queue.h"

namespace app {

struct ServiceContext {
  core::EventQueue& q;
  const core::Config& config;
  TerminalResources& resources;
  StoreWorker& store;  // store work, in order, on the thread that owns the connection
  JobWorker& jobs;     // other slow work (keys, MACs, slips, catalog files)
  DeviceHub& devices;
  hall::HallSyncWorker& hall_sync;  // a counter in a hall: nudged after each commit
};

}  // namespace app
