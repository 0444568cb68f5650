#pragma once
// What the store subcommands share: --db FILE|URI, checked (app/store_target.h), opened and
// migrated. Without --db, the store the terminal would open: the config's [store] url (or sqlite)
// — from --config FILE, else /etc/onewindow/onewindow.toml — else the default file under
// $XDG_DATA_HOME. Only a command that makes stores passes MayCreate.
#include <optional>
#include <string>

#include "app/config_file.h"
#include "app/paths.h"
#include "app/store_target.h"
#include "base/result.h"

namespace app {

inline base::Result<store::Database> open_db_option(const std::optional<std::string>& db_option,
                                                    StoreUse use = StoreUse::MustExist,
                                                    const std::optional<std::string>& config_option = std::nullopt) {
  if (db_option) return open_store_target(db_option, use);
  auto config = load_config(config_option ? &*config_option : nullptr);
  if (!config) return config.error();
  const std::string& configured = config->store.location();
  if (configured.empty()) return open_store_target(std::nullopt, use);
  return open_store_target(configured, use, "the configured store");
}

}  // namespace app
