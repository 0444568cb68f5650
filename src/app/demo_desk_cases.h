#pragma once
// The back office's share of the demo data (issue 19): open cases in every status a desk works on —
// waiting to be claimed, in review with some steps recorded, waiting for materials (some brought),
// on a public notice still running or ended, approved with the benefit they created — one for
// every 100 residents, besides the applications demo_data.cpp makes. Their history rows name what
// was done, as the back office writes them, so the kiosk's timeline and the queue show real steps.
#include <string>
#include <utility>
#include <vector>

#include "base/result.h"
#include "core/domain/money.h"
#include "core/domain/service_item.h"
#include "core/domain/working_days.h"
#include "store/database.h"

namespace app {

struct DemoDataOptions;

// A demo case's rows besides the application itself: the review steps recorded (code, day) by the
// demo's reviewer, with the fields their catalog entry asks for, and its public notice (none when
// `notice_starts` is empty) with the proposed monthly amount. Every publicized case has a notice.
struct DemoCaseRows {
  std::vector<std::pair<std::string, std::string>> steps;  // step code, YYYY-MM-DD
  std::string notice_starts, notice_ends;
  core::Fen proposed_fen = 0;
};
// The notice period of a demo case whose item names none (the county's usual 7 working days).
inline constexpr int kDemoUsualNoticeDays = 7;
base::Status insert_demo_case_rows(store::Database& db, const core::ServiceCatalog& catalog, const std::string& uuid,
                                   const DemoCaseRows& rows);

// Adds the cases inside the caller's transaction; returns how many. A generator of its own (from
// the seed) leaves the rest of the demo data as it was before these cases existed.
base::Result<long> add_demo_desk_cases(store::Database& db, const DemoDataOptions& o, const core::ServiceCatalog& catalog,
                                       const core::HolidayCalendar& calendar);

}  // namespace app
