#include "app/services.h"

#include <type_traits>

#include "app/log.h"
#include "app/paths.h"
#include "core/slip_code.h"

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
        },
        e);
  }
}

void Services::connect_devices(bool simulated) {
  demo_ = simulated;
  devices_.start(simulated, config_);
}

const qr::SlipSigner* Services::signer() {
  if (!signer_) {
    // The demo never touches the hall's real key: it has its own in the cache folder.
    const auto file = demo_ ? paths::cache_dir() / "demo-hall.key" : paths::default_hall_key();
    auto s = qr::SlipSigner::from_hall_key_file(file);
    if (!s) {
      log::error("qr", "hall key " + file.string() + ": " + s.error().message);
      return nullptr;
    }
    signer_ = std::make_unique<qr::SlipSigner>(std::move(*s));
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
