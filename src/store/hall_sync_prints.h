#pragma once
// The outbox's second part (store/hall_sync.h): slip print attempts (slip_prints) recorded on a
// counter after its application went to the hall — a slip prints after the commit, and a reprint
// or a paper-out may come hours later — so the hall's day ledger knows which applicants hold a slip.
// Local meta `hall_sync_prints` is the last slip_prints rowid the hall holds; rows go in rowid order
// and never past one whose application is not in the hall yet (it goes with a later push).
// A print row has no key of its own: the hall inserts a row only when it holds no row with the
// same application, time, terminal, staff, outcome and reason, so a push repeated after a lost reply
// adds nothing (two identical attempts in one second count as one, which is what the ledger reads).
#include "base/result.h"
#include "store/database.h"

namespace store {

// Print attempts recorded locally and not yet in the hall.
base::Result<long> count_unsynced_prints(Database& local);

// Pushes the print attempts whose applications the hall holds; returns how many the hall took.
base::Result<long> push_slip_prints(Database& local, Database& hall);

}  // namespace store
