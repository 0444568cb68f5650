// `onewindow sync --db FILE --hall postgresql://…` — pushes a counter's outbox (its applications
// not yet in the hall store) once, for technicians and tests; the running counter does the same by
// itself (app/hall/hall_sync_worker.h). stdout: "pushed N, already in the hall M, pending P".
// Exit 0 when every local application is in the hall store; 2 with one line when the hall store
// cannot be reached or refuses (a terminal number registered to another counter, credentials,
// rights) — what was pushed before the failure stays pushed, the rest stays in the outbox (its
// count on stdout).
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "app/commands/arg_parser.h"
#include "app/commands/command.h"
#include "app/commands/store_command_support.h"
#include "app/hall/hall_outbox.h"
#include "store/pg/session.h"

namespace app {

int run_sync(Args args) {
  ArgParser p(args);
  const auto db_option = p.option("--db");
  const auto hall_option = p.option("--hall");
  std::vector<std::string> pos;
  std::string err;
  if (!p.finish(pos, err)) return usage_error(err);
  if (!pos.empty()) return usage_error("sync takes no positional arguments");
  if (!db_option) return usage_error("sync needs --db FILE: the counter's own store, whose outbox it pushes");
  if (!hall_option) return usage_error("sync needs --hall postgresql://…: the hall store to push to");
  if (store::pg::is_uri(*db_option))
    return usage_error("sync --db must be the counter's own SQLite file; the hall store goes after --hall");
  auto local = open_db_option(db_option, StoreUse::MustExist);
  if (!local) return usage_error(local.error().message);
  std::unique_ptr<store::Database> hall;
  const store::HallSyncOutcome out = hall::push_once(*local, hall, *hall_option);
  std::printf("pushed %ld, already in the hall %ld, pending %ld\n", out.pushed, out.already_there, out.pending);
  std::fflush(stdout);
  if (out.trouble == store::HallTrouble::None) return kExitOk;
  const char* what = out.trouble == store::HallTrouble::Unreachable ? "hall store unreachable" : "hall store refused";
  // What is left in the outbox is on stdout ("pending N"): the line keeps room for libpq's reason.
  return usage_error(std::string(what) + ": " + out.message);
}

}  // namespace app
