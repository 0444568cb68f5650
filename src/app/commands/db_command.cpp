// `onewindow db migrate [--db FILE|URI] [--config FILE]`: creates or moves a store forward to this build's schema —
// a SQLite file, or the hall's PostgreSQL store (postgresql://…, run with the owner role). Prints
// the version reached ("schema N (compatible with M and later)"); a store written by a newer
// onewindow, an unreachable server or refused credentials exit 2 with one line.
// `onewindow db roles --db postgresql://…`: (re)creates the group roles onewindow_kiosk,
// onewindow_counter and onewindow_backoffice with their grants (store/pg/roles.h).
#include <cstdio>

#include "app/commands/arg_parser.h"
#include "app/commands/command.h"
#include "app/commands/store_command_support.h"
#include "store/pg/roles.h"
#include "store/schema.h"

namespace app {

int run_db_migrate(Args args) {
  ArgParser p(args);
  auto db_option = p.option("--db");
  auto config_option = p.option("--config");
  std::vector<std::string> pos;
  std::string err;
  if (!p.finish(pos, err)) return usage_error(err);
  if (!pos.empty()) return usage_error("db migrate takes no arguments besides --db and --config");
  // Making a store at the current schema is what a technician asks of `db migrate` on a new file.
  auto db = open_db_option(db_option, StoreUse::MayCreate, config_option);
  if (!db) return usage_error(db.error().message);
  auto v = store::read_schema_version(db.value());
  if (!v) return usage_error(v.error().message);
  std::printf("schema %d (compatible with %d and later)\n", v->version, v->compatible);
  return kExitOk;
}

int run_db_roles(Args args) {
  ArgParser p(args);
  auto db_option = p.option("--db");
  std::vector<std::string> pos;
  std::string err;
  if (!p.finish(pos, err)) return usage_error(err);
  if (!pos.empty()) return usage_error("db roles takes no arguments besides --db");
  if (!db_option) return usage_error("db roles needs --db postgresql://… (the owner role)");
  auto db = open_db_option(db_option);
  if (!db) return usage_error(db.error().message);
  if (auto s = store::pg::grant_roles(db.value()); !s) return usage_error(s.error().message);
  std::printf("roles onewindow_kiosk, onewindow_counter, onewindow_backoffice granted\n");
  return kExitOk;
}

}  // namespace app
