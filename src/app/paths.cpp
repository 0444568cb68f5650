#include "app/paths.h"

#include <cstdlib>

namespace app::paths {

namespace fs = std::filesystem;

namespace {
fs::path home() {
  const char* h = std::getenv("HOME");
  return h && *h ? fs::path(h) : fs::path("/tmp");
}
fs::path xdg(const char* var, const char* fallback) {
  const char* v = std::getenv(var);
  if (v && *v) return fs::path(v);
  return home() / fallback;
}
}  // namespace

fs::path data_dir() { return xdg("XDG_DATA_HOME", ".local/share") / "onewindow"; }
fs::path cache_dir() { return xdg("XDG_CACHE_HOME", ".cache") / "onewindow"; }
fs::path default_db() { return data_dir() / "onewindow.db"; }
fs::path default_hall_key() { return data_dir() / "hall.key"; }

fs::path assets_dir() {
  if (const char* v = std::getenv("ONEWINDOW_ASSETS"); v && *v) return v;
  std::error_code ec;
  if (fs::exists("/usr/share/onewindow/assets", ec)) return "/usr/share/onewindow/assets";
  return ONEWINDOW_SOURCE_ASSETS;
}

fs::path system_config() { return "/etc/onewindow/onewindow.toml"; }

}  // namespace app::paths
