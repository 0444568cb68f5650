#include "app/services.h"

#include <type_traits>

#include "app/desk_sign_in.h"
#include "app/log.h"
#include "app/rating/rating_services.h"
#include "core/domain/slip_code.h"

namespace app {

Services::Services(core::EventQueue& q, core::Config config)
    : q_(q),
      config_(std::move(config)),
      clock_(q),
      devices_(q),
      store_(q),
      resources_(config_),
      hall_sync_(q),
      context_{q_, config_, resources_, store_, jobs_, devices_, hall_sync_},
      voice_(voice::VoiceSettings{config_.voice.enabled, config_.voice.volume}),
      kiosk_(context_, voice_),
      counter_(context_),
      backoffice_(context_) {}

Services::~Services() { stop(); }

void Services::run(const core::Effects& effects) {
  for (const auto& e : effects) {
    std::visit(
        [this](const auto& fx) {
          using T = std::decay_t<decltype(fx)>;
          if constexpr (core::kContains<T, core::SpineEffects>)
            run(fx);
          else if constexpr (core::kContains<T, core::DeskEffects>)
            check_sign_in(context_, fx);
          else if constexpr (core::kContains<T, core::MaintenanceEffects>)
            check_maintenance_pin(context_, fx);
          else if constexpr (core::kContains<T, core::KioskEffects>)
            kiosk_.run(fx);
          else if constexpr (core::kContains<T, core::CounterEffects>)
            counter_.run(fx);
          else if constexpr (core::kContains<T, core::BackofficeEffects>)
            backoffice_.run(fx);
          else if constexpr (core::kContains<T, core::RatingEffects>)
            save_rating(context_, fx);
          else
            static_assert(!sizeof(T), "an effect no room's services run");
        },
        e.variant());
  }
}

void Services::run(const core::fx::ConnectDevices& c) {
  resources_.set_demo(c.simulated);
  devices_.start(c.simulated, config_);
}

void Services::run(const core::fx::OpenStore& o) { store_.open(o.demo, o.sqlite_path); }

void Services::run(const core::fx::StartHallSync& h) { hall_sync_.start(h.local, h.hall_url); }

void Services::run(const core::fx::Quit&) { log::info("app", "quit requested"); }

void Services::run(const core::fx::SimulateCard& c) { devices_.simulate_card(c.slot); }

void Services::run(const core::fx::SimulatePaperOut& p) { devices_.simulate_paper_out(p.out); }

void Services::run(const core::fx::SimulateScan& scan) {
  jobs_.post([this, scan] {
    if (scan.raw) {
      devices_.simulate_scan(scan.acceptance_no);
      return;
    }
    const qr::SlipSigner* s = resources_.signer();
    if (!s) return;
    // A slip of the demo store unless named; a forged one carries a MAC made without the key.
    auto payload = s->sign(scan.acceptance_no.empty() ? kDemoSlipNumber : scan.acceptance_no);
    if (!payload) return;
    std::string code = *payload;
    if (!scan.genuine) code = code.substr(0, code.size() - 16) + "AAAAAAAAAAAAAAAA";
    devices_.simulate_scan(code);
  });
}

void Services::run(const core::fx::VerifySlip& v) {
  // The first use reads (or creates) the key file: never on the UI thread.
  jobs_.post([this, code = v.code] {
    const qr::SlipSigner* s = resources_.signer();
    if (!s) {
      q_.post(core::ev::SlipRefused{"no hall key"});
      return;
    }
    const core::SlipPayloadCheck check = s->verify(code);
    if (check.ok()) {
      q_.post(core::ev::SlipVerified{check.acceptance_no});
    } else {
      log::warn("qr", "slip refused: " + std::string(core::slip_refusal_name(*check.refusal)) + " " + check.detail);
      q_.post(core::ev::SlipRefused{std::string(core::slip_refusal_name(*check.refusal))});
    }
  });
}

void Services::stop() {
  clock_.stop();
  voice_.stop();
  jobs_.stop();   // first: a queued job may still hand a demo scan or a print to the devices
  store_.stop();  // then the store: an accepted application's print job reaches the devices first
  hall_sync_.stop();
  devices_.stop();
}

}  // namespace app
