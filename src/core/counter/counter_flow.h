#pragma once
// The counter window as a state machine (issue 9): sign-in → the intake steps → 受理 (commit, then
// the slip prints) → 已受理 with reprint; the day ledger; 暂离 and the idle lock keep the form and
// ask for the PIN again. update() hands the counter its own events (counter_events.h) and the shared
// ones (spine_events.h) in counter mode; the spine calls the hooks at the end.
#include "core/app_state.h"
#include "core/effect.h"
#include "core/event.h"

namespace core::counter {

// Whether the next step may be opened: every step before `step` is complete.
bool may_open(const AppState& s, IntakeStep step);
// Whether 受理 may be pressed now (signed in, unlocked, form complete, not already pressed).
bool may_accept(const AppState& s);

// Shared events: a card fills the form; print results; touches keep the screen unlocked. Cards
// being read or lifted and scanned codes mean nothing at the counter.
Effects on(AppState& s, const ev::CardReading& e);
Effects on(AppState& s, const ev::CardPresented& e);
Effects on(AppState& s, const ev::CardRemoved& e);
Effects on(AppState& s, const ev::CardReadFailed& e);
Effects on(AppState& s, const ev::CodeScanned& e);
Effects on(AppState& s, const ev::PrintDone& e);
Effects on(AppState& s, const ev::PrintFailed& e);
Effects on(AppState& s, const intent::Touched& e);
// The counter's own.
Effects on(AppState& s, const ev::CounterCatalogLoaded& e);
Effects on(AppState& s, const ev::SignInAnswered& e);
Effects on(AppState& s, const ev::FormOpened& e);
Effects on(AppState& s, const ev::IntakeAccepted& e);
Effects on(AppState& s, const ev::SlipPreviewed& e);
Effects on(AppState& s, const ev::IntakeFailed& e);
Effects on(AppState& s, const ev::LedgerLoaded& e);
Effects on(AppState& s, const ev::LedgerExported& e);
Effects on(AppState& s, const ev::ReprintFailed& e);
Effects on(AppState& s, const intent::EditSignIn& e);
Effects on(AppState& s, const intent::SubmitSignIn& e);
Effects on(AppState& s, const intent::LockDesk& e);
Effects on(AppState& s, const intent::SignOut& e);
Effects on(AppState& s, const ev::DraftFound& e);
Effects on(AppState& s, const intent::RestoreDraft& e);
Effects on(AppState& s, const intent::ScrollHousehold& e);
Effects on(AppState& s, const intent::ScrollReview& e);
Effects on(AppState& s, const intent::OpenRelationList& e);
Effects on(AppState& s, const intent::EditForm& e);
Effects on(AppState& s, const intent::AddMember& e);
Effects on(AppState& s, const intent::RemoveMember& e);
Effects on(AppState& s, const intent::ClearApplicant& e);
Effects on(AppState& s, const intent::PickItem& e);
Effects on(AppState& s, const intent::ToggleMaterial& e);
Effects on(AppState& s, const intent::ChooseDecision& e);
Effects on(AppState& s, const intent::GoToStep& e);
Effects on(AppState& s, const intent::NextStep& e);
Effects on(AppState& s, const intent::PressAccept& e);
Effects on(AppState& s, const intent::ReprintSlip& e);
Effects on(AppState& s, const intent::NewIntake& e);
Effects on(AppState& s, const intent::ShowLedger& e);
Effects on(AppState& s, const intent::ExportLedger& e);

// Hooks the spine calls in counter mode. Start-up: the idle lock's settings, and the catalog loads.
Effects started(AppState& s, const Config& config);
// Each second: the idle lock. Returns true if something visible changed.
bool clock_ticked(AppState& s);

}  // namespace core::counter
