#pragma once
// Everything the screens draw from. Screens read it (const), never change it.
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/domain/civil_time.h"
#include "core/counter/counter_catalog.h"
#include "core/counter/counter_session.h"
#include "core/device_link.h"
#include "base/id_card_record.h"
#include "core/kiosk/kiosk_status.h"
#include "core/paper_preview.h"
#include "core/backoffice/work_queue.h"
#include "core/language.h"
#include "core/mode.h"

namespace core {

enum class StoreLink { Opening, Ready, Unavailable };

// Kiosk screens: Welcome → CardReading (正在读卡 / 正在查询) → ResidentStatus or UnknownPerson;
// a slip scan → SlipProgress; KioskMessage says a plain sentence (系统维护中 …) until the session ends.
enum class ScreenId {
  Welcome,
  CardReading,
  ResidentStatus,
  UnknownPerson,
  SlipProgress,
  KioskMessage,
  // The counter (issue 9): sign-in, the screen locked (暂离/idle), the intake steps, 已受理, 受理台账.
  CounterSignIn,
  CounterLocked,
  CounterIntake,
  CounterAccepted,
  CounterLedger,
  BackofficeHome
};

std::string_view screen_name(ScreenId s);

struct HallIdentity {
  std::string code;
  std::string name;
  std::string phone;
  int terminal_number = 1;
};

// The kiosk's print of a status summary on its own printer.
enum class KioskPrint { None, Printing, Printed, Failed };

// One resident's visit at the kiosk: everything here is dropped (not hidden) when the card is taken
// away, the idle timeout passes or they press 返回首页.
struct KioskSession {
  std::uint64_t id = 0;  // bumped for every new visit; results of an earlier visit are ignored
  std::optional<base::IdCardRecord> card;        // the card read (present or in its removal grace)
  bool reading = false;                    // a card is on the reader, its read not finished
  CivilTime card_read_at;                  // when the read finished (the look-up began)
  bool querying_shown = false;             // the look-up is slow enough to show 查询信息
  std::optional<KioskStatus> status;       // ResidentStatus
  std::vector<KioskHint> unknown_hints;    // UnknownPerson: hints from the card's birth date alone
  std::optional<ApplicationProgress> progress;  // SlipProgress; empty while it is looked up
  std::string slip_acceptance_no;
  std::string message_key;                 // KioskMessage: catalog key of the sentence shown
  bool large_text = false;                 // 大字模式, this visit only
  float scroll_px = 0;                     // how far long content is scrolled (clamped by the screen)
  CivilTime last_activity;                 // the idle timeout counts from here
  std::optional<CivilTime> card_lifted_at; // removal grace: wiped once it has passed
  int countdown_s = -1;                    // seconds shown on the idle countdown; -1: not shown
  KioskPrint print = KioskPrint::None;
  std::string print_problem_key;           // KioskPrint::Failed: catalog key of the reason
  std::uint64_t print_job = 0;
  // Demo: the summary as the virtual printer printed it, and whether it is shown (查看凭条).
  std::optional<PaperPreview> paper;
  bool show_paper = false;
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

  int idle_timeout_s = 30;  // config ui.idle_timeout_s
  KioskSession kiosk;
  CounterSession counter;
  ScreenId counter_screen_before_lock = ScreenId::CounterIntake;
  std::shared_ptr<const CounterCatalog> counter_catalog;  // counter: items, materials, declarations
  std::optional<WorkQueue> queue;  // back office: open applications, reloaded every minute
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

}  // namespace core
