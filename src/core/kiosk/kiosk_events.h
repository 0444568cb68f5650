#pragma once
// The kiosk's own events, intents and effects (the flow answers them in kiosk mode only;
// core/kiosk/kiosk_flow.h). Shared events — cards, scans, print results, touches — are in
// core/spine_events.h.
#include <cstdint>
#include <string>
#include <vector>

#include "core/domain/civil_time.h"
#include "core/kiosk/guide_events.h"
#include "core/kiosk/kiosk_status.h"
#include "core/language.h"
#include "core/paper_preview.h"
#include "core/type_list.h"

namespace core {

namespace ev {
// Look-ups, answered by the store worker for visit `session`.
struct ResidentFound {
  std::uint64_t session = 0;
  KioskStatus status;
};
struct ResidentUnknown {
  std::uint64_t session = 0;
  std::vector<KioskHint> hints;  // from the card's birth date alone
};
struct ProgressFound {
  std::uint64_t session = 0;
  ApplicationProgress progress;
};
struct ProgressUnknown {  // a genuine slip whose application this store does not hold
  std::uint64_t session = 0;
};
struct LookUpFailed {
  std::uint64_t session = 0;
  std::string reason;  // for the log
};
// Demo: the virtual printer's paper for a finished job, drawn.
struct PaperPrinted {
  PaperPreview paper;
};
}  // namespace ev

namespace intent {
// 继续查看 on the countdown, 大字模式, scrolling long content (to an offset the screen computed),
// 打印 the summary, 查看凭条 / 关闭, 返回首页.
struct ContinueViewing {};
struct ToggleLargeText {};
struct ScrollTo {
  float px = 0;
};
struct PrintSummary {};
struct ShowPaper {
  bool show = true;
};
struct EndVisit {};
// 朗读 / 朗读金额 on the status screen: what is shown, in plain words; amounts only when asked.
struct ReadAloud {
  bool amounts = false;
};
}  // namespace intent

namespace fx {
// Look-ups for visit `session` (audited as kiosk checks): a resident by the card read, or one
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
// Demo: draw what the virtual printer printed for `job` (reported as ev::PaperPrinted).
struct ShowDemoPaper {
  std::uint64_t job = 0;
};
// Voice (when config voice.enabled): speak the catalog's sentence `key` ("voice.take_card"),
// cutting whatever is being said.
struct Speak {
  std::string key;
  Language language = Language::ZhCN;
};
// 朗读: speak the resident's status in plain words (core/kiosk/status_read_aloud.h).
struct ReadStatusAloud {
  KioskStatus status;
  bool amounts = false;
  Language language = Language::ZhCN;
};
}  // namespace fx

using KioskEvents = Concat<TypeList<ev::ResidentFound, ev::ResidentUnknown,
                             ev::ProgressFound, ev::ProgressUnknown, ev::LookUpFailed, ev::PaperPrinted,
                             intent::ContinueViewing, intent::ToggleLargeText, intent::ScrollTo, intent::PrintSummary,
                             intent::ShowPaper, intent::EndVisit, intent::ReadAloud>,
                          GuideEvents>;
using KioskEffects = Concat<TypeList<fx::LookUpResident, fx::LookUpSlip, fx::PrintStatusSummary, fx::ShowDemoPaper,
                                     fx::Speak, fx::ReadStatusAloud>,
                            GuideEffects>;

}  // namespace core
