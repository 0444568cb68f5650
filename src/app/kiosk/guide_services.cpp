// The kiosk's 办事指南 effects: the catalog handed to the screens, an item's 一次性告知单 printed.
#include "app/kiosk/kiosk_services.h"
#include "app/log.h"
#include "app/print_job.h"
#include "core/kiosk/guide_notice_slip.h"

namespace app {

void KioskServices::run(const core::fx::LoadGuide&) {
  c_.jobs.post([this] {
    const CatalogAssets* a = c_.resources.assets();
    if (!a) {
      c_.q.post(core::ev::GuideUnavailable{"guide: catalog files unavailable (see log)"});
      return;
    }
    c_.q.post(core::ev::GuideLoaded{std::make_shared<const core::ServiceCatalog>(a->catalog)});
  });
}

void KioskServices::run(const core::fx::PrintGuideNotice& p) {
  c_.jobs.post([this, p] {
    const CatalogAssets* assets = c_.resources.assets();
    if (!assets) {
      c_.q.post(core::ev::PrintFailed{p.job, core::PrinterTrouble::None, "no sentences for the guide notice (see log)"});
      return;
    }
    // Paper the hall hands out is Chinese, whatever language the screen shows.
    post_slip_print(c_, p.job,
                    core::make_guide_notice_slip(p.item, core::GuideNoticeContext{c_.config.hall.name,
                                                                                 c_.config.hall.phone,
                                                                                 c_.config.hall.address, p.at},
                                                 assets->words, core::kRecordLanguage));
  });
}

}  // namespace app
