#pragma once
// 办事指南 at the kiosk (issue 22): welcome → the list of items → one item (who may apply,
// conditions, materials, time limit, where to go) → 打印一次性告知单. It is a visit like any other:
// 返回首页, 大字模式, the idle countdown and timeout work as on the other visit screens, and a card
// or a slip presented meanwhile starts its own visit. The catalog is loaded on first use.
#include "core/app_state.h"
#include "core/effect.h"
#include "core/event.h"

namespace core::kiosk {

Effects on(AppState& s, const ev::GuideLoaded& e);
Effects on(AppState& s, const ev::GuideUnavailable& e);
Effects on(AppState& s, const intent::OpenGuide& e);
Effects on(AppState& s, const intent::OpenGuideItem& e);
Effects on(AppState& s, const intent::GuideBack& e);
Effects on(AppState& s, const intent::PrintGuideNotice& e);

// The item the guide shows (KioskGuideItem), or nullptr.
const ServiceItem* guide_item(const AppState& s);

}  // namespace core::kiosk
