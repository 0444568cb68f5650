// The back office's life-cycle rules (core/backoffice/case_rules.h): every status against every
// action — the allowed transitions and the refused ones — roles, maker-checker, claims and leases.
#include <doctest/doctest.h>

#include <map>
#include <set>
#include <string>

#include "core/backoffice/case_rules.h"

using namespace core;
using S = ApplicationStatus;
using A = CaseAction;

namespace {

constexpr const char* kToday = "2026-12-10";

// A 低保 case whose facts pass every check but the status: all steps done, materials complete,
// notice ended, held by `holder`.
CaseFacts ready_case(S status, const std::string& holder) {
  CaseFacts c;
  c.acceptance_no = "320102-01-20261123-0042";
  c.status = status;
  c.steps_required = {"home_visit", "community_review", "economic_check"};
  c.steps_done = c.steps_required;
  c.reviewed_by = {"R01"};
  c.publicity_working_days = 7;
  c.notice_ends = "2026-12-09";
  c.claim_holder = holder;
  return c;
}

CaseRequest request(A a) {
  CaseRequest r;
  r.action = a;
  r.step = "home_visit";
  r.note = "理由";
  r.missing = {"hukoubu"};
  r.amount_fen = 52800;
  r.start_month = "2027-01";
  r.notice_ends = "2026-12-21";
  return r;
}

// Who does each action in the table below: a reviewer for review work, an approver (who did not
// review) for decisions.
CaseActor actor_for(A a) {
  if (a == A::Approve || a == A::Reject) return CaseActor{"P01", StaffRole::Approver, true};
  return CaseActor{"R01", StaffRole::Reviewer, true};
}

std::string key_of(const CaseDecision& d) { return std::holds_alternative<Message>(d) ? std::get<Message>(d).key : ""; }

}  // namespace

TEST_CASE("every status against every action: exactly the life cycle's edges are allowed") {
  // (from, action) -> to. Everything else is refused because of the status.
  const std::map<std::pair<S, A>, S> allowed = {
      {{S::Accepted, A::RecordStep}, S::Reviewing},        {{S::Reviewing, A::RecordStep}, S::Reviewing},
      {{S::Accepted, A::AskSupplement}, S::NeedsSupplement}, {{S::Reviewing, A::AskSupplement}, S::NeedsSupplement},
      {{S::NeedsSupplement, A::SupplementArrived}, S::Reviewing}, {{S::Reviewing, A::Publicize}, S::Publicized},
      {{S::Publicized, A::Objection}, S::Reviewing},       {{S::Publicized, A::Approve}, S::Approved},
      {{S::Publicized, A::Reject}, S::Rejected},           {{S::Reviewing, A::Reject}, S::Rejected},
  };
  int checked = 0;
  for (S from : all_application_statuses()) {
    for (A a : {A::RecordStep, A::AskSupplement, A::SupplementArrived, A::Publicize, A::Objection, A::Approve, A::Reject}) {
      const CaseActor who = actor_for(a);
      auto d = decide_case(ready_case(from, who.staff_no), who, request(a), kToday);
      auto it = allowed.find({from, a});
      CAPTURE(status_code(from));
      CAPTURE(case_action_code(a));
      if (it == allowed.end()) {
        // Reviewing → approve is refused for an item with a notice (needs_publicity), not by status.
        if (from == S::Reviewing && a == A::Approve) CHECK(key_of(d) == "case.refused.needs_publicity");
        else CHECK(key_of(d) == "case.refused.status");
      } else {
        REQUIRE(std::holds_alternative<CaseOutcome>(d));
        CHECK(std::get<CaseOutcome>(d).from == from);
        CHECK(std::get<CaseOutcome>(d).to == it->second);
      }
      ++checked;
    }
  }
  CHECK(checked == 9 * 7);
}

TEST_CASE("an item without a public notice is approved straight from review, once every step is recorded") {
  CaseFacts c = ready_case(S::Reviewing, "P01");
  c.publicity_working_days = 0;
  const CaseActor approver{"P01", StaffRole::Approver, true};
  auto d = decide_case(c, approver, request(A::Approve), kToday);
  REQUIRE(std::holds_alternative<CaseOutcome>(d));
  CHECK(std::get<CaseOutcome>(d).to == S::Approved);
  c.steps_done = {"home_visit"};
  CHECK(key_of(decide_case(c, approver, request(A::Approve), kToday)) == "case.refused.steps_missing");
  CHECK(key_of(decide_case(ready_case(S::Reviewing, "R01"), CaseActor{"R01", StaffRole::Reviewer, true},
                           [] { auto r = request(A::Publicize); return r; }(), kToday)) == "");
  c = ready_case(S::Reviewing, "R01");
  c.publicity_working_days = 0;
  CHECK(key_of(decide_case(c, CaseActor{"R01", StaffRole::Reviewer, true}, request(A::Publicize), kToday)) ==
        "case.refused.no_publicity");
}

TEST_CASE("roles: reviewers review, approvers decide, admins do both, counter staff only tick arrived materials") {
  const std::map<StaffRole, std::set<A>> may = {
      {StaffRole::Reviewer, {A::RecordStep, A::AskSupplement, A::SupplementArrived, A::Publicize, A::Objection}},
      {StaffRole::Approver, {A::Objection, A::Approve, A::Reject}},
      {StaffRole::Admin,
       {A::RecordStep, A::AskSupplement, A::SupplementArrived, A::Publicize, A::Objection, A::Approve, A::Reject}},
      {StaffRole::Counter, {A::SupplementArrived}},
  };
  for (const auto& [role, allowed] : may) {
    for (A a : {A::RecordStep, A::AskSupplement, A::SupplementArrived, A::Publicize, A::Objection, A::Approve, A::Reject}) {
      const CaseActor who{"X09", role, true};
      auto d = decide_case(ready_case(S::Publicized, "X09"), who, request(a), kToday);
      CAPTURE(staff_role_code(role));
      CAPTURE(case_action_code(a));
      if (allowed.count(a)) CHECK(key_of(d) != "case.refused.role");
      else CHECK(key_of(d) == "case.refused.role");
    }
  }
}

TEST_CASE("maker-checker: whoever reviewed a case cannot approve or reject it, not even an admin") {
  CaseFacts c = ready_case(S::Publicized, "R01");
  const CaseActor admin_reviewer{"R01", StaffRole::Admin, true};
  auto d = decide_case(c, admin_reviewer, request(A::Approve), kToday);
  CHECK(key_of(d) == "case.refused.maker_checker");
  CHECK(std::get<Message>(d).params == std::vector<std::string>{c.acceptance_no, "R01"});
  CHECK(key_of(decide_case(c, admin_reviewer, request(A::Reject), kToday)) == "case.refused.maker_checker");
  c.claim_holder = "A02";
  CHECK(key_of(decide_case(c, CaseActor{"A02", StaffRole::Admin, true}, request(A::Approve), kToday)) == "");
}

TEST_CASE("a decision needs the actor's own live claim, the counter needs none but is refused under another's") {
  const CaseActor reviewer{"R01", StaffRole::Reviewer, true};
  CHECK(key_of(decide_case(ready_case(S::Reviewing, ""), reviewer, request(A::RecordStep), kToday)) ==
        "case.refused.not_claimed");
  auto d = decide_case(ready_case(S::Reviewing, "R02"), reviewer, request(A::RecordStep), kToday);
  CHECK(key_of(d) == "case.refused.claimed_by");
  CHECK(std::get<Message>(d).params.back() == "R02");
  const CaseActor counter{"C01", StaffRole::Counter, true};
  CHECK(key_of(decide_case(ready_case(S::NeedsSupplement, ""), counter, request(A::SupplementArrived), kToday)) == "");
  CHECK(key_of(decide_case(ready_case(S::NeedsSupplement, "R02"), counter, request(A::SupplementArrived), kToday)) ==
        "case.refused.claimed_by");
  CHECK(key_of(decide_case(ready_case(S::Reviewing, "R01"), CaseActor{"R01", StaffRole::Reviewer, false},
                           request(A::RecordStep), kToday)) == "case.refused.inactive");
}

TEST_CASE("each decision's own conditions: steps, materials, notice dates, reasons, amount and start month") {
  const CaseActor reviewer{"R01", StaffRole::Reviewer, true};
  const CaseActor approver{"P01", StaffRole::Approver, true};
  CaseFacts c = ready_case(S::Reviewing, "R01");
  c.steps_done = {"home_visit", "economic_check"};
  auto d = decide_case(c, reviewer, request(A::Publicize), kToday);
  CHECK(key_of(d) == "case.refused.steps_missing");
  CHECK(std::get<Message>(d).params.back() == "community_review");
  c = ready_case(S::Reviewing, "R01");
  c.materials_complete = false;
  CHECK(key_of(decide_case(c, reviewer, request(A::Publicize), kToday)) == "case.refused.materials_missing");
  auto pub = request(A::Publicize);
  pub.notice_ends = kToday;
  CHECK(key_of(decide_case(ready_case(S::Reviewing, "R01"), reviewer, pub, kToday)) == "case.refused.notice_dates");
  pub.notice_ends = "2026-13-01";
  CHECK(key_of(decide_case(ready_case(S::Reviewing, "R01"), reviewer, pub, kToday)) == "case.refused.notice_dates");

  auto step = request(A::RecordStep);
  step.step = "dance";
  CHECK(key_of(decide_case(ready_case(S::Reviewing, "R01"), reviewer, step, kToday)) == "case.refused.unknown_step");
  auto ask = request(A::AskSupplement);
  ask.missing.clear();
  CHECK(key_of(decide_case(ready_case(S::Reviewing, "R01"), reviewer, ask, kToday)) == "case.refused.need_missing");
  auto objection = request(A::Objection);
  objection.note.clear();
  CHECK(key_of(decide_case(ready_case(S::Publicized, "R01"), reviewer, objection, kToday)) == "case.refused.need_reason");

  c = ready_case(S::Publicized, "P01");
  c.notice_ends = kToday;  // the notice's last day is today: not ended yet
  CHECK(key_of(decide_case(c, approver, request(A::Approve), kToday)) == "case.refused.notice_running");
  CHECK(key_of(decide_case(c, approver, request(A::Reject), kToday)) == "");  // an objection upheld may reject at once
  auto approve = request(A::Approve);
  approve.amount_fen = 0;
  CHECK(key_of(decide_case(ready_case(S::Publicized, "P01"), approver, approve, kToday)) == "case.refused.amount");
  approve = request(A::Approve);
  approve.start_month = "2027-13";
  CHECK(key_of(decide_case(ready_case(S::Publicized, "P01"), approver, approve, kToday)) == "case.refused.start_month");
  auto reject = request(A::Reject);
  reject.note.clear();
  CHECK(key_of(decide_case(ready_case(S::Publicized, "P01"), approver, reject, kToday)) == "case.refused.need_reason");
}

TEST_CASE("a decision that hands the case on releases the claim, steps and arrived materials keep it") {
  auto releases = [](S from, A a) {
    const CaseActor who = actor_for(a);
    auto d = decide_case(ready_case(from, who.staff_no), who, request(a), kToday);
    REQUIRE(std::holds_alternative<CaseOutcome>(d));
    return std::get<CaseOutcome>(d).releases_claim;
  };
  CHECK_FALSE(releases(S::Reviewing, A::RecordStep));
  CHECK_FALSE(releases(S::NeedsSupplement, A::SupplementArrived));
  CHECK(releases(S::Reviewing, A::AskSupplement));
  CHECK(releases(S::Reviewing, A::Publicize));
  CHECK(releases(S::Publicized, A::Objection));
  CHECK(releases(S::Publicized, A::Approve));
  CHECK(releases(S::Reviewing, A::Reject));
}

TEST_CASE("claims: who may claim what, and never a case someone else holds") {
  const CaseActor reviewer{"R01", StaffRole::Reviewer, true};
  const CaseActor approver{"P01", StaffRole::Approver, true};
  const CaseActor admin{"A01", StaffRole::Admin, true};
  const CaseActor counter{"C01", StaffRole::Counter, true};
  auto refused = [](const CaseFacts& c, const CaseActor& a) {
    auto r = claim_refusal(c, a, kToday);
    return r ? r->key : std::string();
  };
  CHECK(refused(ready_case(S::Accepted, ""), reviewer) == "");
  CHECK(refused(ready_case(S::Reviewing, ""), reviewer) == "");
  CHECK(refused(ready_case(S::Reviewing, "R01"), reviewer) == "");  // renewing one's own
  CHECK(refused(ready_case(S::Reviewing, "R02"), reviewer) == "case.refused.claimed_by");
  CaseFacts waiting = ready_case(S::NeedsSupplement, "");
  waiting.materials_complete = false;
  CHECK(refused(waiting, reviewer) == "");  // by its number: the materials reached the back office
  CHECK(refused(waiting, approver) == "case.refused.waiting_materials");
  waiting.materials_complete = true;
  CHECK(refused(waiting, reviewer) == "");
  CHECK(refused(ready_case(S::Publicized, ""), reviewer) == "case.refused.not_for_role");
  CHECK(refused(ready_case(S::Publicized, ""), approver) == "");
  CaseFacts running = ready_case(S::Publicized, "");
  running.notice_ends = kToday;
  CHECK(refused(running, approver) == "case.refused.notice_running");
  CHECK(refused(ready_case(S::Accepted, ""), approver) == "case.refused.not_for_role");
  CaseFacts no_notice = ready_case(S::Reviewing, "");
  no_notice.publicity_working_days = 0;
  CHECK(refused(no_notice, approver) == "");
  CHECK(refused(ready_case(S::Accepted, ""), admin) == "");
  CHECK(refused(ready_case(S::Publicized, ""), admin) == "");
  for (S closed : {S::Approved, S::Paying, S::Rejected, S::Withdrawn, S::NotAccepted})
    CHECK(refused(ready_case(closed, ""), admin) == "case.refused.not_for_role");
  CHECK(refused(ready_case(S::Accepted, ""), counter) == "case.refused.may_not_claim");
  CHECK(refused(ready_case(S::Accepted, ""), CaseActor{"R09", StaffRole::Reviewer, false}) == "case.refused.inactive");
  CHECK(claimable_statuses(StaffRole::Counter).empty());
  CHECK(claimable_statuses(StaffRole::Approver) == std::vector<S>{S::Publicized});
}

TEST_CASE("lease lengths: 30m, 90s, 2h or plain seconds, nothing else") {
  CHECK(parse_lease("30m") == 1800);
  CHECK(parse_lease("90s") == 90);
  CHECK(parse_lease("2h") == 7200);
  CHECK(parse_lease("45") == 45);
  CHECK(parse_lease("1s") == 1);
  for (const char* bad : {"", "m", "0s", "-5m", "25h", "3d", "1.5m", "30 m", "99999999"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_lease(bad).has_value());
  }
  CHECK(kDefaultLeaseSeconds == 1800);
}

TEST_CASE("action codes round-trip and unknown codes are refused") {
  for (A a : {A::RecordStep, A::AskSupplement, A::SupplementArrived, A::Publicize, A::Objection, A::Approve, A::Reject})
    CHECK(case_action_from_code(case_action_code(a)) == a);
  CHECK_FALSE(case_action_from_code("approve!").has_value());
  CHECK(may_work_cases(StaffRole::Reviewer));
  CHECK_FALSE(may_work_cases(StaffRole::Counter));
}
