#pragma once
// What `onewindow status` prints about a resident, and the part of the kiosk's view it shares:
// masked identity, benefits, the last payments, open applications, eligibility hints. Built here from
// the store's rows (resident_records.h); the kiosk builds its view on top of it (kiosk_status.h), so
// masking and hints follow one code path for the kiosk and the command line.
#include <string>
#include <vector>

#include "base/result.h"
#include "core/domain/application.h"
#include "core/domain/benefit.h"
#include "core/domain/eligibility.h"
#include "core/kiosk/resident_records.h"
#include "core/language.h"
#include "core/text/i18n.h"

namespace core {

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

// The masked view of `records`: name and ID number masked (core/domain/masking.h), no ID number
// left in benefits or payments, open applications summarised, and the eligibility hints of `rules`
// on `today` (YYYY-MM-DD) from the stored birth date — or the ID number's when none is stored.
// Takes the rows to keep: a caller done with them moves them in, and nothing is copied.
ResidentStatus resident_status(ResidentRecords records, const std::vector<EligibilityRule>& rules,
                               const std::string& today);

// The JSON of `onewindow status --json`, one line: fixed key order, no timestamps, so the same data
// prints the same bytes. An error when a text in it is not valid UTF-8.
base::Result<std::string> to_json(const ResidentStatus& s);
// The human-readable text of `onewindow status`: headings and row layouts from the catalog's
// "kiosk.status_text.*" sentences in language `l`; benefit, status and item values as core/domain names them.
std::string to_text(const ResidentStatus& s, const Catalog& strings, Language l);

}  // namespace core
