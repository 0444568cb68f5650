#pragma once
// The back office (reviewers' desks): today the work queue, read from the store when it opens and
// again each minute. update() hands the back office its own events (backoffice_events.h) and the
// shared ones (spine_events.h) in backoffice mode; the spine calls the hooks at the end.
#include "core/app_state.h"
#include "core/backoffice/case_work.h"
#include "core/effect.h"
#include "core/event.h"

namespace core::backoffice {

// Shared events: no reader, scanner or printer serves the back office yet.
Effects on(AppState& s, const ev::CardReading& e);
Effects on(AppState& s, const ev::CardPresented& e);
Effects on(AppState& s, const ev::CardRemoved& e);
Effects on(AppState& s, const ev::CardReadFailed& e);
Effects on(AppState& s, const ev::CodeScanned& e);
Effects on(AppState& s, const ev::PrintDone& e);
Effects on(AppState& s, const ev::PrintFailed& e);
Effects on(AppState& s, const intent::Touched& e);
// The back office's own.
Effects on(AppState& s, const ev::QueueLoaded& e);

// Hooks the spine calls in backoffice mode: the queue is read when the store opens and on each new
// minute, so every change in the hall shows within a minute.
Effects store_ready(AppState& s);
Effects clock_ticked(AppState& s, bool new_minute);

}  // namespace core::backoffice
