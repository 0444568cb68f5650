#include "app/services.h"

#include <cstdio>
#include <type_traits>

#include "app/kiosk/kiosk_lookup.h"
#include "app/log.h"
#include "app/paths.h"
#include "core/domain/slip_code.h"
#include "core/kiosk/status_summary_slip.h"
#include "store/work_queue.h"

namespace app {

void Services::run(const core::Effects& effects) {
  for (const auto& e : effects) {
    std::visit(
        [this](const auto& fx) {
          using T = std::decay_t<decltype(fx)>;
          if constexpr (std::is_same_v<T, core::fx::ConnectDevices>) connect_devices(fx.simulated);
          else if constexpr (std::is_same_v<T, core::fx::OpenStore>) store_.open(fx.demo, fx.sqlite_path);
          else if constexpr (std::is_same_v<T, core::fx::Quit>) log::info("app", "quit requested");
          else if constexpr (std::is_same_v<T, core::fx::SimulateCard>) simulate_card(fx.slot);
          else if constexpr (std::is_same_v<T, core::fx::SimulatePaperOut>) devices_.simulate_paper_out(fx.out);
          else if constexpr (std::is_same_v<T, core::fx::VerifySlip>) verify_slip(fx.code);
          else if constexpr (std::is_same_v<T, core::fx::SimulateScan>) simulate_scan(fx);
          else if constexpr (std::is_same_v<T, core::fx::LookUpResident>) look_up_resident(fx);
          else if constexpr (std::is_same_v<T, core::fx::LookUpSlip>) look_up_slip(fx);
          else if constexpr (std::is_same_v<T, core::fx::PrintStatusSummary>) print_summary(fx);
          else if constexpr (std::is_same_v<T, core::fx::ShowDemoPaper>) show_demo_paper(fx.job);
          else if constexpr (std::is_same_v<T, core::fx::LoadQueue>) load_queue(fx.today);
          else if constexpr (std::is_same_v<T, core::fx::LoadCounterCatalog>) load_counter_catalog();
          else if constexpr (std::is_same_v<T, core::fx::CheckSignIn>) check_sign_in(fx);
          else if constexpr (std::is_same_v<T, core::fx::OpenForm>) open_form();
          else if constexpr (std::is_same_v<T, core::fx::AcceptIntake>) accept_intake(fx);
          else if constexpr (std::is_same_v<T, core::fx::ReprintSlip>) reprint_slip(fx);
          else if constexpr (std::is_same_v<T, core::fx::RecordSlipPrint>) record_slip_print(fx);
          else if constexpr (std::is_same_v<T, core::fx::LoadLedger>) load_ledger(fx.date);
          else if constexpr (std::is_same_v<T, core::fx::ExportLedger>) export_ledger(fx);
        },
        e.variant());
  }
}

void Services::connect_devices(bool simulated) {
  demo_ = simulated;
  devices_.start(simulated, config_);
}

std::filesystem::path Services::hall_key_file() const {
  // The demo never touches the hall's real key: it has its own in the cache folder.
  return demo_ ? paths::cache_dir() / "demo-hall.key" : paths::default_hall_key();
}

const CatalogAssets* Services::assets() {
  if (!assets_) {
    auto a = load_catalog_assets(paths::assets_dir());
    if (!a) {
      log::error("kiosk", a.error().message);
      return nullptr;
    }
    assets_ = std::move(*a);
  }
  return &*assets_;
}

const store::HallKey* Services::hall_key() {
  if (!hall_key_) {
    auto k = store::HallKey::load_or_create(hall_key_file());
    if (!k) {
      log::error("store", "hall key " + hall_key_file().string() + ": " + k.error().message);
      return nullptr;
    }
    hall_key_ = std::move(*k);
  }
  return &*hall_key_;
}

slip::PrintDesk* Services::print_desk() {
  if (!desk_) {
    auto d = slip::PrintDesk::open(config_);
    if (!d) {
      log::error("printer", "printer profile " + config_.printer.profile + ": " + d.error().message);
      return nullptr;
    }
    desk_ = std::move(*d);
  }
  return &*desk_;
}

namespace {
std::string kiosk_name(int terminal_number) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "kiosk-%02d", terminal_number);
  return buf;
}
}  // namespace

void Services::look_up_resident(const core::fx::LookUpResident& q) {
  store_.post([this, q](store::Database& db) {
    const CatalogAssets* a = assets();
    const store::HallKey* k = hall_key();
    if (!a || !k) {
      q_.post(core::ev::LookUpFailed{q.session, "kiosk look-up: catalog or hall key unavailable (see log)"});
      return;
    }
    core::Event e = look_up_resident_in(db, KioskLookupContext{*a, *k, kiosk_name(config_.terminal.number)}, q);
    if (const auto* f = e.get_if<core::ev::LookUpFailed>()) log::error("kiosk", "look-up failed: " + f->reason);
    q_.post(std::move(e));
  });
}

void Services::look_up_slip(const core::fx::LookUpSlip& q) {
  store_.post([this, q](store::Database& db) {
    const CatalogAssets* a = assets();
    const store::HallKey* k = hall_key();
    if (!a || !k) {
      q_.post(core::ev::LookUpFailed{q.session, "slip look-up: catalog or hall key unavailable (see log)"});
      return;
    }
    core::Event e = look_up_slip_in(db, KioskLookupContext{*a, *k, kiosk_name(config_.terminal.number)}, q);
    if (const auto* f = e.get_if<core::ev::LookUpFailed>()) log::error("kiosk", "slip look-up failed: " + f->reason);
    q_.post(std::move(e));
  });
}

void Services::print_summary(const core::fx::PrintStatusSummary& p) {
  store_.post_job([this, p] {
    slip::PrintDesk* desk = print_desk();
    if (!desk) {
      q_.post(core::ev::PrintFailed{p.job, core::PrinterTrouble::None, "no printer profile (see log)"});
      return;
    }
    const auto slip =
        core::make_status_summary_slip(p.status, core::SummaryContext{config_.hall.name, config_.hall.phone, p.at});
    auto bytes = desk->job_bytes(slip);
    if (!bytes) {
      q_.post(core::ev::PrintFailed{p.job, core::PrinterTrouble::None, bytes.error().message});
      return;
    }
    devices_.print(p.job, std::move(*bytes));
  });
}

void Services::load_queue(const std::string& today) {
  store_.post([this, today](store::Database& db) {
    auto queue = store::WorkQueue(db).open_applications(today);
    if (!queue) {
      log::error("queue", queue.error().message);
      return;
    }
    if (const CatalogAssets* a = assets())
      for (auto& e : queue->entries)
        if (const core::ServiceItem* item = a->catalog.find(e.item_code)) e.item_name = item->name;
    q_.post(core::ev::QueueLoaded{std::move(*queue)});
  });
}

void Services::show_demo_paper(std::uint64_t job) {
  store_.post_job([this, job] {
    auto pages = devices_.demo_printout();
    slip::PrintDesk* desk = print_desk();
    if (pages.empty() || !desk) return;
    // The job's own page: the last one the virtual printer cut.
    auto image = desk->paper({pages.back()});
    core::PaperPreview paper{job, image.width, image.height,
                             std::make_shared<const std::vector<std::uint8_t>>(std::move(image.pixels))};
    q_.post(core::ev::PaperPrinted{std::move(paper)});
  });
}

const qr::SlipSigner* Services::signer() {
  // The QR key is derived from the same hall key the audit log uses: one file, read once.
  if (!signer_) {
    const store::HallKey* key = hall_key();
    if (!key) return nullptr;
    signer_ = std::make_unique<qr::SlipSigner>(key->derive(store::kPurposeQrMac));
  }
  return signer_.get();
}

void Services::verify_slip(const std::string& code) {
  // The first use reads (or creates) the key file: never on the UI thread.
  store_.post_job([this, code] { verify_slip_now(code); });
}

void Services::verify_slip_now(const std::string& code) {
  const qr::SlipSigner* s = signer();
  if (!s) {
    q_.post(core::ev::SlipRefused{"no hall key"});
    return;
  }
  const core::SlipPayloadCheck c = s->verify(code);
  if (c.ok()) {
    q_.post(core::ev::SlipVerified{c.acceptance_no});
  } else {
    log::warn("qr", "slip refused: " + std::string(core::slip_refusal_name(*c.refusal)) + " " + c.detail);
    q_.post(core::ev::SlipRefused{std::string(core::slip_refusal_name(*c.refusal))});
  }
}

void Services::simulate_scan(const core::fx::SimulateScan& scan) {
  store_.post_job([this, scan] { simulate_scan_now(scan); });
}

void Services::simulate_scan_now(const core::fx::SimulateScan& scan) {
  if (scan.raw) {
    devices_.simulate_scan(scan.acceptance_no);
    return;
  }
  const qr::SlipSigner* s = signer();
  if (!s) return;
  // A slip of the demo store unless named; a forged one carries a MAC made without the key.
  auto payload = s->sign(scan.acceptance_no.empty() ? kDemoSlipNumber : scan.acceptance_no);
  if (!payload) return;
  std::string code = *payload;
  if (!scan.genuine) code = code.substr(0, code.size() - 16) + "AAAAAAAAAAAAAAAA";
  devices_.simulate_scan(code);
}

void Services::simulate_card(int slot) { devices_.simulate_card(slot); }

void Services::stop() {
  clock_.stop();
  store_.stop();  // first: its queued jobs may still hand a demo scan to the devices
  devices_.stop();
}

}  // namespace app
