#pragma once
// Runs the effects update() asks for, off the UI thread where they take time, and reports results
// as events on the queue.
#include <optional>

#include "app/catalog_file.h"
#include "app/clock_service.h"
#include "app/slip/print_desk.h"
#include "store/hall_key.h"
#include "app/device_hub.h"
#include "app/qr/slip_signer.h"
#include "app/store_worker.h"
#include "core/config.h"
#include "core/effect.h"
#include "core/event_queue.h"

namespace app {

class Services {
 public:
  Services(core::EventQueue& q, core::Config config)
      : q_(q), config_(std::move(config)), clock_(q), devices_(q), store_(q) {}
  void start_clock() { clock_.start(); }
  void run(const core::Effects& effects);
  void stop();

 private:
  void connect_devices(bool simulated);
  void simulate_card(int slot);
  void verify_slip(const std::string& code);
  void simulate_scan(const core::fx::SimulateScan& scan);
  // On the worker thread only: signer_ is touched nowhere else.
  void verify_slip_now(const std::string& code);
  void simulate_scan_now(const core::fx::SimulateScan& scan);
  const qr::SlipSigner* signer();
  std::filesystem::path hall_key_file() const;
  void look_up_resident(const core::fx::LookUpResident& q);
  void look_up_slip(const core::fx::LookUpSlip& q);
  void print_summary(const core::fx::PrintStatusSummary& p);
  void show_demo_paper(std::uint64_t job);
  void load_queue(const std::string& today);
  // The counter (counter/counter_services.cpp).
  void load_counter_catalog();
  void check_sign_in(const core::fx::CheckSignIn& c);
  void open_form();
  void accept_intake(const core::fx::AcceptIntake& a);
  void reprint_slip(const core::fx::ReprintSlip& r);
  void record_slip_print(const core::fx::RecordSlipPrint& p);
  void load_ledger(const std::string& date);
  void export_ledger(const core::fx::ExportLedger& x);
  std::filesystem::path export_dir() const;
  // On the worker thread only: the catalog, eligibility rules and hall key the kiosk look-ups need,
  // and the printer profile + slip font; loaded on first use. nullptr (logged) when they cannot be.
  const CatalogAssets* assets();
  const store::HallKey* hall_key();
  slip::PrintDesk* print_desk();
  static constexpr const char* kDemoSlipNumber = "320102-01-20261120-0001";
  core::EventQueue& q_;
  core::Config config_;
  ClockService clock_;
  DeviceHub devices_;
  StoreWorker store_;
  bool demo_ = false;
  std::unique_ptr<qr::SlipSigner> signer_;
  std::optional<CatalogAssets> assets_;
  std::optional<store::HallKey> hall_key_;
  std::optional<slip::PrintDesk> desk_;
};

}  // namespace app
