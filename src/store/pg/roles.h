#pragma once
// Least privilege on the hall store: three group roles (NOLOGIN) that terminals' login roles are
// made members of — onewindow_kiosk reads what the kiosk shows and writes only its audit rows;
// onewindow_counter also accepts applications (and adds an unknown applicant, numbers, slip prints,
// staff sign-in counts); onewindow_backoffice reads everything and writes rosters, reviews and
// staff. The owner role (which ran `db migrate`) keeps the tables. Idempotent: run it again after
// a migration that adds tables.
//
//   CREATE ROLE kiosk_01 LOGIN PASSWORD '…' IN ROLE onewindow_kiosk;
#include "base/result.h"
#include "store/database.h"

namespace store::pg {

base::Status grant_roles(Database& db);

}  // namespace store::pg
