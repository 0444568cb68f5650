#include "app/kiosk/kiosk_services.h"

#include <cstdio>

#include "app/kiosk/kiosk_lookup.h"
#include "app/voice/speech_synth.h"
#include "app/log.h"
#include "app/print_job.h"
#include "core/domain/slip_code.h"
#include "core/kiosk/status_read_aloud.h"
#include "core/kiosk/status_summary_slip.h"

namespace app {

std::string KioskServices::kiosk_name() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "kiosk-%02d", c_.config.terminal.number);
  return buf;
}

void KioskServices::run(const core::fx::LookUpResident& q) {
  c_.store.post([this, q](store::Database& db) {
    const CatalogAssets* a = c_.resources.assets();
    const store::HallKey* k = c_.resources.hall_key();
    if (!a || !k) {
      c_.q.post(core::ev::LookUpFailed{q.session, "kiosk look-up: catalog or hall key unavailable (see log)"});
      return;
    }
    core::Event e = look_up_resident_in(db, KioskLookupContext{*a, *k, kiosk_name()}, q);
    if (const auto* f = e.get_if<core::ev::LookUpFailed>()) log::error("kiosk", "look-up failed: " + f->reason);
    c_.q.post(std::move(e));
  });
}

void KioskServices::run(const core::fx::LookUpSlip& q) {
  c_.store.post([this, q](store::Database& db) {
    const CatalogAssets* a = c_.resources.assets();
    const store::HallKey* k = c_.resources.hall_key();
    if (!a || !k) {
      c_.q.post(core::ev::LookUpFailed{q.session, "slip look-up: catalog or hall key unavailable (see log)"});
      return;
    }
    core::Event e = look_up_slip_in(db, KioskLookupContext{*a, *k, kiosk_name()}, q);
    if (const auto* f = e.get_if<core::ev::LookUpFailed>()) log::error("kiosk", "slip look-up failed: " + f->reason);
    c_.q.post(std::move(e));
  });
}

void KioskServices::run(const core::fx::PrintStatusSummary& p) {
  c_.jobs.post([this, p] {
    const CatalogAssets* assets = c_.resources.assets();
    if (!assets) {
      c_.q.post(core::ev::PrintFailed{p.job, core::PrinterTrouble::None, "no sentences for the summary (see log)"});
      return;
    }
    // Paper the hall hands out is Chinese, whatever language the screen shows.
    post_slip_print(c_, p.job, core::make_status_summary_slip(
        p.status, core::SummaryContext{c_.config.hall.name, c_.config.hall.phone, p.at}, assets->words, core::kRecordLanguage));
  });
}

void KioskServices::run(const core::fx::ShowDemoPaper& d) {
  c_.jobs.post([this, job = d.job] {
    auto pages = c_.devices.demo_printout();
    if (pages.empty()) return;
    c_.resources.with_print_desk([&](slip::PrintDesk& desk) {
      // The job's own page: the last one the virtual printer cut.
      auto image = desk.paper({pages.back()});
      if (!image) {
        log::warn("kiosk", "demo paper not shown: " + image.error().message);
        return;
      }
      core::PaperPreview paper{job, image->width, image->height,
                               std::make_shared<const std::vector<std::uint8_t>>(std::move(image->pixels))};
      c_.q.post(core::ev::PaperPrinted{std::move(paper)});
    });
  });
}

void KioskServices::run(const core::fx::Speak& s) {
  // The words are looked up on the voice worker: the catalog files load there, not on the UI thread.
  voice_.say(
      [this, s]() -> std::string {
        const CatalogAssets* a = c_.resources.assets();
        return a ? std::string(a->words.get(s.language, s.key)) : std::string();
      },
      voice::voice_for_language(core::language_tag(s.language)));
}

void KioskServices::run(const core::fx::ReadStatusAloud& r) {
  voice_.say(
      [this, r]() -> std::string {
        const CatalogAssets* a = c_.resources.assets();
        return a ? core::status_read_aloud(r.status, a->words, r.language, r.amounts) : std::string();
      },
      voice::voice_for_language(core::language_tag(r.language)));
}

}  // namespace app
