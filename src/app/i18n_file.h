#pragma once
#include <filesystem>

#include "core/text/i18n.h"
#include "base/result.h"

namespace app {

// Loads assets/i18n/zh-CN.toml and en.toml. Every value must be a string.
base::Result<core::Catalog> load_catalog(const std::filesystem::path& i18n_dir);

}  // namespace app
