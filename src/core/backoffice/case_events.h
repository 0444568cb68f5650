#pragma once
// The case a reviewer or approver works on (issue 19): its events, intents and effects. The
// handlers are in core/backoffice/case_work.h; backoffice_events.h adds these lists to the back
// office's. Releasing a claim is the queue's (intent::ReleaseCase, fx::ReleaseClaim).
#include <cstdint>
#include <string>

#include "core/backoffice/case_file.h"
#include "core/backoffice/case_form.h"
#include "core/backoffice/case_view.h"
#include "core/domain/civil_time.h"
#include "core/text/message.h"
#include "core/type_list.h"

namespace core {

namespace ev {
// The case file as the store has it now (the read was audited).
struct CaseFileLoaded {
  CaseFile file;
};
// The case file could not be read: no such case, or a store failure (`message` for staff, the
// detail went to the log).
struct CaseFileFailed {
  std::string acceptance_no;
  Message message;
};
// A claim or its renewal: granted until `lease_until`, or refused (`refusal`, the rules' or the
// store's sentence; `holder` the staff number holding the case now, when someone does).
struct CaseClaimAnswered {
  std::string acceptance_no;
  bool renewal = false;
  bool granted = false;
  std::string lease_until;
  std::string holder;
  Message refusal;
};
// An action was done and committed (the case file is read again right after).
struct CaseActed {
  std::string acceptance_no;
  CaseAction action = CaseAction::RecordStep;
  ApplicationStatus from = ApplicationStatus::Accepted;
  ApplicationStatus to = ApplicationStatus::Accepted;
};
// The store refused the action (nothing written): the rules' sentence. The case file is read
// again right after, since the case may have changed meanwhile.
struct CaseActionRefused {
  std::string acceptance_no;
  CaseAction action = CaseAction::RecordStep;
  Message message;
};
// The store failed to write the action (nothing written): `message` for staff.
struct CaseActionFailed {
  std::string acceptance_no;
  CaseAction action = CaseAction::RecordStep;
  Message message;
};
}  // namespace ev

namespace intent {
// Which part of the case form a typed value is for. StepValue needs `key` (the step field's).
enum class CaseFormField { StepValue, StepNote, ObjectionNote, ProposedYuan, AmountYuan, StartMonth, RejectReason, RejectNote };
struct EditCaseForm {
  CaseFormField field = CaseFormField::StepValue;
  std::string key;
  std::string value;
};
struct PickCaseStep {
  std::string code;
};
struct ToggleCaseMissing {
  std::string code;  // a material of the item
};
struct PickCaseBenefit {
  BenefitType type = BenefitType::UrbanDibao;
};
struct PressCaseAction {
  CaseAction action = CaseAction::RecordStep;
};
struct ReclaimCase {};  // 重新领取, after the lease was lost
struct ReloadCase {};   // 刷新
struct ReprintCaseNotice {};  // the notice's paper failed: print it again (the decision stands)
// The case's two panels are turned page by page (ui/widgets/scroll_panel.h).
enum class CasePanel { File, Work };
struct ScrollCase {
  CasePanel panel = CasePanel::File;
  float px = 0;
};
}  // namespace intent

namespace fx {
// Read the case file of `acceptance_no` for `staff_no` (audited as a review look-up at `at`).
struct LoadCaseFile {
  std::string acceptance_no;
  std::string staff_no;
  CivilTime at;
};
// Claim the case for `lease_seconds` from `at`, or renew one's own claim (CaseDesk::claim).
struct ClaimCase {
  std::string acceptance_no;
  std::string staff_no;
  int lease_seconds = kDefaultLeaseSeconds;
  CivilTime at;
  bool renewal = false;
};
// Do what the form says (CaseDesk::act); the answer is CaseActed, CaseActionRefused or
// CaseActionFailed, then a fresh CaseFileLoaded.
struct ActOnCase {
  std::string acceptance_no;
  std::string staff_no;
  CaseSubmission submission;
  CivilTime at;
};
// Print the paper a decision hands the resident (补正通知 after 待补正, 不予批准告知书 after a
// rejection) as print job `job`, from the stored case (its decision is committed first: paper out
// only means "reprint"). Answered by ev::PrintDone / ev::PrintFailed for the job.
struct PrintCaseNotice {
  std::string acceptance_no;
  CaseNoticePaper paper = CaseNoticePaper::Supplement;
  std::uint64_t job = 0;
  CivilTime at;
};
}  // namespace fx

using CaseEvents = TypeList<ev::CaseFileLoaded, ev::CaseFileFailed, ev::CaseClaimAnswered, ev::CaseActed,
                            ev::CaseActionRefused, ev::CaseActionFailed, intent::EditCaseForm,
                            intent::PickCaseStep, intent::ToggleCaseMissing, intent::PickCaseBenefit,
                            intent::PressCaseAction, intent::ReclaimCase, intent::ReloadCase,
                            intent::ReprintCaseNotice, intent::ScrollCase>;
using CaseEffects = TypeList<fx::LoadCaseFile, fx::ClaimCase, fx::ActOnCase, fx::PrintCaseNotice>;

}  // namespace core
