#pragma once
// Commit before print (architecture.md): the counter numbers and stores an application in one
// synchronous=FULL transaction, and only then prints the slip. The application's UUID is the
// idempotency key: committing the same UUID again (a retry after a crash or a lost reply) returns
// the stored application with its original number instead of accepting it twice.
#include <string>

#include "core/domain/application.h"
#include "base/result.h"
#include "store/database.h"

namespace store {

struct IntakePlace {
  std::string hall_code;  // six digits
  int terminal = 1;       // 1..99
  int year = 1970, month = 1, day = 1;  // the hall's local date of acceptance
};

// `a` must carry uuid, item, applicant and at least its opening event (core::open_application);
// acceptance_no is assigned here. The applicant is added to residents if the store does not know
// them yet (name from the application, birth date and gender from the ID number).
base::Result<core::Application> commit_application(Database& db, const IntakePlace& place, core::Application a);

}  // namespace store
