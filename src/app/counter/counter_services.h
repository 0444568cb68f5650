#pragma once
// Runs the counter's effects (core/counter/counter_events.h): sign-in, a new form's UUID, 受理
// (commit, then slip, then print), reprint, print outcomes, the day ledger and its export — store
// work on the store worker, the catalog files on the job worker.
#include <filesystem>

#include "app/service_context.h"
#include "core/counter/counter_events.h"

namespace app {

class CounterServices {
 public:
  explicit CounterServices(ServiceContext& c) : c_(c) {}

  void run(const core::fx::LoadCounterCatalog& l);
  void run(const core::fx::OpenForm& o);
  void run(const core::fx::AcceptIntake& a);
  void run(const core::fx::ReprintSlip& r);
  void run(const core::fx::RecordSlipPrint& p);
  void run(const core::fx::LoadLedger& l);
  void run(const core::fx::ExportLedger& x);
  void run(const core::fx::SaveDraft& d);
  void run(const core::fx::LoadDraft& l);
  void run(const core::fx::DiscardDraft& d);

 private:
  std::filesystem::path export_dir() const;
  ServiceContext& c_;
};

}  // namespace app
