#pragma once
// What the services of every room share and load once, on first use, off the UI thread: the
// county's catalog files with the terminal's sentences (assets/i18n, for paper slips), the hall key and the QR signer derived from it, and the print desk (the printer
// profile and slip font). Safe from the store worker and the job worker alike: loading is
// under a lock, the loaded catalog, key and signer are immutable, and the print desk — which keeps
// a glyph cache — is used by one thread at a time through with_print_desk(). A resource that cannot
// be loaded is logged and reported as nullptr (or false).
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

#include "app/catalog_file.h"
#include "app/qr/slip_signer.h"
#include "app/slip/print_desk.h"
#include "core/config.h"
#include "core/text/i18n.h"
#include "store/hall_key.h"

namespace app {

class TerminalResources {
 public:
  explicit TerminalResources(const core::Config& config) : config_(config) {}

  // The demo never touches the hall's real key: it has its own in the cache folder. Set before the
  // first use (the devices start first).
  void set_demo(bool demo);

  const CatalogAssets* assets();
  const store::HallKey* hall_key();
  const qr::SlipSigner* signer();
  // Runs `use` with the print desk held; false (logged) when the printer profile cannot be loaded.
  bool with_print_desk(const std::function<void(slip::PrintDesk&)>& use);

 private:
  std::filesystem::path hall_key_file() const;

  const core::Config& config_;
  std::mutex load_mu_;  // guards the loading below
  bool demo_ = false;
  std::optional<CatalogAssets> assets_;
  std::optional<store::HallKey> hall_key_;
  std::unique_ptr<qr::SlipSigner> signer_;
  std::mutex desk_mu_;  // one slip at a time through the desk
  std::optional<slip::PrintDesk> desk_;
};

}  // namespace app
