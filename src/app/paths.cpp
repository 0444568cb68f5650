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

// Under systemd (the package's onewindow@ unit) StateDirectory= and CacheDirectory= name the
// folders: /var/lib/onewindow and /var/cache/onewindow.
fs::path data_dir() {
  if (const char* v = std::getenv("STATE_DIRECTORY"); v && *v) return v;
  return xdg("XDG_DATA_HOME", ".local/share") / "onewindow";
}
fs::path cache_dir() {
  if (const char* v = std::getenv("CACHE_DIRECTORY"); v && *v) return v;
  return xdg("XDG_CACHE_HOME", ".cache") / "onewindow";
}
fs::path default_db() { return data_dir() / "onewindow.db"; }
fs::path default_hall_key() { return data_dir() / "hall.key"; }

fs::path assets_dir() {
  if (const char* v = std::getenv("ONEWINDOW_ASSETS"); v && *v) return v;
  // Installed (the .deb): /usr/bin/onewindow finds /usr/share/onewindow beside its own prefix, so a
  // binary in the build tree keeps reading the source tree even where the package is installed.
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const fs::path installed = exe.parent_path().parent_path() / "share" / "onewindow";
    if (fs::exists(installed / "i18n", ec)) return installed;
  }
  return ONEWINDOW_SOURCE_ASSETS;
}

fs::path system_config() { return "/etc/onewindow/onewindow.toml"; }

}  // namespace app::paths
