#include "core/backoffice/case_rules.h"

#include <algorithm>
#include <array>

#include "core/domain/civil_time.h"

namespace core {
namespace {

using S = ApplicationStatus;

constexpr std::array<std::pair<CaseAction, std::string_view>, 7> kActionCodes = {{
    {CaseAction::RecordStep, "record_step"},
    {CaseAction::AskSupplement, "supplement"},
    {CaseAction::SupplementArrived, "supplied"},
    {CaseAction::Publicize, "publicize"},
    {CaseAction::Objection, "objection"},
    {CaseAction::Approve, "approve"},
    {CaseAction::Reject, "reject"},
}};

bool contains(const std::vector<std::string>& v, const std::string& x) { return std::find(v.begin(), v.end(), x) != v.end(); }

bool all_steps_done(const CaseFacts& c) {
  return std::all_of(c.steps_required.begin(), c.steps_required.end(),
                     [&](const std::string& s) { return contains(c.steps_done, s); });
}

std::string first_missing_step(const CaseFacts& c) {
  for (const auto& s : c.steps_required)
    if (!contains(c.steps_done, s)) return s;
  return {};
}

bool role_may(StaffRole role, CaseAction a) {
  const bool reviewer = role == StaffRole::Reviewer || role == StaffRole::Admin;
  const bool approver = role == StaffRole::Approver || role == StaffRole::Admin;
  switch (a) {
    case CaseAction::RecordStep:
    case CaseAction::AskSupplement:
    case CaseAction::Publicize: return reviewer;
    case CaseAction::SupplementArrived: return reviewer || role == StaffRole::Counter;
    case CaseAction::Objection: return reviewer || approver;
    case CaseAction::Approve:
    case CaseAction::Reject: return approver;
  }
  return false;
}

Message status_refusal(const CaseFacts& c, CaseAction a) {
  return Message{"case.refused.status",
                 {c.acceptance_no, std::string(status_label(c.status)), std::string(case_action_code(a))}};
}

bool notice_ended(const CaseFacts& c, const std::string& today) { return !c.notice_ends.empty() && c.notice_ends < today; }

bool valid_month(const std::string& m) {
  if (m.size() != 7 || m[4] != '-') return false;
  return parse_iso_date(m + "-01").ok();
}

}  // namespace

std::string_view case_action_code(CaseAction a) {
  for (const auto& [action, code] : kActionCodes)
    if (action == a) return code;
  return "record_step";
}

std::optional<CaseAction> case_action_from_code(std::string_view code) {
  for (const auto& [action, c] : kActionCodes)
    if (c == code) return action;
  return std::nullopt;
}

bool may_work_cases(StaffRole r) { return r == StaffRole::Reviewer || r == StaffRole::Approver || r == StaffRole::Admin; }

CaseDecision decide_case(const CaseFacts& c, const CaseActor& actor, const CaseRequest& r, const std::string& today) {
  if (!actor.active) return Message{"case.refused.inactive", {actor.staff_no}};
  if (!role_may(actor.role, r.action))
    return Message{"case.refused.role", {actor.staff_no, staff_role_code(actor.role), std::string(case_action_code(r.action))}};
  // The counter ticks arrived materials without a claim, but never under someone else's.
  if (actor.role == StaffRole::Counter) {
    if (!c.claim_holder.empty() && c.claim_holder != actor.staff_no)
      return Message{"case.refused.claimed_by", {c.acceptance_no, c.claim_holder}};
  } else if (c.claim_holder != actor.staff_no) {
    if (c.claim_holder.empty()) return Message{"case.refused.not_claimed", {c.acceptance_no}};
    return Message{"case.refused.claimed_by", {c.acceptance_no, c.claim_holder}};
  }
  CaseOutcome out{c.status, c.status, false};
  switch (r.action) {
    case CaseAction::RecordStep:
      if (c.status != S::Accepted && c.status != S::Reviewing) return status_refusal(c, r.action);
      if (!contains(c.steps_required, r.step)) return Message{"case.refused.unknown_step", {c.acceptance_no, r.step}};
      out.to = S::Reviewing;
      return out;
    case CaseAction::AskSupplement:
      if (c.status != S::Accepted && c.status != S::Reviewing) return status_refusal(c, r.action);
      if (r.missing.empty()) return Message{"case.refused.need_missing", {c.acceptance_no}};
      out.to = S::NeedsSupplement;
      out.releases_claim = true;
      return out;
    case CaseAction::SupplementArrived:
      if (c.status != S::NeedsSupplement) return status_refusal(c, r.action);
      out.to = S::Reviewing;
      return out;
    case CaseAction::Publicize:
      if (c.status != S::Reviewing) return status_refusal(c, r.action);
      if (c.publicity_working_days <= 0) return Message{"case.refused.no_publicity", {c.acceptance_no}};
      if (!all_steps_done(c)) return Message{"case.refused.steps_missing", {c.acceptance_no, first_missing_step(c)}};
      if (!c.materials_complete) return Message{"case.refused.materials_missing", {c.acceptance_no}};
      if (!parse_iso_date(r.notice_ends) || r.notice_ends <= today)
        return Message{"case.refused.notice_dates", {c.acceptance_no, r.notice_ends}};
      out.to = S::Publicized;
      out.releases_claim = true;
      return out;
    case CaseAction::Objection:
      if (c.status != S::Publicized) return status_refusal(c, r.action);
      if (r.note.empty()) return Message{"case.refused.need_reason", {c.acceptance_no}};
      out.to = S::Reviewing;
      out.releases_claim = true;
      return out;
    case CaseAction::Approve:
    case CaseAction::Reject: {
      const bool approve = r.action == CaseAction::Approve;
      if (c.status == S::Publicized) {
        if (approve && !notice_ended(c, today)) return Message{"case.refused.notice_running", {c.acceptance_no, c.notice_ends}};
      } else if (c.status == S::Reviewing) {
        if (approve && c.publicity_working_days > 0) return Message{"case.refused.needs_publicity", {c.acceptance_no}};
        if (approve && !all_steps_done(c))
          return Message{"case.refused.steps_missing", {c.acceptance_no, first_missing_step(c)}};
      } else {
        return status_refusal(c, r.action);
      }
      if (contains(c.reviewed_by, actor.staff_no)) return Message{"case.refused.maker_checker", {c.acceptance_no, actor.staff_no}};
      if (approve) {
        if (r.amount_fen <= 0 || r.amount_fen > kMaxAmountFen) return Message{"case.refused.amount", {c.acceptance_no}};
        if (!valid_month(r.start_month)) return Message{"case.refused.start_month", {c.acceptance_no, r.start_month}};
        out.to = S::Approved;
      } else {
        if (r.note.empty()) return Message{"case.refused.need_reason", {c.acceptance_no}};
        out.to = S::Rejected;
      }
      out.releases_claim = true;
      return out;
    }
  }
  return status_refusal(c, r.action);
}

std::optional<Message> claim_refusal(const CaseFacts& c, const CaseActor& actor, const std::string& today) {
  if (!actor.active) return Message{"case.refused.inactive", {actor.staff_no}};
  if (!may_work_cases(actor.role)) return Message{"case.refused.may_not_claim", {actor.staff_no, staff_role_code(actor.role)}};
  if (!c.claim_holder.empty() && c.claim_holder != actor.staff_no)
    return Message{"case.refused.claimed_by", {c.acceptance_no, c.claim_holder}};
  const bool reviewer = actor.role == StaffRole::Reviewer || actor.role == StaffRole::Admin;
  const bool approver = actor.role == StaffRole::Approver || actor.role == StaffRole::Admin;
  if (reviewer) {
    if (c.status == S::Accepted || c.status == S::Reviewing) return std::nullopt;
    // A case waiting for materials is the resident's move; a reviewer takes it by its number when
    // they reach the back office instead of the window (材料已补齐 then sends it back to review).
    // claim_next never offers one whose materials are still missing (store/case_claims.cpp).
    if (c.status == S::NeedsSupplement) return std::nullopt;
  }
  if (approver) {
    if (c.status == S::Publicized && notice_ended(c, today)) return std::nullopt;
    if (c.status == S::Reviewing && c.publicity_working_days <= 0 && all_steps_done(c)) return std::nullopt;
  }
  if (c.status == S::NeedsSupplement) return Message{"case.refused.waiting_materials", {c.acceptance_no}};
  if (c.status == S::Publicized && !notice_ended(c, today))
    return Message{"case.refused.notice_running", {c.acceptance_no, c.notice_ends}};
  return Message{"case.refused.not_for_role",
                 {c.acceptance_no, std::string(status_label(c.status)), staff_role_code(actor.role)}};
}

std::vector<ApplicationStatus> claimable_statuses(StaffRole r) {
  switch (r) {
    case StaffRole::Reviewer: return {S::Accepted, S::Reviewing, S::NeedsSupplement};
    case StaffRole::Approver: return {S::Publicized};
    case StaffRole::Admin: return {S::Accepted, S::Reviewing, S::NeedsSupplement, S::Publicized};
    case StaffRole::Counter: return {};
  }
  return {};
}

std::optional<int> parse_lease(std::string_view text) {
  if (text.empty() || text.size() > 8) return std::nullopt;
  int unit = 1;
  switch (text.back()) {
    case 's': unit = 1; text.remove_suffix(1); break;
    case 'm': unit = 60; text.remove_suffix(1); break;
    case 'h': unit = 3600; text.remove_suffix(1); break;
    default: break;
  }
  if (text.empty()) return std::nullopt;
  long n = 0;
  for (char ch : text) {
    if (ch < '0' || ch > '9') return std::nullopt;
    n = n * 10 + (ch - '0');
  }
  n *= unit;
  if (n < kMinLeaseSeconds || n > kMaxLeaseSeconds) return std::nullopt;
  return static_cast<int>(n);
}

}  // namespace core
