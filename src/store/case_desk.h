#pragma once
// The back office's desk on a store (issue 19): claims with a lease, and decisions on a claimed
// case, each in one transaction that reads the facts, asks core (core/backoffice/case_rules.h) and
// writes the outcome — status, history row (application_events, with its action), step result,
// notice, benefit — or nothing at all.
//
// Two reviewers never hold one case. The claim (claimed_by, lease_until) lives on the application's
// row. On PostgreSQL a claimer picks the oldest free row with SELECT … FOR UPDATE SKIP LOCKED:
// rows another claimer is taking are passed over, and a row claimed since the query began is
// re-read when locked (its new lease fails the test), so a case is never taken twice and no claimer
// waits; the claim commits with synchronous_commit off (a claim lost in a crash only frees the
// case). On SQLite the write transaction (BEGIN IMMEDIATE) serializes claimers. Decisions lock the
// row (FOR UPDATE) and commit durably.
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "base/result.h"
#include "core/backoffice/case_rules.h"
#include "core/domain/benefit.h"
#include "core/domain/civil_time.h"
#include "core/domain/review_step.h"
#include "core/domain/service_item.h"
#include "core/domain/working_days.h"
#include "core/text/message.h"
#include "store/database.h"

namespace store {

struct CaseClaim {
  std::string application_uuid;
  std::string acceptance_no;
  std::string staff_no;
  std::string lease_until;  // YYYY-MM-DD HH:MM:SS
};

// A request was refused by a rule: the sentence to show (nothing was written).
using Refusal = core::Message;
template <class T>
using Answer = std::variant<T, Refusal>;

struct CaseWork {
  core::CaseRequest request;
  core::ReviewValues values;                  // RecordStep: the step's fields
  std::optional<core::BenefitType> benefit;   // Approve: needed when the item has several types
  core::Fen proposed_fen = 0;                 // Publicize: the amount on the notice (0: not shown)
  // Publicize without request.notice_ends: the notice runs the item's publicity_working_days
  // after today on this calendar.
  const core::HolidayCalendar* calendar = nullptr;
};

struct CaseDone {
  std::string acceptance_no;
  core::ApplicationStatus from = core::ApplicationStatus::Accepted;
  core::ApplicationStatus to = core::ApplicationStatus::Accepted;
  std::string notice_ends;  // Publicize: the notice's last day (YYYY-MM-DD)
};

// One case as a decision reads it (inside the deciding transaction).
struct LoadedCase {
  std::string uuid;
  std::string item_code;
  std::string applicant_id;
  core::CaseFacts facts;
  std::string claim_staff;  // the claim row's holder, live or not; empty: no claim row
  bool claim_expired = false;
};

// Bulk approval of a publicized batch whose notice ended (issue 19).
struct BulkApproval {
  std::optional<core::Fen> amount_fen;  // nullopt: each case's own proposed amount from its notice
  std::string start_month;              // YYYY-MM
  std::optional<core::BenefitType> benefit;
  // An item's type for the batch's cases of that item (wins over `benefit`): the screen asks one
  // per item that pays several.
  std::map<std::string, core::BenefitType> benefit_by_item;
};

// Bulk 公示 of cases ready for it (issue 19): each case's notice starts today and runs the item's
// publicity_working_days on `calendar`.
struct BulkPublicity {
  std::map<std::string, core::Fen> proposed_fen;  // by acceptance number; absent: no amount on the notice
  const core::HolidayCalendar* calendar = nullptr;
};

// A case the actor could put on public notice now: reviewing, every step its item asks recorded,
// its materials all in, an item with a notice, and free to take or held by the actor.
struct PublicityCandidate {
  std::string acceptance_no;
  std::string item_code;
  std::string applicant_name;  // full: back-office staff may see it
  std::string notice_ends;     // YYYY-MM-DD: the last day if the notice started today
  bool held = false;           // the actor holds its claim now
};

struct BulkRefusal {
  std::string acceptance_no;
  Refusal why;
};

struct BulkReport {
  std::vector<CaseDone> done;
  std::vector<BulkRefusal> refused;
  // The store error that stopped the batch (the cases after it were not tried; those approved before
  // it stay approved); empty when every case was decided.
  std::string stopped;
};

class CaseDesk {
 public:
  CaseDesk(Database& db, const core::ServiceCatalog& catalog) : db_(db), catalog_(catalog) {}

  // The staff member as the rules see them; nullopt: no such staff number.
  base::Result<std::optional<core::CaseActor>> actor(const std::string& staff_no);

  // Claims the oldest case this actor may claim that nobody holds (or whose lease expired), for
  // `lease_seconds` from `now`. nullopt: nothing left to claim.
  base::Result<std::optional<CaseClaim>> claim_next(const core::CaseActor& actor, const core::CivilTime& now,
                                                    int lease_seconds);
  // Claims (or renews) one case by its acceptance number.
  base::Result<Answer<CaseClaim>> claim(const std::string& acceptance_no, const core::CaseActor& actor,
                                        const core::CivilTime& now, int lease_seconds);
  // Gives a claim back: the holder's own, or anyone's for an admin (taking a case back).
  base::Result<Answer<CaseClaim>> release(const std::string& acceptance_no, const core::CaseActor& actor,
                                          const core::CivilTime& now);
  // A decision on a case the actor holds.
  base::Result<Answer<CaseDone>> act(const std::string& acceptance_no, const core::CaseActor& actor, const CaseWork& work,
                                     const core::CivilTime& now);

  // Approves each case in its own transaction, in the order given, as claim() then act() would: the
  // case is taken as a claim takes it (refused when someone else holds it or its notice still
  // runs), the rules decide (maker-checker, amount, start month, benefit type), and the decision
  // gives it back. A refused case is left as it was and the batch goes on.
  BulkReport approve_batch(const std::vector<std::string>& acceptance_nos, const core::CaseActor& actor,
                           const BulkApproval& how, const core::CivilTime& now);

  // The cases `actor` could publicize now, oldest first, at most `limit`: the rules
  // (core::claim_refusal, core::decide_case) asked for each as publicize_batch would ask them.
  base::Result<std::vector<PublicityCandidate>> ready_for_publicity(const core::CaseActor& actor, const core::CivilTime& now,
                                                                    const core::HolidayCalendar& calendar, int limit);
  // Puts each case on public notice in its own transaction, in the order given, as claim() then
  // act() would (store/case_bulk.cpp): the case is taken as a claim takes it, the rules decide
  // (status, steps, materials, role), the notice row is written and the claim given back. A
  // refused case is left as it was and the batch goes on.
  BulkReport publicize_batch(const std::vector<std::string>& acceptance_nos, const core::CaseActor& actor,
                             const BulkPublicity& how, const core::CivilTime& now);

  // Claims whose lease has not expired at `now`, by application uuid.
  base::Result<std::map<std::string, CaseClaim>> live_claims(const core::CivilTime& now);

 private:
  base::Result<std::optional<LoadedCase>> load(const std::string& acceptance_no, const core::CivilTime& now, bool lock);
  // The rules and the write of one decision on a case read inside the caller's transaction (which
  // commits it when the answer is CaseDone).
  // One case of a batch: taken as claim() takes it and decided in the same transaction, with the
  // work `work_for` makes of the case as loaded (its error stops the batch).
  using BatchWork = std::function<base::Result<CaseWork>(const LoadedCase&)>;
  base::Result<Answer<CaseDone>> take_and_act(const std::string& acceptance_no, const core::CaseActor& actor,
                                              const core::CivilTime& now, const BatchWork& work_for);
  BulkReport run_batch(const std::vector<std::string>& acceptance_nos, const core::CaseActor& actor,
                       const core::CivilTime& now, const BatchWork& work_for);
  base::Result<Answer<CaseDone>> decide_loaded(const LoadedCase& c, const core::CaseActor& actor, const CaseWork& work,
                                               const core::CivilTime& now);
  base::Status write(const LoadedCase& c, const core::CaseActor& actor, const CaseWork& work, const core::CaseOutcome& out,
                     const core::CivilTime& now);
  Database& db_;
  const core::ServiceCatalog& catalog_;
};

}  // namespace store
