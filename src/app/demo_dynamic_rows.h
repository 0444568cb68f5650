#pragma once
// The demo's 动态管理 rows (issue 20), written after the generated people inside the caller's
// transaction, from a generator of their own (the rest of the demo data stays as the seed made it):
// - payee accounts on most benefits (惠农一卡通 or a bank card, matching the payments' channel), a few
//   without one, so the payment roster's "no account" sheet has entries;
// - a 残疾人证 for every disability-subsidy holder and for some people without the subsidy;
// - people turning 80, 90 and 100 in the demo's month without 高龄津贴 (added residents);
// - a few 低保 ended by a 年审 in the last months, payments failed two months running, and some 年审
//   already overdue (most fall due in their anniversary month, so some always lie in the next 60 days).
#include <string>

#include "app/demo_data.h"
#include "base/result.h"
#include "store/database.h"

namespace app {

// Residents the milestone birthdays add (only to demo stores of at least kDemoMilestoneMinimum
// residents, which then generate that many fewer people, keeping the count asked for).
inline constexpr int kDemoMilestonePeople = 3;
inline constexpr int kDemoMilestoneMinimum = 100;
int demo_milestone_people(int residents);

base::Status add_demo_milestone_people(store::Database& db, const DemoDataOptions& o);
base::Status add_demo_dynamic_rows(store::Database& db, const DemoDataOptions& o);

}  // namespace app
