#pragma once
// What update() asks the outside world to do. Services (src/app) run effects off the UI thread and
// report results back as Events.
#include <string>
#include <variant>
#include <vector>

#include "core/civil_time.h"
#include "core/kiosk_status.h"

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
}  // namespace fx

using Effect = std::variant<fx::ConnectDevices, fx::OpenStore, fx::Quit, fx::SimulateCard, fx::SimulatePaperOut,
                            fx::VerifySlip, fx::SimulateScan, fx::LookUpResident, fx::LookUpSlip,
                            fx::PrintStatusSummary, fx::ShowDemoPaper, fx::LoadQueue>;
using Effects = std::vector<Effect>;

}  // namespace core
