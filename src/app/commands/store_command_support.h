#pragma once
// What the store subcommands share: --db FILE (default: the configured store), opened and migrated.
#include <optional>
#include <string>

#include "app/paths.h"
#include "base/result.h"
#include "store/schema.h"

namespace app {

inline base::Result<store::Database> open_db_option(const std::optional<std::string>& db_option) {
  return store::open_store(db_option ? std::filesystem::path(*db_option) : paths::default_db());
}

}  // namespace app
