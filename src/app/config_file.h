#pragma once
// Reads the terminal's TOML config over the built-in defaults. Unknown keys and bad values are
// errors naming the file and the key, so a typo never passes silently.
#include <filesystem>
#include <string_view>

#include "core/config.h"
#include "base/result.h"

namespace app {

base::Result<core::Config> load_config_file(const std::filesystem::path& file);
base::Result<core::Config> parse_config_text(std::string_view toml_text, std::string_view source_name);

// --config FILE if given; else /etc/onewindow/onewindow.toml if it exists; else the defaults.
base::Result<core::Config> load_config(const std::string* explicit_file);

}  // namespace app
