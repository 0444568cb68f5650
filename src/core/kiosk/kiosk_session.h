#pragma once
// One resident's visit at the kiosk, as AppState holds it.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/id_card_record.h"
#include "core/domain/civil_time.h"
#include "core/kiosk/guide_visit.h"
#include "core/kiosk/kiosk_status.h"
#include "core/paper_preview.h"

namespace core {

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
  // Voice: when the welcome screen's greeting was last spoken (a tap repeats it only after a while).
  std::optional<CivilTime> greeted_at;
  GuideVisit guide;  // 办事指南 (core/kiosk/guide_flow.h)
};

}  // namespace core
