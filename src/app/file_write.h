#pragma once
// Files handed to people (ledger exports): written next to the target and renamed into place, so a
// reader never sees half a file.
#include <filesystem>
#include <string>

#include "base/result.h"

namespace app {

base::Status write_file_atomically(const std::filesystem::path& out, const std::string& bytes);

}  // namespace app
