#pragma once
// The counter window's state (issue 9): who is signed in, whether the screen is locked, the intake
// form being filled, the application just accepted and its slip, and the day ledger.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/domain/application.h"
#include "core/domain/civil_time.h"
#include "core/counter/intake_form.h"
#include "core/desk_events.h"
#include "core/domain/ledger.h"
#include "core/paper_preview.h"
#include "core/domain/staff_member.h"
#include "core/text/message.h"

namespace core {

// The slip of the application on screen, as far as the printer got with it.
enum class SlipPrint { None, Printing, Printed, Failed };

// After 受理: what was committed, and its slip.
struct AcceptedIntake {
  Application application;
  std::optional<PaperPreview> slip_preview;  // the slip as it prints (the printer's own image)
  Message slip_problem;                      // the slip could not be built (the application stands)
  SlipPrint print = SlipPrint::None;
  std::string print_problem_key;  // SlipPrint::Failed: i18n key of the printer's trouble
  std::uint64_t print_job = 0;
};

// An intake form as autosaved on this counter at a step (issue 15): offered back, after a crash or
// a power cut, to the staff member who was filling it, on the same day only.
struct CounterDraft {
  std::string staff_no;
  IntakeForm form;  // with its UUID, the form key
  IntakeStep step = IntakeStep::Applicant;
  std::string saved_at;  // YYYY-MM-DD HH:MM:SS
};

// No member's relation list is open.
inline constexpr int kNoRelationList = -2;

struct CounterSession {
  std::optional<StaffMember> staff;  // signed in
  bool locked = false;               // 暂离 or idle: the PIN of `staff` unlocks, the form is kept
  SignInDraft sign_in;
  CivilTime last_activity;
  int lock_after_idle_s = 300;

  IntakeForm form;
  IntakeStep step = IntakeStep::Applicant;
  std::string item_query;
  std::optional<CounterDraft> offered_draft;  // 恢复未完成的受理 or 放弃, until one is chosen
  int household_first = 0;                    // the first household row shown (the screen clamps it)
  int relation_list = kNoRelationList;        // the member whose relation list is open
  float review_scroll_px = 0;                 // how far the review is scrolled (the screen clamps it)
  bool pressing = false;              // 受理 pressed, the commit not yet answered
  Message press_problem;              // the commit failed: nothing stored, the form kept
  std::optional<AcceptedIntake> accepted;

  std::optional<std::vector<LedgerRow>> ledger;  // today's applications at this counter
  Message ledger_message;                        // export result or reprint state
  std::string ledger_problem_key;                // a failed reprint: i18n key of the printer's trouble
  std::uint64_t reprint_job = 0;                 // a reprint from the ledger in progress
  std::string reprint_uuid, reprint_no;
};

}  // namespace core
