#pragma once
// The 一次性告知单 of a service item, printed at the kiosk's 办事指南: the item, who may apply, the
// materials to bring (required, then those to bring if they have them), the time limit, where to go
// (the hall, its window, its phone) and the date. Built as the same slip model as every paper the
// hall hands out (text and raster printers alike), from the catalog's "kiosk.guide_slip.*" sentences,
// in Chinese whatever the screen shows. Nothing personal is on it.
#include "core/domain/acceptance_slip.h"
#include "core/domain/civil_time.h"
#include "core/domain/service_item.h"
#include "core/language.h"
#include "core/text/i18n.h"

namespace core {

struct GuideNoticeContext {
  std::string hall_name;
  std::string hall_phone;
  std::string hall_address;  // "" leaves the line out
  CivilTime printed_at;
};

AcceptanceSlip make_guide_notice_slip(const ServiceItem& item, const GuideNoticeContext& context,
                                      const Catalog& strings, Language language);

}  // namespace core
