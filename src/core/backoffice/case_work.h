#pragma once
// The case a reviewer or approver works on (core/backoffice/case_events.h): opening it (claim or
// renew, then read the case file), the form, the actions, the lease kept alive while the case is
// on screen, and closing it (the claim stays: 「我的待办」; 释放 is the queue's).
//
// Nothing typed is lost: a refusal, a store failure or a lease that ran out leaves the form as it
// was and says why in one sentence; after a refusal the case file is read again (the case may have
// changed meanwhile). The claim is renewed at half the lease; a renewal refused (someone took the
// case after the lease ran out) stops the actions and offers 重新领取 when the case is free again.
#include "core/app_state.h"
#include "core/backoffice/case_events.h"
#include "core/effect.h"

namespace core::backoffice {

// Opens `acceptance_no` for `actor` and reads its file. `lease_until`: the claim the queue just
// took (renewed from half of `lease_seconds` on); empty: no claim known yet, so it is claimed (a
// claim of one's own renews) before the file is read.
Effects open_case(AppState& s, const std::string& acceptance_no, const CaseActor& actor, int lease_seconds,
                  const std::string& lease_until = {});
// Closes the case on screen. Its claim stays (「我的待办」) until released or run out.
void close_case(AppState& s);
// Each clock tick in backoffice mode: renews the claim once half the lease has passed.
Effects case_clock(AppState& s);

// The actions the signed-in staff member may take now (the rules asked, the form not checked yet);
// none while an action or the claim is out, or while the claim is lost.
std::vector<CaseAction> case_actions_now(const AppState& s);
// 重新领取 is offered: the lease was lost and nobody else holds the case now.
bool may_reclaim(const AppState& s);

Effects on(AppState& s, const ev::CaseFileLoaded& e);
Effects on(AppState& s, const ev::CaseFileFailed& e);
Effects on(AppState& s, const ev::CaseClaimAnswered& e);
Effects on(AppState& s, const ev::CaseActed& e);
Effects on(AppState& s, const ev::CaseActionRefused& e);
Effects on(AppState& s, const ev::CaseActionFailed& e);
Effects on(AppState& s, const intent::EditCaseForm& e);
Effects on(AppState& s, const intent::PickCaseStep& e);
Effects on(AppState& s, const intent::ToggleCaseMissing& e);
Effects on(AppState& s, const intent::PickCaseBenefit& e);
Effects on(AppState& s, const intent::PressCaseAction& e);
Effects on(AppState& s, const intent::ReclaimCase& e);
Effects on(AppState& s, const intent::ReloadCase& e);
Effects on(AppState& s, const intent::ReprintCaseNotice& e);
Effects on(AppState& s, const intent::ScrollCase& e);
// The printer's answer for a job; true when it was the case notice's.
bool case_print_done(AppState& s, std::uint64_t job);
bool case_print_failed(AppState& s, std::uint64_t job);

}  // namespace core::backoffice
