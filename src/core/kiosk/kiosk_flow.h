#pragma once
// The kiosk's visit as a state machine (issue 8): a card or a slip starts a visit, the store's
// answer shows it, and taking the card away (after a short grace), the idle timeout or 返回首页
// ends it, dropping everything it held. update() hands the kiosk its own events (kiosk_events.h)
// and the shared ones (spine_events.h) in kiosk mode; the spine calls the hooks at the end.
#include "core/app_state.h"
#include "core/effect.h"
#include "core/event.h"

namespace core::kiosk {

// A shaky hand lifting the card for a moment does not wipe the screen; a card still away after
// this many seconds ends the visit.
inline constexpr int kRemovalGraceS = 3;
// The idle countdown is shown for the last seconds before the timeout.
inline constexpr int kCountdownS = 10;
// The welcome screen repeats its invitation, larger, after this long with nobody there.
inline constexpr int kAttractAfterS = 60;
// Voice: a tap on the welcome screen speaks its greeting again only after this long.
inline constexpr int kGreetAgainAfterS = 20;

bool in_visit(const AppState& s);

// Shared events.
Effects on(AppState& s, const ev::CardReading& e);
Effects on(AppState& s, const ev::CardPresented& e);
Effects on(AppState& s, const ev::CardRemoved& e);
Effects on(AppState& s, const ev::CardReadFailed& e);
Effects on(AppState& s, const ev::CodeScanned& e);
Effects on(AppState& s, const ev::PrintDone& e);
Effects on(AppState& s, const ev::PrintFailed& e);
Effects on(AppState& s, const intent::Touched& e);
// The kiosk's own.
Effects on(AppState& s, const ev::SlipVerified& e);
Effects on(AppState& s, const ev::SlipRefused& e);
Effects on(AppState& s, const ev::ResidentFound& e);
Effects on(AppState& s, const ev::ResidentUnknown& e);
Effects on(AppState& s, const ev::ProgressFound& e);
Effects on(AppState& s, const ev::ProgressUnknown& e);
Effects on(AppState& s, const ev::LookUpFailed& e);
Effects on(AppState& s, const ev::PaperPrinted& e);
Effects on(AppState& s, const intent::ShowPaper& e);
Effects on(AppState& s, const intent::ContinueViewing& e);
Effects on(AppState& s, const intent::ToggleLargeText& e);
Effects on(AppState& s, const intent::ScrollTo& e);
Effects on(AppState& s, const intent::PrintSummary& e);
Effects on(AppState& s, const intent::EndVisit& e);
Effects on(AppState& s, const intent::ReadAloud& e);
// Hooks the spine calls in kiosk mode. Start-up: the idle and attract clocks start now.
void started(AppState& s);
// The store went away: a visit waiting for it says 系统维护中.
void store_unavailable(AppState& s);
// Each second: removal grace, idle countdown and timeout, the welcome's repeated invitation.
// Returns true if something visible changed; effects (a spoken 请取回您的身份证) go into `fx`.
bool clock_ticked(AppState& s, Effects& fx);
// The 好差评 panel after a visit was answered (`given`) or skipped: back to the welcome screen.
void rating_done(AppState& s, bool given);

}  // namespace core::kiosk
