#pragma once
// One push of a counter's outbox to the hall store (store/hall_sync.h), shared by `onewindow sync`
// and the running counter's sync worker: opens the hall store when there is no connection yet
// (migrating it as its owner would), keeps the connection for the next push, and drops it after a
// failure so the next push connects afresh.
#include <memory>
#include <string>

#include "store/database.h"
#include "store/hall_sync.h"

namespace app::hall {

store::HallSyncOutcome push_once(store::Database& local, std::unique_ptr<store::Database>& hall, const std::string& hall_uri);

// Whether the hall store answers (opening it first if needed), for a counter with nothing to push.
store::HallTrouble check_hall(std::unique_ptr<store::Database>& hall, const std::string& hall_uri, std::string& why);

}  // namespace app::hall
