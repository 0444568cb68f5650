// `onewindow status ID_NUMBER [--json] [--db FILE|URI] [--config FILE] [--key FILE] [--today YYYY-MM-DD]`: what the
// kiosk would show for that person, through the same store::StatusQuery and core::resident_status
// the kiosk uses. Exit 1 for a person the store does not know, 2 for a malformed ID number. Each
// look-up is audit-logged.
#include <cstdio>
#include <string>

#include "app/catalog_file.h"
#include "app/clock_service.h"
#include "app/commands/arg_parser.h"
#include "app/commands/command.h"
#include "app/commands/store_command_support.h"
#include "app/i18n_file.h"
#include "base/id_number.h"
#include "core/domain/civil_time.h"
#include "core/domain/masking.h"
#include "core/kiosk/resident_status.h"
#include "store/audit_log.h"
#include "store/status_query.h"

namespace app {

int run_status(Args args) {
  ArgParser p(args);
  auto db_option = p.option("--db");
  auto config_option = p.option("--config");
  auto key_option = p.option("--key");
  auto today_option = p.option("--today");
  bool json = p.flag("--json");
  std::vector<std::string> pos;
  std::string err;
  if (!p.finish(pos, err)) return usage_error(err);
  if (pos.size() != 1) return usage_error("status takes one ID_NUMBER");
  if (auto problem = base::check_id_number(pos[0])) return usage_error("ID number: " + problem->message);
  const std::string id = base::normalize_id_number(pos[0]);
  if (today_option && !core::parse_iso_date(*today_option)) return usage_error("--today must be a date YYYY-MM-DD");

  auto rules = load_eligibility_file(paths::assets_dir() / "catalog" / "eligibility.toml");
  if (!rules) return usage_error(rules.error().message);
  auto strings = load_catalog(paths::assets_dir() / "i18n");
  if (!strings) return usage_error(strings.error().message);
  auto key = store::HallKey::load_or_create(key_option ? std::filesystem::path(*key_option) : paths::default_hall_key());
  if (!key) return usage_error(key.error().message);
  auto db = open_db_option(db_option, StoreUse::MustExist, config_option);
  if (!db) {
    if (is_read_only_store_error(db.error())) return usage_error(strings->get(core::Language::En, "kiosk.read_only_store"));
    return usage_error(db.error().message);
  }

  core::CivilTime now = local_now();
  char at[32];
  std::snprintf(at, sizeof at, "%s %s:%02d", now.iso_date().c_str(), now.hh_mm().c_str(), now.second);
  store::StatusQuery query(db.value(), key.value());
  auto records = query.look_up({id, "cli", store::kWhyCommandLine, at});
  if (!records) {
    // The audit row comes first: on a read-only store a look-up cannot be audited, so none is made.
    if (is_read_only_store_error(records.error()))
      return usage_error(strings->get(core::Language::En, "kiosk.read_only_store"));
    return usage_error(records.error().message);
  }
  if (!records.value()) {
    std::fprintf(stderr, "onewindow: no resident with ID number %s in the store\n", core::mask_id_number(id).c_str());
    return kExitNo;
  }
  const core::ResidentStatus status =
      core::resident_status(std::move(*records.value()), rules.value(), today_option.value_or(now.iso_date()));
  if (!json) {
    // Chinese, as `onewindow status` has always printed (technicians' scripts read it).
    std::fputs(core::to_text(status, strings.value(), core::Language::ZhCN).c_str(), stdout);
    return kExitOk;
  }
  auto text = core::to_json(status);
  if (!text) return usage_error(text.error().message);
  std::fputs(text->c_str(), stdout);
  return kExitOk;
}

}  // namespace app
