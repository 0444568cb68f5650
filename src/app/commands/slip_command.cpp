// `onewindow slip render --acceptance-no N [--out FILE.png] [--escpos FILE.bin] [--print [--demo]]
// [--mode text|raster] [--printer NAME] [--db FILE|URI] [--key FILE] [--config FILE]`: the slip of a
// stored application as the bytes a printer would receive and/or the image those bytes print
// (through the virtual printer), or on the receipt printer (commands/slip_output.h).
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "app/catalog_file.h"
#include "app/commands/arg_parser.h"
#include "app/commands/command.h"
#include "app/commands/slip_output.h"
#include "app/commands/store_command_support.h"
#include "app/config_file.h"
#include "app/paths.h"
#include "app/qr/slip_signer.h"
#include "app/slip/slip_source.h"

namespace app {

int run_slip_render(Args args) {
  ArgParser p(args);
  const auto number = p.option("--acceptance-no");
  const SlipOutputs outputs = take_slip_outputs(p);
  const auto db_option = p.option("--db");
  const auto key = p.option("--key");
  const auto config_file = p.option("--config");
  std::vector<std::string> pos;
  std::string err;
  if (!p.finish(pos, err)) return usage_error(err);
  if (!pos.empty()) return usage_error("slip render takes no positional arguments");
  if (!number) return usage_error("slip render needs --acceptance-no N");
  if (!outputs.any()) return usage_error("slip render needs --out FILE.png and/or --escpos FILE.bin (or --print)");

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
  const SlipDelivery done = deliver_slip(*s, outputs, *config);
  if (done.exit_code != kExitOk) return done.exit_code;
  std::printf("%s: %s\n", number->c_str(), done.summary.c_str());
  return kExitOk;
}

}  // namespace app
