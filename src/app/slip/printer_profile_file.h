#pragma once
// Printer profiles from assets/printers/<name>.toml (keys as in devices::printer::PrinterProfile). A bad
// file is refused with the file and key named; unknown keys are errors, so a typo never passes.
#include <filesystem>
#include <string_view>

#include "base/result.h"
#include "devices/printer/printer_profile.h"

namespace app::slip {

base::Result<devices::printer::PrinterProfile> parse_printer_profile(std::string_view toml_text, std::string_view source_name);
base::Result<devices::printer::PrinterProfile> load_printer_profile(const std::filesystem::path& file);
// assets_dir/printers/<name>.toml
base::Result<devices::printer::PrinterProfile> load_named_profile(const std::filesystem::path& assets_dir, std::string_view name);

}  // namespace app::slip
