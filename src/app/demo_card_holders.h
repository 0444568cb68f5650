#pragma once
// The people behind the simulator's sample ID cards (devices/idcard/sample_cards.h), written into
// every demo store so the demo keys show the kiosk's paths: 张𠀾 (F1) holds rural 低保 in payment
// and a suspended disability subsidy, with a failed and a pending payment, an application waiting
// for materials (待补正) and one in publicity (公示中); 王䶮 (F9, aged 91) holds no benefit yet and is
// shown the 高龄津贴 hint; his 低保 application has been reviewed (all three steps) and its public
// notice ended before the demo's day, so the demo's approver C01 can claim and approve it — the
// oldest case an approver can claim. The permit and foreigner cards (F2–F4) are unknown to the store.
#include "base/result.h"
#include "core/domain/service_item.h"
#include "core/domain/working_days.h"
#include "store/database.h"

namespace app {

inline constexpr const char* kDemoHolderId = "11010519491231002X";        // 张𠀾
inline constexpr const char* kDemoElderId = "320102193505080015";         // 王䶮
// The 待补正 application of 张𠀾, numbered at terminal 09 so generated numbers never collide.
inline constexpr const char* kDemoHolderSlipNo = "320102-09-20261118-0101";
// 王䶮's 低保 application, waiting for the approver (公示期满).
inline constexpr const char* kDemoElderDibaoNo = "320102-09-20261014-0103";

inline constexpr int kDemoCardHolders = 2;

// Inside the caller's transaction; `today` as YYYY-MM-DD. Returns how many residents it added (a
// holder whose number the generated data already used is left as generated).
base::Result<int> add_demo_card_holders(store::Database& db, const std::string& today, const core::ServiceCatalog& catalog,
                                   const core::HolidayCalendar& calendar);

}  // namespace app
