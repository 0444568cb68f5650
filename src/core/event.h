#pragma once
// Everything that can change the application's state arrives as an Event: device reports, store
// results, timer ticks, and the intents screens return when a person presses something.
#include <string>
#include <variant>

#include "core/civil_time.h"
#include "core/config.h"
#include "core/device_link.h"
#include "core/id_card_record.h"
#include "core/mode.h"

namespace core {

namespace ev {
struct Started {
  Config config;
  bool demo = false;
  CivilTime now;
};
struct ClockTicked {
  CivilTime now;
};
struct DeviceLinkChanged {
  DeviceKind kind;
  DeviceState state;
};
struct QuitRequested {};
// The ID-card reader (real or simulated). Reasons are technical detail for the log: screens show a
// plain sentence instead.
struct CardPresented {
  IdCardRecord card;
};
struct CardRemoved {};
struct CardReadFailed {
  std::string reason;
};
struct PrinterTroubleChanged {
  PrinterTrouble trouble;
};
// A scanned slip code checked against the hall key: genuine (its acceptance number) or refused.
struct SlipVerified {
  std::string acceptance_no;
};
struct SlipRefused {
  std::string reason;  // for the log: "MAC mismatch", "bad format" …
};
// The store worker: the database is open and migrated (or generated, in demo mode), or it is not.
struct StoreReady {
  std::string description;  // for the log: which file
};
struct StoreUnavailable {
  std::string reason;  // technical detail for the log; screens say 「系统维护中」
};
// A code from the scanner, AIM prefix and terminator removed.
struct CodeScanned {
  std::string text;
  std::string symbology;
};
}  // namespace ev

// Intents: what a person asked for on screen.
namespace intent {
struct ToggleLanguage {};
// Demo only: place sample card `slot` (0..3) on the simulated reader, or take it away (slot -1).
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

using Event = std::variant<ev::Started, ev::ClockTicked, ev::DeviceLinkChanged, ev::QuitRequested,
                           ev::CardPresented, ev::CardRemoved, ev::CardReadFailed, ev::CodeScanned,
                           ev::StoreReady, ev::StoreUnavailable, ev::PrinterTroubleChanged,
                           ev::SlipVerified, ev::SlipRefused,
                           intent::ToggleLanguage, intent::DemoCard, intent::DemoPaperOut, intent::DemoScan>;

}  // namespace core
