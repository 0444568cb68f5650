#pragma once
// Runs the back office's effects (core/backoffice/backoffice_events.h) on the store worker: the
// queue read, claims and releases (store::CaseDesk); answers come back as events. On a hall store
// (PostgreSQL) a HallWatch, started with the first read, reports every change in the hall.
#include <memory>

#include "app/backoffice/hall_watch.h"
#include "app/service_context.h"
#include "core/backoffice/backoffice_events.h"

namespace app {

class BackofficeServices {
 public:
  explicit BackofficeServices(ServiceContext& c) : c_(c) {}

  void run(const core::fx::LoadQueue& l);
  void run(const core::fx::ClaimNextCase& c);
  void run(const core::fx::ClaimOneCase& c);
  void run(const core::fx::ReleaseClaim& r);

 private:
  ServiceContext& c_;
  std::unique_ptr<HallWatch> watch_;  // PostgreSQL only, from the first queue read on
};

}  // namespace app
