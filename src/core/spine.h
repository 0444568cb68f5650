#pragma once
// The spine answers its own events (core/spine_events.h): start-up, the clock, device links, the
// store link, language, demo devices. Where a flow must know (start-up, a clock tick, the store
// coming or going) it calls that flow's hook, by mode, in plain sight.
#include "core/app_state.h"
#include "core/effect.h"
#include "core/event.h"

namespace core::spine {

Effects on(AppState& s, const ev::Started& e);
Effects on(AppState& s, const ev::ClockTicked& e);
Effects on(AppState& s, const ev::DeviceLinkChanged& e);
Effects on(AppState& s, const ev::QuitRequested& e);
Effects on(AppState& s, const ev::PrinterTroubleChanged& e);
Effects on(AppState& s, const ev::StoreReady& e);
Effects on(AppState& s, const ev::StoreUnavailable& e);
Effects on(AppState& s, const ev::HallSyncReported& e);
Effects on(AppState& s, const intent::ToggleLanguage& e);
Effects on(AppState& s, const intent::DemoCard& e);
Effects on(AppState& s, const intent::DemoScan& e);
Effects on(AppState& s, const intent::DemoPaperOut& e);

}  // namespace core::spine
