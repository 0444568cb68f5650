#pragma once
// The counter's 补正收件 (core/counter/supplement_desk.h): its events, intents and effects, part of
// the counter's lists (counter_events.h).
#include <optional>
#include <string>

#include "core/counter/supplement_desk.h"
#include "core/domain/civil_time.h"
#include "core/text/message.h"
#include "core/type_list.h"

namespace core {

namespace ev {
// The store's answer for an acceptance number: the case, or why not (`problem`: no such
// application, or the store failed — the detail is in the log).
struct SupplementCaseFound {
  std::string acceptance_no;
  std::optional<SupplementCase> found;
  Message problem;
};
// 材料已收齐 was written (empty `problem`: the case is back in review), or refused by the rules or
// the store.
struct SupplementReceived {
  std::string acceptance_no;
  Message problem;
};
}  // namespace ev

namespace intent {
struct ShowSupplement {
  bool show = true;  // false: back to the intake (or 已受理) where staff left it
};
struct EditSupplementNo {
  std::string text;
};
struct FindSupplement {};
struct ToggleHanded {
  std::string code;
};
struct ReceiveSupplement {};
}  // namespace intent

namespace fx {
// Read one application for 补正收件 (ev::SupplementCaseFound); audited as a look-up by `staff_no`.
struct FindSupplementCase {
  std::string acceptance_no;
  std::string staff_no;
  CivilTime now;
};
// Record that the missing materials arrived (ev::SupplementReceived).
struct ReceiveSupplement {
  std::string acceptance_no;
  std::string staff_no;
  CivilTime now;
};
}  // namespace fx

using SupplementEvents = TypeList<ev::SupplementCaseFound, ev::SupplementReceived, intent::ShowSupplement,
                                  intent::EditSupplementNo, intent::FindSupplement, intent::ToggleHanded,
                                  intent::ReceiveSupplement>;
using SupplementEffects = TypeList<fx::FindSupplementCase, fx::ReceiveSupplement>;

}  // namespace core
