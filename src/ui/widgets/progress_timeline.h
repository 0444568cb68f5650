#pragma once
// An application's progress as the kiosk shows it, after a card read and after a slip scan alike:
// the five steps 已受理 → 审核中 → 公示中 → 已审批 → 发放中 with the date each was reached and the
// current one highlighted (ring, colour and the word 当前), the promised date, the review steps
// with their dates, a side path such as 待补正 with its date, the materials still to bring, in
// full, and for a rejection its reason and where to ask. Steps run across when they
// fit the width and down otherwise (portrait screens, 大字模式).
#include "core/kiosk/kiosk_status.h"
#include "ui/widgets/scroll_panel.h"

namespace ui::widgets {

// Catalog key of an application status's word ("app_status.needs_supplement").
std::string application_status_key(core::ApplicationStatus s);
// "2026-11-23" in the reader's language (2026年11月23日); anything else unchanged.
std::string long_date(UiContext& ui, std::string_view iso);
// "2026-10" → 2026年10月.
std::string month_of(UiContext& ui, std::string_view period);
// A month or day number as the language writes it ("03" → "3" in Chinese).
std::string date_number(UiContext& ui, std::string_view two_digits);

// Draws into `p` between x0 and x1 from content y; returns the height used. Below the five steps:
// the item's review steps (入户调查 …) with the day each was recorded, while the case is open or
// rejected; for a rejection its reason and where to ask (`hall_phone`, the hall's number).
float progress_timeline(ScrollPanel& p, const core::ApplicationProgress& a, float x0, float x1, float y,
                        std::string_view hall_phone);

}  // namespace ui::widgets
