#pragma once
// What update() asks the outside world to do. Services (src/app) run effects off the UI thread and
// report results back as Events.
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "core/domain/civil_time.h"
#include "core/counter/intake_form.h"
#include "core/kiosk/kiosk_status.h"

namespace core {

namespace fx {
// Start the device services: simulators in demo mode, USB discovery otherwise.
struct ConnectDevices {
  bool simulated = false;
};
// Open the store off the UI thread: the demo store (generated once) or the configured one.
struct OpenStore {
  bool demo = false;
  std::string sqlite_path;  // empty: the default
};
struct Quit {};
// Demo only: tell the simulated reader to place sample card `slot` (0..4: F1–F4, F9) or remove it (-1).
struct SimulateCard {
  int slot = -1;
};
// Check a scanned code's MAC with the hall key (off the UI thread).
struct VerifySlip {
  std::string code;
};
struct SimulateScan {
  bool genuine = true;
  std::string acceptance_no;  // empty: the demo store's sample slip
  bool raw = false;           // scan acceptance_no verbatim (a damaged code)
};
// Kiosk look-ups for visit `session` (audited as kiosk checks): a resident by the card read, or one
// application by a verified slip's number.
struct LookUpResident {
  std::uint64_t session = 0;
  std::string id_number;
  std::string birth;  // YYYY-MM-DD from the card, for hints when the store does not know them
  CivilTime at;
};
struct LookUpSlip {
  std::uint64_t session = 0;
  std::string acceptance_no;
  CivilTime at;
};
// Print the resident's summary (masked, dated) on the kiosk printer.
struct PrintStatusSummary {
  std::uint64_t job = 0;
  KioskStatus status;
  CivilTime at;
};
// Back office: read the open applications (oldest first, overdue marked against `today`).
struct LoadQueue {
  std::string today;  // YYYY-MM-DD
};
// Demo: draw what the virtual printer printed for `job` (reported as ev::PaperPrinted).
struct ShowDemoPaper {
  std::uint64_t job = 0;
};
struct SimulatePaperOut {
  bool out = true;
};
// The counter (issue 9). Load the service catalog and pinyin initials (ev::CounterCatalogLoaded).
struct LoadCounterCatalog {};
// Check a staff number and PIN on the store worker (ev::SignInAnswered).
struct CheckSignIn {
  std::string staff_no;
  std::string pin;
  CivilTime at;
};
// Issue a new intake form's UUID (ev::FormOpened).
struct OpenForm {};
// 受理: commit the form as `staff_no` at `at`, then build and print its slip as job `job`
// (ev::IntakeAccepted or ev::IntakeFailed; then ev::PrintDone / ev::PrintFailed for the job).
struct AcceptIntake {
  IntakeForm form;
  std::string staff_no;
  CivilTime at;
  std::uint64_t job = 0;
};
// Print a committed application's slip again (ev::PrintDone / PrintFailed / ReprintFailed).
struct ReprintSlip {
  std::string application_uuid;
  std::string acceptance_no;
  std::uint64_t job = 0;
};
// Remember how a slip print went (the ledger's 回执 column).
struct RecordSlipPrint {
  std::string application_uuid;
  bool printed = false;
  std::string problem;
  CivilTime at;
  std::string staff_no;
};
struct LoadLedger {
  std::string date;  // YYYY-MM-DD, this counter's
};
struct ExportLedger {
  std::string date;
  bool gb18030 = false;
};
}  // namespace fx

using Effect = std::variant<fx::ConnectDevices, fx::OpenStore, fx::Quit, fx::SimulateCard, fx::SimulatePaperOut,
                            fx::VerifySlip, fx::SimulateScan, fx::LookUpResident, fx::LookUpSlip,
                            fx::PrintStatusSummary, fx::ShowDemoPaper, fx::LoadQueue, fx::LoadCounterCatalog,
                            fx::CheckSignIn, fx::OpenForm, fx::AcceptIntake, fx::ReprintSlip, fx::RecordSlipPrint,
                            fx::LoadLedger, fx::ExportLedger>;
using Effects = std::vector<Effect>;

}  // namespace core
