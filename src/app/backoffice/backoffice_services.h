#pragma once
// Runs the back office's effects (core/backoffice/backoffice_events.h) on the store worker.
#include "app/service_context.h"
#include "core/backoffice/backoffice_events.h"

namespace app {

class BackofficeServices {
 public:
  explicit BackofficeServices(ServiceContext& c) : c_(c) {}

  void run(const core::fx::LoadQueue& l);

 private:
  ServiceContext& c_;
};

}  // namespace app
