#pragma once
// The back office's rules for one application (issue 19), as pure functions: who may claim it,
// and what each decision does to its status — or the sentence saying why not. The store reads the
// facts inside the transaction that writes the outcome, so the rule and the write see one state.
//
//   accepted ─record_step─> reviewing ─publicize─> publicized ─approve─> approved
//      │                      │  ↑  ↑                  │  └────reject──> rejected
//      └─supplement─> needs_supplement ─supplied┘      └─objection─> reviewing
//   reviewing ─reject─> rejected;  reviewing ─approve─> approved (items without a public notice)
//
// Roles: reviewers record steps, ask for materials and publicize; approvers approve and reject —
// never on a case they reviewed themselves (maker-checker); admins may do either, under the same
// maker-checker rule; objections are recorded by a reviewer or an approver; counter staff may only
// tick that the missing materials arrived. Every action but the counter's needs the actor to hold
// the case's live claim.
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/domain/application.h"
#include "core/domain/money.h"
#include "core/domain/staff_member.h"
#include "core/text/message.h"

namespace core {

enum class CaseAction {
  RecordStep,         // a review step's result (入户调查 …); accepted → reviewing
  AskSupplement,      // 待补正: list what is missing; → needs_supplement
  SupplementArrived,  // the resident brought it; needs_supplement → reviewing
  Publicize,          // 张榜公示 starts; reviewing → publicized
  Objection,          // an objection during the notice; publicized → reviewing
  Approve,            // with amount and start month; → approved
  Reject,             // 不予批准 with a reason; → rejected
};
std::string_view case_action_code(CaseAction a);  // record_step, supplement, supplied, publicize, objection, approve, reject
std::optional<CaseAction> case_action_from_code(std::string_view code);

struct CaseActor {
  std::string staff_no;
  StaffRole role = StaffRole::Reviewer;
  bool active = true;
};

// May this role sign in to the back office and claim cases at all? (reviewer, approver, admin)
bool may_work_cases(StaffRole r);

// What the rules need to know about one application.
struct CaseFacts {
  std::string acceptance_no;
  ApplicationStatus status = ApplicationStatus::Accepted;
  std::vector<std::string> steps_required;  // the item's review_steps
  std::vector<std::string> steps_done;      // codes with a recorded result
  std::vector<std::string> reviewed_by;     // staff who recorded a step, asked for materials or publicized
  int publicity_working_days = 0;           // the item's; 0: no public notice
  std::string notice_ends;                  // YYYY-MM-DD, last day of the notice (publicized cases)
  bool materials_complete = true;           // every required material received
  std::string claim_holder;                 // the live claim's staff number; empty: nobody holds it
};

struct CaseRequest {
  CaseAction action = CaseAction::RecordStep;
  std::string step;                  // RecordStep: the step's code
  std::string note;                  // reason (Reject, Objection), remark otherwise
  std::vector<std::string> missing;  // AskSupplement: material codes
  Fen amount_fen = 0;                // Approve: monthly amount
  std::string start_month;           // Approve: YYYY-MM
  std::string notice_ends;           // Publicize: last day of the notice (YYYY-MM-DD, after today)
};

struct CaseOutcome {
  ApplicationStatus from = ApplicationStatus::Accepted;
  ApplicationStatus to = ApplicationStatus::Accepted;  // == from: a step recorded in review
  bool releases_claim = false;  // the case now waits for someone else (resident, notice, nobody)
};

using CaseDecision = std::variant<CaseOutcome, Message>;

// The rule for one request on `today` (YYYY-MM-DD). A Message is the refusal, in the catalog's
// words (case.refused.*).
CaseDecision decide_case(const CaseFacts& c, const CaseActor& actor, const CaseRequest& r, const std::string& today);

// Whether `actor` may claim the case now: reviewers claim accepted, reviewing and needs_supplement
// cases (the store's claim_next offers a needs_supplement case only once its materials have all
// arrived; one named by its number may be claimed to record that they reached the back office);
// approvers claim publicized cases whose
// notice ended before `today`, and reviewing cases of items without a notice once every step is
// recorded; admins claim both. A live claim of someone else refuses (a claim of one's own renews).
std::optional<Message> claim_refusal(const CaseFacts& c, const CaseActor& actor, const std::string& today);

// The statuses a role's "claim the oldest" looks in (the store adds materials and notice dates).
std::vector<ApplicationStatus> claimable_statuses(StaffRole r);

// Lease bounds for a claim: a lease shorter than a minute is for tests, longer than a day a typo.
inline constexpr int kDefaultLeaseSeconds = 30 * 60;
inline constexpr int kMinLeaseSeconds = 1;
inline constexpr int kMaxLeaseSeconds = 24 * 60 * 60;
// "30m", "90s", "2h" (or plain seconds) → seconds; nullopt when malformed or out of bounds.
std::optional<int> parse_lease(std::string_view text);

}  // namespace core
