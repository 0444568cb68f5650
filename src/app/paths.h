#pragma once
// Where files live: XDG data and cache folders, the assets folder, the default config.
#include <filesystem>

namespace app::paths {

// $STATE_DIRECTORY (systemd), else $XDG_DATA_HOME/onewindow (default ~/.local/share/onewindow).
std::filesystem::path data_dir();
// $CACHE_DIRECTORY (systemd), else $XDG_CACHE_HOME/onewindow (default ~/.cache/onewindow).
std::filesystem::path cache_dir();
std::filesystem::path default_db();  // data_dir()/onewindow.db
std::filesystem::path default_hall_key();  // data_dir()/hall.key
// $ONEWINDOW_ASSETS, else <prefix>/share/onewindow beside <prefix>/bin/onewindow (the package),
// else the source tree's assets/.
std::filesystem::path assets_dir();
std::filesystem::path system_config();  // /etc/onewindow/onewindow.toml

}  // namespace app::paths
