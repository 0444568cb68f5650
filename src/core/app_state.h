#pragma once
// Everything the screens draw from. Screens read it (const), never change it.
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/backoffice/backoffice_session.h"
#include "core/counter/counter_catalog.h"
#include "core/counter/counter_session.h"
#include "core/device_link.h"
#include "core/domain/civil_time.h"
#include "core/hall_link.h"
#include "core/kiosk/kiosk_session.h"
#include "core/language.h"
#include "core/maintenance_events.h"
#include "core/mode.h"
#include "core/rating/rating_panel.h"
#include "core/screen.h"

namespace core {

enum class StoreLink { Opening, Ready, Unavailable };

struct HallIdentity {
  std::string code;
  std::string name;
  std::string phone;
  int terminal_number = 1;
  std::string address;  // "" when the config names none
};

struct AppState {
  Mode mode = Mode::Kiosk;
  ScreenId screen = ScreenId::Welcome;
  Language language = Language::ZhCN;
  bool demo = false;
  bool running = true;
  HallIdentity hall;
  CivilTime now;
  std::array<DeviceState, kDeviceKinds> devices{};
  PrinterTrouble printer_trouble = PrinterTrouble::None;
  StoreLink store = StoreLink::Opening;
  HallSyncState hall_sync;  // counter in a hall: its outbox and the hall store's state

  int idle_timeout_s = 30;  // config ui.idle_timeout_s
  int review_notice_days = 60;  // config kiosk.review_notice_days: the 年审 notice's lead
  bool voice = false;           // config voice.enabled: spoken prompts, 朗读 on the status screen
  int rating_timeout_s = 8;  // config ui.rating_timeout_s: the kiosk's 好差评 is skipped after this (0: not offered)
  KioskSession kiosk;
  CounterSession counter;
  ScreenId counter_screen_before_lock = ScreenId::CounterIntake;
  std::shared_ptr<const CounterCatalog> counter_catalog;  // counter: items, materials, declarations
  std::shared_ptr<const ServiceCatalog> guide_catalog;    // kiosk 办事指南: loaded on first use, kept
  BackofficeSession backoffice;
  RatingPanel rating;  // 好差评: after a kiosk visit, after an intake at the counter
  bool resident_screen = false;  // counter: a resident-facing window is open, and the rating is asked there
  MaintenanceExit maintenance;  // F12: an admin's PIN ends the program (any mode)
  bool card_on_reader = false;  // the reader's last word (the visit may have ended meanwhile)
  CivilTime welcome_since;      // when the welcome screen last had anybody at it
  bool attract = false;         // nobody there for a while: the welcome invites again, larger
  std::uint64_t next_print_job = 1;
  // A plain-language notice by catalog key ("card.read_failed"), shown until `notice_until`.
  std::string notice_key;
  CivilTime notice_until;

  // Bumped whenever something visible changes; the UI redraws only then (or on input), so an idle
  // kiosk renders nothing.
  std::uint64_t revision = 0;

  const DeviceState& device(DeviceKind k) const { return devices[static_cast<std::size_t>(k)]; }
  // The kiosk may offer 打印: a printer is connected and reports no trouble.
  bool printer_ready() const {
    return device(DeviceKind::Printer).link == DeviceLink::Connected &&
           (printer_trouble == PrinterTrouble::None || printer_trouble == PrinterTrouble::PaperNearEnd);
  }
};

// Something visible changed: the next loop turn draws a frame.
inline void touch(AppState& s) { ++s.revision; }

}  // namespace core
