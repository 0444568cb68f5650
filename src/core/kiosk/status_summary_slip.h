#pragma once
// The summary a resident may print at the kiosk (查询凭条): masked name and ID, the date, benefits,
// the recent payments and open applications — the same facts the screen showed, on paper, as the
// same slip model the acceptance slip uses (so text and raster printers both work). Its words are the
// catalog's "kiosk.summary_slip.*" sentences; the kiosk prints them in Chinese, like every paper the
// hall hands out.
#include "core/domain/acceptance_slip.h"
#include "core/domain/civil_time.h"
#include "core/kiosk/kiosk_status.h"
#include "core/language.h"
#include "core/text/i18n.h"

namespace core {

struct SummaryContext {
  std::string hall_name;
  std::string hall_phone;
  CivilTime printed_at;
};

AcceptanceSlip make_status_summary_slip(const KioskStatus& status, const SummaryContext& context,
                                        const Catalog& strings, Language language);

}  // namespace core
