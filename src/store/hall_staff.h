#pragma once
// A counter in a hall signs staff in against its own file (sign-in must work while the hall store
// is down), but staff are managed once, in the hall store: each time the hall answers, the counter
// copies the hall's staff rows into its file — name, role, active, PIN hash. What only the counter
// knows stays: its wrong-PIN count and lockout, and accounts the hall does not have.
#include "base/result.h"
#include "store/database.h"

namespace store {

// Copies the hall's staff into `local` in one local transaction; returns how many local rows were
// added or changed (0 when the counter already matched the hall).
base::Result<long> pull_staff(Database& hall, Database& local);

}  // namespace store
