#pragma once
// What the store holds on one resident for a status look-up, as plain rows read in one transaction
// (store::StatusQuery, which writes the audit row in the same transaction). Nothing here is masked
// or interpreted: core builds what a person sees from these rows — `onewindow status`
// (resident_status.h) and the kiosk (kiosk_status.h) — so the rules live in one place, testable
// without a database.
#include <vector>

#include "core/domain/application.h"
#include "core/domain/benefit.h"
#include "core/domain/resident.h"

namespace core {

// How many of the newest payments a look-up reads and shows.
inline constexpr int kStatusPaymentsShown = 12;

struct ResidentRecords {
  Resident resident;                     // as stored: full name, full ID number
  std::vector<Benefit> benefits;         // every benefit held or once held
  std::vector<PaymentRecord> payments;   // newest first, at most kStatusPaymentsShown
  // Open applications (core::is_open), by acceptance number, each with its materials and events —
  // what a progress timeline needs. Members and declarations are not read: nothing shown needs them.
  std::vector<Application> applications;
};

}  // namespace core
