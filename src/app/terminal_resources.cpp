#include "app/terminal_resources.h"

#include "app/i18n_file.h"
#include "app/log.h"
#include "app/paths.h"

namespace app {

void TerminalResources::set_demo(bool demo) {
  std::lock_guard lk(load_mu_);
  demo_ = demo;
}

std::filesystem::path TerminalResources::hall_key_file() const {
  return demo_ ? paths::cache_dir() / "demo-hall.key" : paths::default_hall_key();
}

const CatalogAssets* TerminalResources::assets() {
  std::lock_guard lk(load_mu_);
  if (!assets_) {
    auto a = load_catalog_assets(paths::assets_dir());
    if (!a) {
      log::error("assets", a.error().message);
      return nullptr;
    }
    assets_ = std::move(*a);
  }
  return &*assets_;
}

const store::HallKey* TerminalResources::hall_key() {
  std::lock_guard lk(load_mu_);
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

const qr::SlipSigner* TerminalResources::signer() {
  // The QR key is derived from the same hall key the audit log uses: one file, read once.
  const store::HallKey* key = hall_key();
  if (!key) return nullptr;
  std::lock_guard lk(load_mu_);
  if (!signer_) signer_ = std::make_unique<qr::SlipSigner>(key->derive(store::kPurposeQrMac));
  return signer_.get();
}

bool TerminalResources::with_print_desk(const std::function<void(slip::PrintDesk&)>& use) {
  std::lock_guard lk(desk_mu_);
  if (!desk_) {
    auto d = slip::PrintDesk::open(config_);
    if (!d) {
      log::error("printer", "printer profile " + config_.printer.profile + ": " + d.error().message);
      return false;
    }
    desk_ = std::move(*d);
  }
  use(*desk_);
  return true;
}

}  // namespace app
