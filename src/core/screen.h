#pragma once
// Every screen of the three modes, with the name scripts and screenshots use. One list: the
// scenario runner, the screenshot command and the tests read it; a new screen is added here only.
#include <optional>
#include <string_view>

#include "core/mode.h"

namespace core {

enum class ScreenId {
  // Kiosk: Welcome → CardReading (正在读卡 / 正在查询) → ResidentStatus or UnknownPerson; a slip scan
  // → SlipProgress; KioskMessage says a plain sentence (系统维护中 …) until the visit ends.
  Welcome,
  CardReading,
  ResidentStatus,
  UnknownPerson,
  SlipProgress,
  KioskMessage,
  // Kiosk 办事指南 (no card): the catalog's items, then one item with its 一次性告知单.
  KioskGuide,
  KioskGuideItem,
  // 好差评 after a visit (issue 22): one tap, skipped by itself after a few seconds.
  KioskRating,
  // Counter: sign-in, the screen locked (暂离/idle), the intake steps, 已受理, 受理台账, 补正收件.
  CounterSignIn,
  CounterLocked,
  CounterIntake,
  CounterAccepted,
  CounterLedger,
  CounterSupplement,
  // Back office: sign-in, the screen locked (暂离/idle), the queue, the case a claim opened, the
  // 年审 due list (and the review of one benefit), the 主动发现 list, 统计.
  BackofficeSignIn,
  BackofficeLocked,
  BackofficeHome,
  BackofficeCase,
  BackofficeReviews,
  BackofficeDiscovery,
  BackofficeStatistics
};

struct ScreenInfo {
  ScreenId id;
  std::string_view name;  // "resident-status"
  Mode mode;              // the mode that shows it
};

inline constexpr ScreenInfo kAllScreens[] = {
    {ScreenId::Welcome, "welcome", Mode::Kiosk},
    {ScreenId::CardReading, "card-reading", Mode::Kiosk},
    {ScreenId::ResidentStatus, "resident-status", Mode::Kiosk},
    {ScreenId::UnknownPerson, "unknown-person", Mode::Kiosk},
    {ScreenId::SlipProgress, "slip-progress", Mode::Kiosk},
    {ScreenId::KioskMessage, "kiosk-message", Mode::Kiosk},
    {ScreenId::KioskGuide, "kiosk-guide", Mode::Kiosk},
    {ScreenId::KioskGuideItem, "kiosk-guide-item", Mode::Kiosk},
    {ScreenId::KioskRating, "kiosk-rating", Mode::Kiosk},
    {ScreenId::CounterSignIn, "counter-sign-in", Mode::Counter},
    {ScreenId::CounterLocked, "counter-locked", Mode::Counter},
    {ScreenId::CounterIntake, "counter-intake", Mode::Counter},
    {ScreenId::CounterAccepted, "counter-accepted", Mode::Counter},
    {ScreenId::CounterLedger, "counter-ledger", Mode::Counter},
    {ScreenId::CounterSupplement, "counter-supplement", Mode::Counter},
    {ScreenId::BackofficeSignIn, "backoffice-sign-in", Mode::Backoffice},
    {ScreenId::BackofficeLocked, "backoffice-locked", Mode::Backoffice},
    {ScreenId::BackofficeHome, "backoffice-home", Mode::Backoffice},
    {ScreenId::BackofficeCase, "backoffice-case", Mode::Backoffice},
    {ScreenId::BackofficeReviews, "backoffice-reviews", Mode::Backoffice},
    {ScreenId::BackofficeDiscovery, "backoffice-discovery", Mode::Backoffice},
    {ScreenId::BackofficeStatistics, "backoffice-statistics", Mode::Backoffice},
};

std::string_view screen_name(ScreenId s);
std::optional<ScreenId> screen_by_name(std::string_view name);
Mode mode_of(ScreenId s);
// The screen a mode starts on.
ScreenId first_screen(Mode m);

}  // namespace core
