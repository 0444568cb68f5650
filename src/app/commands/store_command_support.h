#pragma once
// What the store subcommands share: --db FILE (default: the configured store), checked
// (app/store_target.h), opened and migrated. Only a command that makes stores passes MayCreate.
#include <optional>
#include <string>

#include "app/paths.h"
#include "app/store_target.h"
#include "base/result.h"

namespace app {

inline base::Result<store::Database> open_db_option(const std::optional<std::string>& db_option,
                                                    StoreUse use = StoreUse::MustExist) {
  return open_store_target(db_option, use);
}

}  // namespace app
