// 补正收件 at the counter (core/counter/supplement_desk.h): a scanned slip or a typed acceptance
// number finds the case; staff tick what the resident handed over; 材料已收齐 sends it back to
// review. The intake form being filled is kept meanwhile (返回 goes back to it).
#include <algorithm>

#include "core/counter/counter_flow.h"
#include "core/counter/counter_flow_support.h"
#include "core/domain/acceptance_number.h"

namespace core::counter {

using detail::notice;
using detail::signed_in;

namespace {

constexpr std::size_t kMaxTypedChars = 40;

// Scanners and fingers add spaces around a number; nothing inside it is a space.
std::string trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t");
  return std::string(text.substr(first, last - first + 1));
}

bool may_use(const AppState& s) { return signed_in(s) && !s.counter.pressing; }

Effects find(AppState& s, std::string no) {
  SupplementDesk& d = s.counter.supplement;
  d = SupplementDesk{};
  d.typed_no = std::move(no);
  touch(s);
  if (!parse_acceptance_number(d.typed_no)) {
    d.message = Message{"counter.supplement.bad_no", {}};
    return {};
  }
  if (s.store != StoreLink::Ready) {
    d.message = Message{"counter.supplement.store_down", {}};
    return {};
  }
  d.busy = true;
  return {fx::FindSupplementCase{d.typed_no, s.counter.staff->staff_no, s.now}};
}

}  // namespace

Effects on(AppState& s, const ev::CodeScanned& e) {
  if (!may_use(s)) {
    notice(s, "counter.supplement.scan_not_now");
    touch(s);
    return {};
  }
  return {fx::VerifySlip{e.text}};
}

Effects on(AppState& s, const ev::SlipVerified& e) {
  if (!may_use(s) || s.counter.supplement.busy) return {};
  s.screen = ScreenId::CounterSupplement;
  return find(s, e.acceptance_no);
}

Effects on(AppState& s, const ev::SlipRefused&) {
  if (!may_use(s) || s.counter.supplement.busy) return {};
  // A scan at the counter is for 补正收件: its screen says why this one cannot be used.
  s.screen = ScreenId::CounterSupplement;
  s.counter.supplement = SupplementDesk{};
  s.counter.supplement.message = Message{"counter.supplement.slip_refused", {}};
  touch(s);
  return {};
}

Effects on(AppState& s, const intent::ShowSupplement& e) {
  if (!may_use(s)) return {};
  if (e.show) {
    if (s.screen == ScreenId::CounterSupplement) return {};
    s.counter.supplement = SupplementDesk{};
    s.screen = ScreenId::CounterSupplement;
  } else if (s.screen == ScreenId::CounterSupplement) {
    s.screen = s.counter.accepted ? ScreenId::CounterAccepted : ScreenId::CounterIntake;
  }
  touch(s);
  return {};
}

Effects on(AppState& s, const intent::EditSupplementNo& e) {
  SupplementDesk& d = s.counter.supplement;
  if (!may_use(s) || d.busy) return {};
  d.typed_no = e.text.substr(0, kMaxTypedChars);
  touch(s);
  return {};
}

Effects on(AppState& s, const intent::FindSupplement&) {
  if (!may_use(s) || s.counter.supplement.busy) return {};
  return find(s, trimmed(s.counter.supplement.typed_no));
}

Effects on(AppState& s, const intent::ToggleHanded& e) {
  SupplementDesk& d = s.counter.supplement;
  if (!may_use(s) || d.busy || d.done || !d.found) return {};
  const auto& missing = d.found->missing;
  if (std::none_of(missing.begin(), missing.end(), [&](const MaterialCheck& m) { return m.code == e.code; })) return {};
  if (auto it = std::find(d.handed.begin(), d.handed.end(), e.code); it != d.handed.end())
    d.handed.erase(it);
  else
    d.handed.push_back(e.code);
  d.message = {};
  touch(s);
  return {};
}

Effects on(AppState& s, const intent::ReceiveSupplement&) {
  SupplementDesk& d = s.counter.supplement;
  if (!may_use(s) || d.busy || d.done || !d.found || d.found->status != ApplicationStatus::NeedsSupplement) return {};
  for (const auto& m : d.found->missing)
    if (std::find(d.handed.begin(), d.handed.end(), m.code) == d.handed.end()) {
      d.message = Message{"counter.supplement.not_all", {m.name}};
      touch(s);
      return {};
    }
  if (s.store != StoreLink::Ready) {
    d.message = Message{"counter.supplement.store_down", {}};
    touch(s);
    return {};
  }
  d.busy = true;
  d.message = {};
  touch(s);
  return {fx::ReceiveSupplement{d.found->acceptance_no, s.counter.staff->staff_no, s.now}};
}

Effects on(AppState& s, const ev::SupplementCaseFound& e) {
  SupplementDesk& d = s.counter.supplement;
  if (!d.busy || e.acceptance_no != d.typed_no) return {};  // staff moved on meanwhile
  d.busy = false;
  touch(s);
  if (!e.found) {
    d.message = e.problem;
    return {};
  }
  d.found = e.found;
  if (d.found->status != ApplicationStatus::NeedsSupplement)
    d.message = Message{"counter.supplement.not_waiting", {d.found->acceptance_no}};
  return {};
}

Effects on(AppState& s, const ev::SupplementReceived& e) {
  SupplementDesk& d = s.counter.supplement;
  if (!d.busy || !d.found || e.acceptance_no != d.found->acceptance_no) return {};
  d.busy = false;
  touch(s);
  if (!e.problem.empty()) {
    d.message = e.problem;
    return {};
  }
  d.done = true;
  d.found->status = ApplicationStatus::Reviewing;
  d.message = Message{"counter.supplement.done", {d.found->acceptance_no}};
  return {};
}

}  // namespace core::counter
