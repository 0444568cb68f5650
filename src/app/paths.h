#pragma once
// Where files live: XDG data and cache folders, the assets folder, the default config.
#include <filesystem>

namespace app::paths {

std::filesystem::path data_dir();    // $XDG_DATA_HOME/onewindow (default ~/.local/share/onewindow)
std::filesystem::path cache_dir();   // $XDG_CACHE_HOME/onewindow (default ~/.cache/onewindow)
std::filesystem::path default_db();  // data_dir()/onewindow.db
std::filesystem::path default_hall_key();  // data_dir()/hall.key
// $ONEWINDOW_ASSETS, else the installed share folder, else the source tree's assets/.
std::filesystem::path assets_dir();
std::filesystem::path system_config();  // /etc/onewindow/onewindow.toml

}  // namespace app::paths
