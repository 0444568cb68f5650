// `onewindow audit verify [--db FILE|URI] [--config FILE] [--key FILE]`: walks the audit log's keyed
// hash chain (store/audit_chain.h; on the PostgreSQL hall store, every connection's chain,
// store/pg/audit_chains.h). Exit 0 "audit log intact: …"; exit 1 with the first row that
// was changed, deleted or inserted on stdout; 2 when it cannot be read.
// `onewindow audit show --person ID_NUMBER [--db …] [--key FILE]`: who looked at a resident's data,
// when and why, oldest first (the resident's right to ask); the showing is audited itself.
// Both need the hall key that wrote the log and never make one: a new key would say "changed".
#include <cstdio>
#include <filesystem>
#include <string>

#include "app/clock_service.h"
#include "app/commands/arg_parser.h"
#include "app/commands/command.h"
#include "app/commands/store_command_support.h"
#include "app/paths.h"
#include "base/id_number.h"
#include "store/audit_log.h"
#include "core/domain/civil_time.h"
#include "store/hall_key.h"

namespace app {
namespace {

base::Result<store::HallKey> existing_key(const std::optional<std::string>& key_option) {
  const std::filesystem::path file = key_option ? std::filesystem::path(*key_option) : paths::default_hall_key();
  auto master = store::HallKey::read_master(file);
  if (!master) return base::Error{master.error().message + " (the audit log is checked with the hall key that wrote it)"};
  return store::HallKey::from_bytes(master.value());
}

}  // namespace

int run_audit_verify(Args args) {
  ArgParser p(args);
  auto db_option = p.option("--db");
  auto config_option = p.option("--config");
  auto key_option = p.option("--key");
  std::vector<std::string> pos;
  std::string err;
  if (!p.finish(pos, err)) return usage_error(err);
  if (!pos.empty()) return usage_error("audit verify takes no arguments besides --db, --config and --key");
  auto key = existing_key(key_option);
  if (!key) return usage_error(key.error().message);
  auto db = open_db_option(db_option, StoreUse::MustExist, config_option);
  if (!db) return usage_error(db.error().message);
  auto verdict = store::verify_audit_log(db.value(), key.value());
  if (!verdict) return usage_error(verdict.error().message);
  if (verdict->broken) {
    std::printf("audit log broken: %s (%lld rows before it are intact)\n", store::describe(*verdict->broken).c_str(),
                static_cast<long long>(verdict->chained));
    return kExitNo;
  }
  std::printf("audit log intact: %lld rows chained", static_cast<long long>(verdict->chained));
  if (verdict->unchained > 0) {
    std::printf(", %lld earlier rows written before chaining began", static_cast<long long>(verdict->unchained));
  }
  std::printf("\n");
  return kExitOk;
}

int run_audit_show(Args args) {
  ArgParser p(args);
  auto db_option = p.option("--db");
  auto config_option = p.option("--config");
  auto key_option = p.option("--key");
  auto person = p.option("--person");
  std::vector<std::string> pos;
  std::string err;
  if (!p.finish(pos, err)) return usage_error(err);
  if (!pos.empty() || !person) return usage_error("audit show needs --person ID_NUMBER");
  if (auto problem = base::check_id_number(*person)) return usage_error("ID number: " + problem->message);
  const std::string id = base::normalize_id_number(*person);
  auto key = existing_key(key_option);
  if (!key) return usage_error(key.error().message);
  auto db = open_db_option(db_option, StoreUse::MustExist, config_option);
  if (!db) return usage_error(db.error().message);
  store::AuditLog log(db.value(), key.value());
  auto rows = log.rows_for(id);
  if (!rows) return usage_error(rows.error().message);
  // Showing who looked is itself a look-up of this person's record.
  if (auto s = log.record(local_now().iso_datetime(), "cli", id, store::kWhyAuditShow); !s) return usage_error(s.error().message);
  for (const auto& r : rows.value()) std::printf("%s\t%s\t%s\n", r.at.c_str(), r.who.c_str(), r.why.c_str());
  return kExitOk;
}

}  // namespace app
