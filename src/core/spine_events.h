#pragma once
// The spine's events, intents and effects: start-up, the clock, the store link, device links and
// the printer's condition, language, demo devices. The spine answers them itself (core/spine.cpp),
// calling the running flow's hooks where a flow must know.
//
// Also the shared events: device reports and touches that every flow answers in its own way. They
// go straight to the flow of the running mode (core/update.cpp); each flow has an on() for each.
#include <cstdint>
#include <string>

#include "base/id_card_record.h"
#include "core/config.h"
#include "core/device_link.h"
#include "core/domain/civil_time.h"
#include "core/hall_link.h"
#include "core/type_list.h"

namespace core {

namespace ev {
struct Started {
  Config config;
  bool demo = false;
  CivilTime now;
  bool resident_screen = false;  // a counter opened its resident-facing window (窗口外屏)
};
struct ClockTicked {
  CivilTime now;
};
struct DeviceLinkChanged {
  DeviceKind kind;
  DeviceState state;
};
struct QuitRequested {};
struct PrinterTroubleChanged {
  PrinterTrouble trouble;
};
// The store worker: the database is open and migrated (or generated, in demo mode), or it is not.
struct StoreReady {
  std::string description;  // for the log: which file
};
struct StoreUnavailable {
  std::string reason;  // technical detail for the log; screens say 「系统维护中」
};
// The hall sync worker (a counter in a hall): applications still in the outbox, the hall's state.
struct HallSyncReported {
  long pending = 0;
  HallLink link = HallLink::Checking;
};

// Shared: the ID-card reader (real or simulated). Reasons are technical detail for the log: screens
// show a plain sentence instead.
struct CardPresented {
  base::IdCardRecord card;
};
struct CardRemoved {};
// A card is on the reader and being read (the read takes about a second on hardware).
struct CardReading {};
struct CardReadFailed {
  std::string reason;
};
// Shared: a code from the scanner, AIM prefix and terminator removed.
struct CodeScanned {
  std::string text;
  std::string symbology;
};
// Shared: a scanned slip code checked against the hall key (fx::VerifySlip): genuine (its
// acceptance number) or refused. The kiosk shows the application's progress; the counter takes
// in the materials a case waits for.
struct SlipVerified {
  std::string acceptance_no;
};
struct SlipRefused {
  std::string reason;  // for the log: "MAC mismatch", "bad format" …
};
// Shared: the printer finished a job (all bytes accepted, status after it fine), or did not.
struct PrintDone {
  std::uint64_t job = 0;
};
struct PrintFailed {
  std::uint64_t job = 0;
  PrinterTrouble trouble = PrinterTrouble::Fault;  // the printer's state, for the screen's words
  std::string reason;                              // for the log
};
}  // namespace ev

namespace intent {
struct ToggleLanguage {};
// Shared: any touch or key (resets the idle timeouts).
struct Touched {};
// Demo only: place sample card `slot` (0..4: F1–F4, F9) on the simulated reader, or take it away (slot -1).
struct DemoCard {
  int slot = -1;
};
// Demo only: the simulated scanner reads a genuine slip code (signed with the hall key), a forged
// one (a MAC made without the key), or with `raw` the text in acceptance_no verbatim (a damaged code).
struct DemoScan {
  bool genuine = true;
  std::string acceptance_no;  // Genuine/Forged: whose slip (empty: the demo store's sample slip)
  bool raw = false;           // scan `acceptance_no` verbatim, unsigned
};
// Demo only: the simulated printer runs out of paper, or gets a new roll.
struct DemoPaperOut {
  bool out = true;
};
}  // namespace intent

namespace fx {
// Start the device services: simulators in demo mode, USB discovery otherwise.
struct ConnectDevices {
  bool simulated = false;
};
// Open the store off the UI thread: the demo store (generated once) or the configured one.
struct OpenStore {
  bool demo = false;
  std::string sqlite_path;  // a SQLite file or a postgresql:// URI ([store] url); empty: the default
};
struct Quit {};
// A counter in a hall: push the outbox of its own file (local, empty: the default file) to the
// hall store by itself, off the UI thread, reporting HallSyncReported.
struct StartHallSync {
  std::string local;
  std::string hall_url;
};
// Demo only: tell the simulated reader to place sample card `slot` (0..4: F1–F4, F9) or remove it (-1).
struct SimulateCard {
  int slot = -1;
};
struct SimulateScan {
  bool genuine = true;
  std::string acceptance_no;  // empty: the demo store's sample slip
  bool raw = false;           // scan acceptance_no verbatim (a damaged code)
};
struct SimulatePaperOut {
  bool out = true;
};
// Check a scanned code's MAC with the hall key (off the UI thread): ev::SlipVerified or SlipRefused.
struct VerifySlip {
  std::string code;
};
}  // namespace fx

using SpineEvents = TypeList<ev::Started, ev::ClockTicked, ev::DeviceLinkChanged, ev::QuitRequested,
                             ev::PrinterTroubleChanged, ev::StoreReady, ev::StoreUnavailable, ev::HallSyncReported, intent::ToggleLanguage,
                             intent::DemoCard, intent::DemoScan, intent::DemoPaperOut>;
using SharedEvents = TypeList<ev::CardReading, ev::CardPresented, ev::CardRemoved, ev::CardReadFailed, ev::CodeScanned,
                              ev::SlipVerified, ev::SlipRefused, ev::PrintDone, ev::PrintFailed, intent::Touched>;
using SpineEffects = TypeList<fx::ConnectDevices, fx::OpenStore, fx::StartHallSync, fx::Quit, fx::SimulateCard, fx::SimulateScan,
                              fx::SimulatePaperOut, fx::VerifySlip>;

}  // namespace core
