#pragma once
// The counter's own events, intents and effects (answered in counter mode only;
// core/counter/counter_flow.h). Shared events — cards, print results, touches — are in
// core/spine_events.h.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/counter/counter_catalog.h"
#include "core/counter/counter_session.h"
#include "core/counter/intake_form.h"
#include "core/domain/ledger.h"
#include "core/domain/application.h"
#include "core/domain/civil_time.h"
#include "core/desk_events.h"
#include "core/paper_preview.h"
#include "core/text/message.h"
#include "core/type_list.h"

namespace core {

namespace ev {
// The service catalog and its pinyin initials, loaded off the UI thread.
struct CounterCatalogLoaded {
  std::shared_ptr<const CounterCatalog> catalog;
};
// A new intake form got its idempotency key.
struct FormOpened {
  std::string uuid;
};
// 受理 committed the application (durably), then built its slip: the preview, and the print job
// number handed to the printer (0: no slip could be built, `slip_problem` tells staff; the
// services logged why).
struct IntakeAccepted {
  Application application;
  std::optional<PaperPreview> slip_preview;
  Message slip_problem;
  std::uint64_t job = 0;
};
// The accepted application's slip as it prints, drawn after the job went to the printer.
struct SlipPreviewed {
  std::string application_uuid;
  PaperPreview preview;
};
// 受理 stored nothing (the form stays as it was): `message` for staff, `detail` (a database
// error, say) for the log only.
struct IntakeFailed {
  Message message;
  std::string detail;
};
struct LedgerLoaded {
  std::vector<LedgerRow> rows;
};
// The ledger was written to `path`, or not (`problem` tells staff, `detail` is for the log).
struct LedgerExported {
  std::string path;
  Message problem;
  std::string detail;
};
// A reprint's slip could not be built (its job never reached the printer): `message` tells staff,
// `detail` is for the log.
struct ReprintFailed {
  std::uint64_t job = 0;
  Message message;
  std::string detail;
};
// A draft this staff member left on this counter today (fx::LoadDraft found one).
struct DraftFound {
  CounterDraft draft;
};
}  // namespace ev

namespace intent {
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
struct RestoreDraft {
  bool restore = true;  // false: 放弃 (the draft is deleted)
};
// Long households and reviews are turned page by page: to a first row, or to an offset the screen
// computed.
struct ScrollHousehold {
  int first_row = 0;
};
struct ScrollReview {
  float px = 0;
};
// One tap on a member's relation opens the list of relations (kNoRelationList closes it).
struct OpenRelationList {
  int member = kNoRelationList;
};
}  // namespace intent

namespace fx {
// Load the service catalog and pinyin initials (ev::CounterCatalogLoaded).
struct LoadCounterCatalog {};
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
// Autosave: write the form being filled to this counter's draft file (replacing the last one).
struct SaveDraft {
  CounterDraft draft;
};
// Look for a draft of `staff_no` saved on `today` (YYYY-MM-DD) (ev::DraftFound); an older one is
// deleted.
struct LoadDraft {
  std::string staff_no;
  std::string today;
};
// The form was committed, discarded or signed out of: no draft stays.
struct DiscardDraft {};
}  // namespace fx

using CounterEvents =
    TypeList<ev::CounterCatalogLoaded, ev::FormOpened, ev::IntakeAccepted, ev::SlipPreviewed, ev::IntakeFailed,
             ev::LedgerLoaded, ev::LedgerExported, ev::ReprintFailed, intent::EditForm, intent::AddMember,
             intent::RemoveMember, intent::ClearApplicant, intent::PickItem, intent::ToggleMaterial,
             intent::ChooseDecision, intent::GoToStep, intent::NextStep, intent::PressAccept, intent::ReprintSlip,
             intent::NewIntake, intent::ShowLedger, intent::ExportLedger, ev::DraftFound, intent::RestoreDraft,
             intent::ScrollHousehold, intent::ScrollReview, intent::OpenRelationList>;
using CounterEffects = TypeList<fx::LoadCounterCatalog, fx::OpenForm, fx::AcceptIntake, fx::ReprintSlip,
                                fx::RecordSlipPrint, fx::LoadLedger, fx::ExportLedger, fx::SaveDraft, fx::LoadDraft,
                                fx::DiscardDraft>;

}  // namespace core
