// `onewindow slip render --acceptance-no N [--out FILE.png] [--escpos FILE.bin] [--mode text|raster]
// [--printer NAME] [--db FILE|URI] [--key FILE] [--config FILE]`: the slip of a stored application as
// the bytes a printer would receive and/or the image those bytes print (through the virtual
// printer).
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "app/catalog_file.h"
#include "app/commands/arg_parser.h"
#include "app/commands/command.h"
#include "app/file_write.h"
#include "app/commands/store_command_support.h"
#include "app/config_file.h"
#include "app/paths.h"
#include "app/qr/png_gray.h"
#include "app/qr/slip_signer.h"
#include "app/slip/escpos_render.h"
#include "app/slip/printer_profile_file.h"
#include "app/slip/slip_render.h"
#include "app/slip/slip_source.h"

namespace app {

namespace {
constexpr const char* kDefaultPrinterProfile = "generic-80";
}

int run_slip_render(Args args) {
  ArgParser p(args);
  const auto number = p.option("--acceptance-no");
  const auto out = p.option("--out");
  const auto escpos = p.option("--escpos");
  const auto mode_name = p.option("--mode");
  const auto printer_name = p.option("--printer");
  const auto db_option = p.option("--db");
  const auto key = p.option("--key");
  const auto config_file = p.option("--config");
  std::vector<std::string> pos;
  std::string err;
  if (!p.finish(pos, err)) return usage_error(err);
  if (!pos.empty()) return usage_error("slip render takes no positional arguments");
  if (!number) return usage_error("slip render needs --acceptance-no N");
  if (!out && !escpos) return usage_error("slip render needs --out FILE.png and/or --escpos FILE.bin");

  auto profile = slip::load_named_profile(paths::assets_dir(), printer_name ? *printer_name : kDefaultPrinterProfile);
  if (!profile) return usage_error(profile.error().message);
  slip::SlipMode mode = slip::default_mode(*profile);
  if (mode_name) {
    auto m = slip::slip_mode_from(*mode_name);
    if (!m) return usage_error("--mode takes text or raster, got '" + *mode_name + "'");
    mode = *m;
  }
  auto config = load_config(config_file ? &*config_file : nullptr);
  if (!config) return usage_error(config.error().message);
  auto assets = load_catalog_assets(paths::assets_dir());
  if (!assets) return usage_error(assets.error().message);
  auto signer = qr::SlipSigner::from_hall_key_file(key ? std::filesystem::path(*key) : paths::default_hall_key());
  if (!signer) return usage_error(signer.error().message);
  auto db = open_db_option(db_option, StoreUse::MustExist, config_file);
  if (!db) return usage_error(db.error().message);
  auto s = slip::slip_for_acceptance_no(db.value(), *number, *config, assets->catalog, *signer, assets->words);
  if (!s) {
    std::fprintf(stderr, "onewindow: %s\n", s.error().message.c_str());
    return kExitNo;
  }
  auto font = slip::SlipFont::open(config->fonts.chain);
  if (!font) return usage_error(font.error().message);
  auto bytes = slip::slip_to_escpos(*s, *profile, **font, mode);
  if (!bytes) return usage_error(bytes.error().message);
  if (escpos) {
    const std::string_view raw(reinterpret_cast<const char*>(bytes->data()), bytes->size());
    if (auto w = write_file_atomically(*escpos, raw); !w) return usage_error(w.error().message);
  }
  if (out) {
    const auto printout = slip::render_escpos(*bytes, **font, profile->paper_dots);
    if (!printout) return usage_error(printout.error().message);
    for (const auto& problem : printout->problems) std::fprintf(stderr, "onewindow: escpos: %s\n", problem.c_str());
    if (auto w = qr::write_gray_png(*out, printout->image); !w) return usage_error(w.error().message);
  }
  std::printf("%s: %s mode, %s, %zu bytes\n", number->c_str(), mode == slip::SlipMode::Text ? "text" : "raster",
              profile->name.c_str(), bytes->size());
  return kExitOk;
}

}  // namespace app
