#pragma once
// Everything that can change the application's state arrives as an Event: device reports, store
// results, timer ticks, and the intents screens return when a person presses something.
#include <memory>
#include <optional>
#include <string>
#include <variant>

#include "core/domain/civil_time.h"
#include "core/config.h"
#include "core/counter/counter_catalog.h"
#include "core/counter/intake_form.h"
#include "core/counter/ledger.h"
#include "core/domain/sign_in.h"
#include "core/device_link.h"
#include "base/id_card_record.h"
#include "core/kiosk/kiosk_status.h"
#include "core/paper_preview.h"
#include "core/backoffice/work_queue.h"
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
  base::IdCardRecord card;
};
struct CardRemoved {};
// A card is on the reader and being read (the read takes about a second on hardware).
struct CardReading {};
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
// Kiosk look-ups, answered by the store worker for visit `session`.
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
// The printer finished a job (all bytes accepted, status after it fine), or did not.
struct PrintDone {
  std::uint64_t job = 0;
};
// Demo: the virtual printer's paper for a finished job, drawn.
struct PaperPrinted {
  PaperPreview paper;
};
struct PrintFailed {
  std::uint64_t job = 0;
  PrinterTrouble trouble = PrinterTrouble::Fault;  // the printer's state, for the screen's words
  std::string reason;                              // for the log
};
// The back office's queue as the store has it now.
struct QueueLoaded {
  WorkQueue queue;
};
// A code from the scanner, AIM prefix and terminator removed.
struct CodeScanned {
  std::string text;
  std::string symbology;
};
// The counter (issue 9). The service catalog and its pinyin initials, loaded off the UI thread.
struct CounterCatalogLoaded {
  std::shared_ptr<const CounterCatalog> catalog;
};
// The store checked a staff number and PIN.
struct SignInAnswered {
  SignInOutcome outcome;
};
// A new intake form got its idempotency key.
struct FormOpened {
  std::string uuid;
};
// 受理 committed the application (durably), then built its slip: the preview, and the print job
// number handed to the printer (0: no slip could be built, `slip_problem` says why).
struct IntakeAccepted {
  Application application;
  std::optional<PaperPreview> slip_preview;
  std::string slip_problem;
  std::uint64_t job = 0;
};
// The accepted application's slip as it prints, drawn after the job went to the printer.
struct SlipPreviewed {
  std::string application_uuid;
  PaperPreview preview;
};
// 受理 stored nothing (the form stays as it was).
struct IntakeFailed {
  std::string reason;
};
struct LedgerLoaded {
  std::vector<LedgerRow> rows;
};
// The ledger was written to `path`, or not (`problem` says why).
struct LedgerExported {
  std::string path;
  std::string problem;
};
// A reprint's slip could not be built (its job never reached the printer).
struct ReprintFailed {
  std::uint64_t job = 0;
  std::string reason;
};
}  // namespace ev

// Intents: what a person asked for on screen.
namespace intent {
struct ToggleLanguage {};
// The kiosk: any touch (resets the idle timeout), 继续查看 on the countdown, 大字模式, scrolling
// long content (to an offset the screen computed), 打印 the summary, 返回首页.
struct Touched {};
struct ContinueViewing {};
struct ToggleLargeText {};
struct ScrollTo {
  float px = 0;
};
struct PrintSummary {};
struct ShowPaper {  // 查看凭条 / 关闭
  bool show = true;
};
struct EndVisit {};
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
// The counter (issue 9).
struct EditSignIn {
  std::string staff_no;
  std::string pin;
};
struct SubmitSignIn {};
struct LockCounter {};  // 暂离
struct SignOut {};      // 换人登录 / 退出
// Which field of the intake form a typed value is for. Member fields need `member` (index into
// IntakeForm::members, -1 for the applicant's own row); Declaration needs `key`. MemberLives takes
// "yes" or "no".
enum class FormField {
  ApplicantName, ApplicantGender, ApplicantNation, ApplicantBirth, ApplicantAddress, ApplicantId, ApplicantPhone,
  MemberName, MemberId, MemberRelation, MemberLives, MemberDisabilityCert, MemberIncome,
  Declaration, RefusalReason, ItemQuery
};
struct EditForm {
  FormField field = FormField::ApplicantName;
  std::string value;
  int member = -1;
  std::string key;
};
struct AddMember {};
struct RemoveMember {
  int index = 0;
};
struct ClearApplicant {};  // 重新读卡 / 手工录入: the card's read-only fields are let go
struct PickItem {
  std::string code;
};
struct ToggleMaterial {
  std::string code;
};
struct ChooseDecision {
  IntakeDecision decision = IntakeDecision::Accept;
};
struct GoToStep {
  IntakeStep step = IntakeStep::Applicant;
};
struct NextStep {};
struct PressAccept {};
struct ReprintSlip {
  std::string application_uuid;
};
struct NewIntake {};
struct ShowLedger {
  bool show = true;
};
struct ExportLedger {
  bool gb18030 = false;
};
}  // namespace intent

using Event = std::variant<ev::Started, ev::ClockTicked, ev::DeviceLinkChanged, ev::QuitRequested,
                           ev::CardPresented, ev::CardRemoved, ev::CardReadFailed, ev::CodeScanned,
                           ev::StoreReady, ev::StoreUnavailable, ev::PrinterTroubleChanged,
                           ev::SlipVerified, ev::SlipRefused, ev::CardReading, ev::ResidentFound,
                           ev::ResidentUnknown, ev::ProgressFound, ev::ProgressUnknown, ev::LookUpFailed,
                           ev::PrintDone, ev::PrintFailed, ev::PaperPrinted, ev::QueueLoaded, intent::ToggleLanguage, intent::DemoCard,
                           intent::DemoPaperOut, intent::DemoScan, intent::Touched, intent::ContinueViewing,
                           intent::ToggleLargeText, intent::ScrollTo, intent::PrintSummary, intent::EndVisit,
                           intent::ShowPaper, ev::CounterCatalogLoaded, ev::SignInAnswered, ev::FormOpened,
                           ev::IntakeAccepted, ev::SlipPreviewed, ev::IntakeFailed, ev::LedgerLoaded, ev::LedgerExported,
                           ev::ReprintFailed, intent::EditSignIn, intent::SubmitSignIn, intent::LockCounter,
                           intent::SignOut, intent::EditForm, intent::AddMember, intent::RemoveMember,
                           intent::ClearApplicant, intent::PickItem, intent::ToggleMaterial, intent::ChooseDecision,
                           intent::GoToStep, intent::NextStep, intent::PressAccept, intent::ReprintSlip,
                           intent::NewIntake, intent::ShowLedger, intent::ExportLedger>;

}  // namespace core
