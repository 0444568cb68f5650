#pragma once
// What the kiosk shows a resident about themself after a card read, and what `onewindow status`
// prints: masked identity, benefits, the last payments, open applications, eligibility hints.
// Built by store::StatusQuery; one code path for the kiosk and the command line.
#include <string>
#include <vector>

#include "base/result.h"
#include "core/domain/application.h"
#include "core/domain/benefit.h"
#include "core/domain/eligibility.h"

namespace core {

inline constexpr int kStatusPaymentsShown = 12;

struct OpenApplicationSummary {
  std::string acceptance_no;
  std::string item;  // catalog item code
  ApplicationStatus status = ApplicationStatus::Accepted;
  std::string due;   // YYYY-MM-DD
  bool operator==(const OpenApplicationSummary&) const = default;
};

struct ResidentStatus {
  std::string name_masked;
  std::string id_masked;
  std::vector<Benefit> benefits;        // id_number fields left empty: the kiosk needs none
  std::vector<PaymentRecord> payments;  // newest first, at most kStatusPaymentsShown
  std::vector<OpenApplicationSummary> applications;
  std::vector<EligibilityHint> hints;
};

// The JSON of `onewindow status --json`, one line: fixed key order, no timestamps, so the same data
// prints the same bytes. An error when a text in it is not valid UTF-8.
base::Result<std::string> to_json(const ResidentStatus& s);
// The human-readable text of `onewindow status`.
std::string to_text(const ResidentStatus& s);

}  // namespace core
